package dev.faultline.scanner.lowering;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.type.PrimitiveType;
import dev.faultline.analysis.catalogue.BodyReads;
import dev.faultline.analysis.catalogue.HttpClientCatalogue;
import dev.faultline.analysis.catalogue.CallMeaning.StatusRead;
import dev.faultline.analysis.catalogue.CallMeaning.BodySource;
import dev.faultline.analysis.model.Step;
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
  /** Variables holding (part of) a parsed error body, by JSON path ("" for the root). */
  private final IdentityHashMap<Node, String> jsonPaths = new IdentityHashMap<>();
  /** Variables holding the raw error body. */
  private final Set<Node> rawBodies = Collections.newSetFromMap(new IdentityHashMap<>());
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

  /**
   * The same operands (a helper's), plus a binding of the helper's parameter to what the argument holds in the
   * caller: the argument is read with the caller's operands, since its variables are the caller's.
   */
  Operands bind(Node parameter, @Nullable Expression argument, Operands caller) {
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
    Operands copy = new Operands(facts, context);
    copy.kinds.putAll(kinds);
    copy.predicates.putAll(predicates);
    copy.reassigned.addAll(reassigned);
    copy.jsonPaths.putAll(jsonPaths);
    copy.rawBodies.addAll(rawBodies);
    return copy;
  }

  /** The same operands, plus a parameter known to hold a kind of value. */
  Operands bindKind(Node parameter, Kind kind) {
    Operands bound = copy();
    bound.kinds.put(parameter, kind);
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
  @Nullable String jsonPath(@Nullable Expression expression) {
    if (expression == null) {
      return null;
    }
    Expression tree = strip(expression);
    if (tree instanceof NameExpr) {
      Node declaration = context.resolver.declarationOf(tree);
      return declaration == null ? null : jsonPaths.get(declaration);
    }
    if (tree instanceof ObjectCreationExpr creation) {
      return "org.json.JSONObject".equals(context.resolver.resolveType(creation.getType()))
          && !creation.getArguments().isEmpty() ? "" : null;
    }
    if (!(tree instanceof MethodCallExpr call)) {
      return null;
    }
    if (HttpClientCatalogue.bodySource(context.view, call) == BodySource.PARSED) {
      return "";
    }
    Expression receiver = call.getScope().orElse(null);
    String receiverPath = receiver == null ? null : jsonPath(receiver);
    if (receiverPath == null) {
      return null;
    }
    BodyReads.Access access = BodyReads.access(context.view, call, receiverPath);
    return access == null || access.kind() == Step.ReadKind.PRESENCE || access.kind() == Step.ReadKind.TYPE_CHECK
        ? null
        : access.field();
  }

  /** Whether an expression is the raw error body (or a variable holding it). */
  boolean isRawBody(@Nullable Expression expression) {
    if (expression == null) {
      return false;
    }
    Expression tree = strip(expression);
    if (tree instanceof NameExpr) {
      Node declaration = context.resolver.declarationOf(tree);
      return declaration != null && rawBodies.contains(declaration);
    }
    return HttpClientCatalogue.bodySource(context.view, tree) == BodySource.RAW;
  }

  /** Whether the raw body occurs in an expression other than as the input of a parser. */
  boolean passesRawBody(Expression expression) {
    return passes(expression);
  }

  private boolean passes(Node node) {
    if (node instanceof Expression expression && isRawBody(expression)) {
      return true;
    }
    if (node instanceof TypeDeclaration<?>) {
      return false;
    }
    if (node instanceof MethodCallExpr call) {
      // A parser reads the body; a same-class helper's own reads and pass-ons are counted where it is called.
      boolean helper = facts.helper(context.resolver.target(call).declaration()) != null;
      if (helper || HttpClientCatalogue.bodySource(context.view, call) == BodySource.PARSED) {
        return false;
      }
    }
    if (node instanceof ObjectCreationExpr creation) {
      boolean found = creation.getScope().map(this::passes).orElse(false);
      for (Expression argument : creation.getArguments()) {
        found |= passes(argument);
      }
      return found;
    }
    for (Node child : node.getChildNodes()) {
      if (passes(child)) {
        return true;
      }
    }
    return false;
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
    if (tree instanceof ConditionalExpr conditional) {
      // problem.errorCode() == null ? 4000 : problem.errorCode()
      Kind whenTrue = kindOf(conditional.getThenExpr());
      return whenTrue != null ? whenTrue : kindOf(conditional.getElseExpr());
    }
    if (!(tree instanceof MethodCallExpr call)) {
      return null;
    }
    StatusRead status = HttpClientCatalogue.statusRead(context.view, call);
    if (status != null) {
      return status == StatusRead.INT ? Kind.STATUS_INT : Kind.STATUS_OBJECT;
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
      if (HttpClientCatalogue.readsRetryAfter(context.view, call)) {
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
