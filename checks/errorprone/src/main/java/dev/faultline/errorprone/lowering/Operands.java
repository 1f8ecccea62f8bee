package dev.faultline.errorprone.lowering;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import dev.faultline.analysis.catalogue.BodyReads;
import dev.faultline.analysis.catalogue.HttpClientCatalogue;
import dev.faultline.analysis.catalogue.CallMeaning.StatusRead;
import dev.faultline.analysis.catalogue.CallMeaning.BodySource;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the local variables of one method hold, as far as error handling is concerned: a status, an API error code,
 * or a value derived from the Retry-After header. Flow-insensitive: a variable that is ever assigned such a value
 * holds it.
 */
final class Operands {
  enum Kind {
    STATUS_INT,
    STATUS_OBJECT,
    ERROR_CODE,
    RETRY_AFTER
  }

  private static final String ERROR_CODE_FIELD = "errorcode";
  private static final int MAX_ROUNDS = 5;

  private final Map<Symbol, Kind> kinds = new HashMap<>();
  /** Boolean variables assigned once, by their condition: {@code boolean throttled = status == 429;}. */
  private final Map<Symbol, ExpressionTree> predicates = new HashMap<>();
  private final java.util.Set<Symbol> reassigned = new java.util.HashSet<>();
  /** Variables holding (part of) a parsed error body, by JSON path ("" for the root). */
  private final Map<Symbol, String> jsonPaths = new HashMap<>();
  /** Variables holding the raw error body. */
  private final java.util.Set<Symbol> rawBodies = new java.util.HashSet<>();
  private final ClassFacts facts;
  private final VisitorState state;
  private final JavacCodeView view;

  private Operands(ClassFacts facts, VisitorState state) {
    this.facts = facts;
    this.state = state;
    this.view = new JavacCodeView(state);
  }

  /** The operands of a method (or any tree with variables in it). */
  static Operands of(Tree body, ClassFacts facts, VisitorState state) {
    Operands operands = new Operands(facts, state);
    operands.learn(body);
    return operands;
  }

  /**
   * The same operands (a helper's), plus a binding of the helper's parameter to what the argument holds in the
   * caller: the argument is read with the caller's operands, since its variables are the caller's.
   */
  Operands bind(Symbol parameter, ExpressionTree argument, Operands caller) {
    Operands bound = copy();
    if (argument == null) {
      return bound;
    }
    String path = caller.jsonPath(argument);
    if (path != null) {
      bound.jsonPaths.put(parameter, path);
    }
    if (caller.isRawBody(argument)) {
      bound.rawBodies.add(parameter);
    }
    Kind kind = caller.kindOf(argument);
    if (kind != null) {
      bound.kinds.put(parameter, kind);
    } else if (caller.isRetryAfterDerived(argument)) {
      bound.kinds.put(parameter, Kind.RETRY_AFTER);
    }
    return bound;
  }

  private Operands copy() {
    Operands copy = new Operands(facts, state);
    copy.kinds.putAll(kinds);
    copy.predicates.putAll(predicates);
    copy.reassigned.addAll(reassigned);
    copy.jsonPaths.putAll(jsonPaths);
    copy.rawBodies.addAll(rawBodies);
    return copy;
  }

  /** The same operands, plus a parameter known to hold a kind of value. */
  Operands bindKind(Symbol parameter, Kind kind) {
    Operands bound = copy();
    bound.kinds.put(parameter, kind);
    return bound;
  }

