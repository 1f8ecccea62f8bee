package dev.faultline.scanner.lowering;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.type.PrimitiveType;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the local variables of one method hold, as far as error handling is concerned: a status, an API error code,
 * or a value derived from the Retry-After header. Flow-insensitive: a variable that is ever assigned such a value
 * holds it. Mirrors the Error Prone front end's {@code Operands}, keyed by declaration node instead of symbol.
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

  private final IdentityHashMap<Node, Kind> kinds = new IdentityHashMap<>();
  /** Boolean variables assigned once, by their condition: {@code boolean throttled = status == 429;}. */
  private final IdentityHashMap<Node, Expression> predicates = new IdentityHashMap<>();
  private final Set<Node> reassigned = Collections.newSetFromMap(new IdentityHashMap<>());
  private final ClassFacts facts;
  private final FileLowering context;

  private Operands(ClassFacts facts, FileLowering context) {
    this.facts = facts;
    this.context = context;
  }

  /** The operands of a method (or any tree with variables in it). */
  static Operands of(Node body, ClassFacts facts, FileLowering context) {
    Operands operands = new Operands(facts, context);
    operands.learn(body);
    return operands;
  }

  /** The same operands, plus a binding of a helper's parameter to the kind of the argument passed for it. */
  Operands bind(Node parameter, Expression argument) {
    Operands bound = new Operands(facts, context);
    bound.kinds.putAll(kinds);
    bound.predicates.putAll(predicates);
    bound.reassigned.addAll(reassigned);
    Kind kind = kindOf(argument);
    if (kind != null) {
      bound.kinds.put(parameter, kind);
    } else if (isRetryAfterDerived(argument)) {
      bound.kinds.put(parameter, Kind.RETRY_AFTER);
    }
    return bound;
  }

  /** Adds what the variables in {@code body} hold. */
  Operands learn(Node body) {
    for (int round = 0; round < MAX_ROUNDS; round++) {
      int before = kinds.size();
      learnFrom(body);
      if (before == kinds.size()) {
        break;
      }
    }
    return this;
  }

  private void learnFrom(Node node) {
    if (node instanceof TypeDeclaration<?>) {
      return;
    }
    if (node instanceof ObjectCreationExpr creation) {
      creation.getScope().ifPresent(this::learnFrom);
      creation.getArguments().forEach(this::learnFrom);
      return;
    }
    if (node instanceof VariableDeclarator variable && variable.getInitializer().isPresent()) {
      Expression initializer = variable.getInitializer().get();
      record(variable, initializer);
      if (isPrimitiveBoolean(variable)) {
        predicates.put(variable, initializer);
      }
    }
    if (node instanceof AssignExpr assign && assign.getOperator() == AssignExpr.Operator.ASSIGN) {
      Node target = context.resolver.declarationOf(assign.getTarget());
      if (target != null) {
        record(target, assign.getValue());
        reassigned.add(target);
      }
    }
    for (Node child : Binder.inSourceOrder(node.getChildNodes())) {
      learnFrom(child);
    }
  }

  private boolean isPrimitiveBoolean(VariableDeclarator variable) {
    if (variable.getType() instanceof PrimitiveType primitive) {
      return primitive.getType() == PrimitiveType.Primitive.BOOLEAN;
    }
    if (variable.getType().isVarType() && variable.getParentNode().orElse(null) instanceof VariableDeclarationExpr) {
      return "boolean".equals(variable.getInitializer().map(context.resolver::typeOf).orElse(null));
    }
    return false;
  }

  private void record(Node variable, Expression value) {
    if (kinds.containsKey(variable)) {
      return;
    }
    Kind kind = kindOf(value);
    if (kind == null && isRetryAfterDerived(value)) {
      kind = Kind.RETRY_AFTER;
    }
    if (kind != null) {
      kinds.put(variable, kind);
    }
  }

  /** The condition a boolean variable was initialised with, if it is never assigned again. */
  @Nullable Expression predicate(@Nullable Node variable) {
    return variable == null || reassigned.contains(variable) ? null : predicates.get(variable);
  }

  /** The status or error-code kind of an expression, or null. Retry-After taint is {@link #isRetryAfterDerived}. */
  @Nullable Kind kindOf(Expression expression) {
    Expression tree = strip(expression);
    if (tree instanceof NameExpr) {
      Node declaration = context.resolver.declarationOf(tree);
      Kind kind = declaration == null ? null : kinds.get(declaration);
      return kind == Kind.RETRY_AFTER ? null : kind;
    }
    if (!(tree instanceof MethodCallExpr call)) {
      return null;
    }
    if (context.calls.statusInt(call)) {
      return Kind.STATUS_INT;
    }
    if (context.calls.statusObject(call)) {
      return Kind.STATUS_OBJECT;
    }
    if (readsErrorCode(call)) {
      return Kind.ERROR_CODE;
    }
    // A conversion of an error code (node.path("errorCode").asInt(), Integer.parseInt(code)) is the error code.
    Optional<Expression> receiver = call.getScope();
    if (receiver.isPresent() && kindOf(receiver.get()) == Kind.ERROR_CODE && call.getArguments().isEmpty()) {
      return Kind.ERROR_CODE;
    }
    Resolver.CallTarget target = context.resolver.target(call);
    if (target.isStatic() && call.getArguments().size() == 1 && "java.lang.Integer".equals(target.owner())
        && kindOf(call.getArguments().get(0)) == Kind.ERROR_CODE) {
      return Kind.ERROR_CODE;
    }
    return null;
  }

  private boolean readsErrorCode(MethodCallExpr call) {
    String name = call.getNameAsString().toLowerCase(Locale.ROOT);
    if (call.getArguments().isEmpty() && (name.equals("geterrorcode") || name.equals(ERROR_CODE_FIELD))) {
      return true;
    }
    for (Expression argument : call.getArguments()) {
      Object constant = context.constants.value(argument);
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
  boolean isRetryAfterDerived(Expression expression) {
    return derived(expression);
  }

  private boolean derived(Node node) {
    if (node instanceof NameExpr name) {
      Node declaration = context.resolver.declarationOf(name);
      return declaration != null && kinds.get(declaration) == Kind.RETRY_AFTER;
    }
    if (node instanceof TypeDeclaration<?>) {
      return false;
    }
    if (node instanceof ObjectCreationExpr creation) {
      boolean found = creation.getScope().map(this::derived).orElse(false);
      for (Expression argument : creation.getArguments()) {
        found |= derived(argument);
      }
      return found;
    }
    if (node instanceof MethodCallExpr call) {
      if (context.calls.readsRetryAfter(call)) {
        return true;
      }
      ClassFacts.Helper helper = facts.helper(context.resolver.target(call).declaration());
      if (helper != null && helper.returnsRetryAfter) {
        return true;
      }
    }
    boolean found = false;
    for (Node child : node.getChildNodes()) {
      found |= derived(child);
    }
    return found;
  }

  static Expression strip(Expression expression) {
    Expression tree = stripParens(expression);
    while (tree instanceof CastExpr cast) {
      tree = stripParens(cast.getExpression());
    }
    return tree;
  }

  static Expression stripParens(Expression expression) {
    Expression tree = expression;
    while (tree instanceof EnclosedExpr enclosed) {
      tree = enclosed.getInner();
    }
    return tree;
  }
}