  /** Adds what the variables in {@code body} hold. */
  Operands learn(Tree body) {
    for (int round = 0; round < MAX_ROUNDS; round++) {
      int before = kinds.hashCode() + kinds.size();
      new TreeScanner<Void, Void>() {
        @Override
        public Void visitVariable(VariableTree tree, Void unused) {
          if (tree.getInitializer() != null) {
            Symbol variable = ASTHelpers.getSymbol(tree);
            record(variable, tree.getInitializer());
            if (variable != null && variable.type != null
                && variable.type.getKind() == javax.lang.model.type.TypeKind.BOOLEAN) {
              predicates.put(variable, tree.getInitializer());
            }
          }
          return super.visitVariable(tree, null);
        }

        @Override
        public Void visitAssignment(AssignmentTree tree, Void unused) {
          Symbol target = ASTHelpers.getSymbol(tree.getVariable());
          if (target instanceof Symbol.VarSymbol) {
            record(target, tree.getExpression());
            reassigned.add(target);
          }
          return super.visitAssignment(tree, null);
        }

        @Override
        public Void visitClass(ClassTree tree, Void unused) {
          return null;
        }
      }.scan(body, null);
      if (before == kinds.hashCode() + kinds.size()) {
        break;
      }
    }
    return this;
  }

  private void record(Symbol variable, ExpressionTree value) {
    if (variable == null || kinds.containsKey(variable)) {
      return;
    }
    String path = jsonPath(value);
    if (path != null) {
      jsonPaths.putIfAbsent(variable, path);
    }
    if (isRawBody(value)) {
      rawBodies.add(variable);
    }
    Kind kind = kindOf(value);
    if (kind == null && isRetryAfterDerived(value)) {
      kind = Kind.RETRY_AFTER;
    }
    if (kind != null) {
      kinds.put(variable, kind);
    }
  }

  /** The JSON path of the error body an expression holds, or null when it holds no part of a parsed body. */
  String jsonPath(ExpressionTree expression) {
    if (expression == null) {
      return null;
    }
    ExpressionTree tree = strip(expression);
    if (tree instanceof IdentifierTree) {
      return jsonPaths.get(ASTHelpers.getSymbol(tree));
    }
    if (tree instanceof com.sun.source.tree.NewClassTree newClass) {
      Symbol type = ASTHelpers.getSymbol(newClass.getIdentifier());
      return type != null && type.getQualifiedName().contentEquals("org.json.JSONObject")
          && !newClass.getArguments().isEmpty() ? "" : null;
    }
    if (!(tree instanceof MethodInvocationTree call)) {
      return null;
    }
    if (HttpClientCatalogue.bodySource(view, call) == BodySource.PARSED) {
      return "";
    }
    ExpressionTree receiver = ASTHelpers.getReceiver(call);
    String receiverPath = receiver == null ? null : jsonPath(receiver);
    if (receiverPath == null) {
      return null;
    }
    BodyReads.Access access = BodyReads.access(view, call, receiverPath);
    return access == null || access.kind() == dev.faultline.analysis.model.Step.ReadKind.PRESENCE
            || access.kind() == dev.faultline.analysis.model.Step.ReadKind.TYPE_CHECK
        ? null
        : access.field();
  }

  /** Whether an expression is the raw error body (or a variable holding it). */
  boolean isRawBody(ExpressionTree expression) {
    if (expression == null) {
      return false;
    }
    ExpressionTree tree = strip(expression);
    if (tree instanceof IdentifierTree) {
      return rawBodies.contains(ASTHelpers.getSymbol(tree));
    }
    return HttpClientCatalogue.bodySource(view, tree) == BodySource.RAW;
  }

  /** Whether the raw body occurs in an expression other than as the input of a parser. */
  boolean passesRawBody(ExpressionTree expression) {
    return new AnyMatchScanner() {
      @Override
      public Boolean scan(Tree tree, Void unused) {
        if (tree instanceof ExpressionTree expressionTree && isRawBody(expressionTree)) {
          return true;
        }
        return super.scan(tree, null);
      }

      @Override
      public Boolean visitMethodInvocation(MethodInvocationTree call, Void unused) {
        // A parser reads the body; a same-class helper's own reads and pass-ons are counted where it is called.
        MethodSymbol callee = ASTHelpers.getSymbol(call);
        boolean helper = callee != null && facts.helper(callee) != null;
        return (HttpClientCatalogue.bodySource(view, call) == BodySource.PARSED || helper) ? false : super.visitMethodInvocation(call, null);
      }
    }.anyIn(expression);
  }

  /** The condition a boolean variable was initialised with, if it is never assigned again. */
  ExpressionTree predicate(Symbol variable) {
    return reassigned.contains(variable) ? null : predicates.get(variable);
  }

  /** The status or error-code kind of an expression, or null. Retry-After taint is {@link #isRetryAfterDerived}. */
  Kind kindOf(ExpressionTree expression) {
    ExpressionTree tree = strip(expression);
    if (tree instanceof IdentifierTree) {
      Kind kind = kinds.get(ASTHelpers.getSymbol(tree));
      return kind == Kind.RETRY_AFTER ? null : kind;
    }
    if (tree instanceof com.sun.source.tree.ConditionalExpressionTree conditional) {
      // problem.errorCode() == null ? 4000 : problem.errorCode()
      Kind whenTrue = kindOf(conditional.getTrueExpression());
      return whenTrue != null ? whenTrue : kindOf(conditional.getFalseExpression());
    }
    if (!(tree instanceof MethodInvocationTree call)) {
      return null;
    }
    StatusRead status = HttpClientCatalogue.statusRead(view, call);
    if (status != null) {
      return status == StatusRead.INT ? Kind.STATUS_INT : Kind.STATUS_OBJECT;
    }
    if (readsErrorCode(call)) {
      return Kind.ERROR_CODE;
    }
    // A conversion of an error code (node.path("errorCode").asInt(), Integer.parseInt(code)) is the error code.
    ExpressionTree receiver = ASTHelpers.getReceiver(call);
    if (receiver != null && kindOf(receiver) == Kind.ERROR_CODE && call.getArguments().isEmpty()) {
      return Kind.ERROR_CODE;
    }
    MethodSymbol symbol = ASTHelpers.getSymbol(call);
    if (symbol != null && symbol.isStatic() && call.getArguments().size() == 1
        && symbol.owner.getQualifiedName().contentEquals("java.lang.Integer")
        && kindOf(call.getArguments().get(0)) == Kind.ERROR_CODE) {
      return Kind.ERROR_CODE;
    }
    return null;
  }

  private static boolean readsErrorCode(MethodInvocationTree call) {
    MethodSymbol symbol = ASTHelpers.getSymbol(call);
    if (symbol == null) {
      return false;
    }
    String name = symbol.getSimpleName().toString().toLowerCase(Locale.ROOT);
    if (call.getArguments().isEmpty() && (name.equals("geterrorcode") || name.equals(ERROR_CODE_FIELD))) {
      return true;
    }
    for (ExpressionTree argument : call.getArguments()) {
      Object constant = ASTHelpers.constValue(argument);
      if (constant instanceof String text) {
        String field = text.toLowerCase(Locale.ROOT);
        if (field.equals(ERROR_CODE_FIELD) || field.equals("/" + ERROR_CODE_FIELD)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the value of an expression comes, in part, from the Retry-After header. */
  boolean isRetryAfterDerived(ExpressionTree expression) {
    return new AnyMatchScanner() {
      @Override
      public Boolean visitIdentifier(IdentifierTree tree, Void unused) {
        return kinds.get(ASTHelpers.getSymbol(tree)) == Kind.RETRY_AFTER;
      }

      @Override
      public Boolean visitMethodInvocation(MethodInvocationTree call, Void unused) {
        if (HttpClientCatalogue.readsRetryAfter(view, call)) {
          return true;
        }
        MethodSymbol symbol = ASTHelpers.getSymbol(call);
        ClassFacts.Helper helper = symbol == null ? null : facts.helper(symbol);
        if (helper != null && helper.returnsRetryAfter) {
          return true;
        }
        return super.visitMethodInvocation(call, null);
      }
    }.anyIn(expression);
  }

  static ExpressionTree strip(ExpressionTree expression) {
    ExpressionTree tree = ASTHelpers.stripParentheses(expression);
    while (tree instanceof TypeCastTree cast) {
      tree = ASTHelpers.stripParentheses(cast.getExpression());
    }
    return tree;
  }
}
