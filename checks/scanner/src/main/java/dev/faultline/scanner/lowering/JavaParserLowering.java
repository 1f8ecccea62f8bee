package dev.faultline.scanner.lowering;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ComponentPatternExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.stmt.YieldStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.faultline.analysis.catalogue.CallMeaning;
import dev.faultline.analysis.catalogue.CallMeaning.BodySource;
import dev.faultline.analysis.catalogue.CallMeaning.StatusRead;
import dev.faultline.analysis.catalogue.CallMeaning.Wait;
import dev.faultline.analysis.catalogue.ErrorBodyCalls;
import dev.faultline.analysis.catalogue.HttpClientCatalogue;
import dev.faultline.analysis.library.HttpErrorTypes;
import dev.faultline.analysis.library.HttpNames;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.DelayGrowth;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.model.Unit;
import dev.faultline.analysis.recognisers.AsyncCallbacks;
import dev.faultline.analysis.recognisers.DeviceCodePolls;
import dev.faultline.analysis.recognisers.ErrorCallbacks;
import dev.faultline.analysis.recognisers.RetryRecognisers;
import dev.faultline.analysis.values.ClassFacts;
import dev.faultline.analysis.values.CodeWalk;
import dev.faultline.analysis.values.ConditionEvaluator;
import dev.faultline.analysis.values.LoopKinds;
import dev.faultline.analysis.values.Operands;
import dev.faultline.analysis.values.RetriedWork;
import dev.faultline.analysis.values.RetryAfterParses;
import dev.faultline.analysis.view.CodeView;
import dev.faultline.analysis.view.LoweringContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.jspecify.annotations.Nullable;

/**
 * Lowers a JavaParser method body to the analysis model, statement for statement as the Error Prone
 * front end's {@code JavacLowering} does for javac trees.
 */
final class JavaParserLowering implements LoweringContext<Node> {
  private static final String LOOP_TARGET = "";

  private final FileLowering context;
  private final Resolver resolver;
  private ClassFacts<Node> facts;

  /**
   * The class body declaring the method being lowered (javac: the enclosing ClassTree of the
   * matched method).
   */
  private final Node enclosingClass;

  /** The method being lowered: a call of it is a recursive call. */
  private final Node enclosing;

  private final List<Unit> units;
  private final String unitPrefix;
  private Operands<Node> operands;
  private final Deque<String> breakTargets = new ArrayDeque<>();
  private int switchCount;
  private int inlineDepth;

  /**
   * Set while lowering a retried work for a retry recogniser: library retries are not recognised
   * again.
   */
  private boolean lowersRetriedWork;

  private @Nullable Set<Node> delayedExecutorVariables;
  private final JavaParserCodeView view;

  private JavaParserLowering(
      FileLowering context,
      @Nullable ClassFacts<Node> facts,
      Node enclosingClass,
      Node enclosing,
      Operands<Node> operands,
      List<Unit> units,
      String unitPrefix) {
    this.context = context;
    this.resolver = context.resolver;
    this.facts = facts;
    this.enclosingClass = enclosingClass;
    this.enclosing = enclosing;
    this.operands = operands;
    this.units = units;
    this.unitPrefix = unitPrefix;
    this.view = context.view;
  }

  @Override
  public JavaParserCodeView view() {
    return view;
  }

  @Override
  public @Nullable Condition lambdaCondition(
      Node lambda, @Nullable Node typingCall, int typedParameters) {
    LambdaExpr expression = (LambdaExpr) lambda;
    Type typeArgument =
        typingCall instanceof MethodCallExpr call
            ? typeArgument(call)
            : typingCall instanceof ObjectCreationExpr creation ? typeArgument(creation) : null;
    if (typeArgument != null) {
      JType type = resolver.resolveGeneric(typeArgument);
      for (int i = 0;
          i < Math.min(typedParameters, expression.getParameters().size()) && type != null;
          i++) {
        resolver.assumeType(expression.getParameters().get(i), type);
      }
    }
    return lambdaCondition(expression);
  }

  /**
   * The type argument given to the call that made a builder ({@code
   * RetryPolicy.<Response>builder()}).
   */
  private static @Nullable Type typeArgument(MethodCallExpr root) {
    return root.getTypeArguments()
        .filter(arguments -> arguments.size() == 1)
        .map(NodeList::getFirst)
        .flatMap(first -> first)
        .orElse(null);
  }

  /**
   * The type argument of a created object ({@code new RetryPolicy<Response>()}); for a diamond,
   * that of the declared type of the variable its chain initializes ({@code RetryPolicy<Response>
   * policy = new RetryPolicy<>().handle(..)}).
   */
  private static @Nullable Type typeArgument(ObjectCreationExpr creation) {
    NodeList<Type> arguments = creation.getType().getTypeArguments().orElse(null);
    if (arguments != null && arguments.size() == 1) {
      return arguments.getFirst().orElse(null);
    }
    Node current = creation;
    Node parent = current.getParentNode().orElse(null);
    while ((parent instanceof MethodCallExpr call
            && Nodes.same(call.getScope().orElse(null), current))
        || parent instanceof EnclosedExpr) {
      current = parent;
      parent = current.getParentNode().orElse(null);
    }
    return arguments != null
            && parent instanceof VariableDeclarator variable
            && variable.getType() instanceof ClassOrInterfaceType declared
        ? declared
            .getTypeArguments()
            .filter(declaredArguments -> declaredArguments.size() == 1)
            .flatMap(NodeList::getFirst)
            .orElse(null)
        : null;
  }

  @Override
  public boolean readsRetryAfter(Node value) {
    return operands.isRetryAfterDerived((Expression) value);
  }

  @Override
  public boolean classReadsRetryAfter(Node classDeclaration) {
    return classDeclaration
        .findFirst(
            Expression.class,
            expression ->
                HttpClientCatalogue.namesRetryAfter(view, expression)
                    || (expression instanceof MethodCallExpr call
                        && HttpClientCatalogue.readsRetryAfter(view, call)))
        .isPresent();
  }

  @Override
  public boolean readsStatusCode(Node call) {
    return HttpClientCatalogue.statusRead(view, call) == StatusRead.INT;
  }

  @Override
  public boolean readsStatusObject(Node call) {
    return HttpClientCatalogue.statusRead(view, call) == StatusRead.OBJECT;
  }

  @Override
  public boolean parsesBody(Node call) {
    return HttpClientCatalogue.bodySource(view, call) == BodySource.PARSED;
  }

  @Override
  public boolean readsRawBody(Node expression) {
    return HttpClientCatalogue.bodySource(view, expression) == BodySource.RAW;
  }

  @Override
  public @Nullable String bodyValueRead(Node call, String receiverPath) {
    ErrorBodyCalls.Access access = ErrorBodyCalls.access(view, call, receiverPath);
    return access == null
            || access.kind() == Step.ReadKind.PRESENCE
            || access.kind() == Step.ReadKind.TYPE_CHECK
        ? null
        : access.field();
  }

  @Override
  public @Nullable List<String> requestThrownTypes(Node call) {
    CallMeaning.Request request = HttpClientCatalogue.request(view, call);
    return request == null ? null : request.thrownTypes();
  }

  @Override
  public boolean requestThrowsOnHttpError(Node call) {
    CallMeaning.Request request = HttpClientCatalogue.request(view, call);
    return request != null && request.throwsOnHttpError();
  }

  /**
   * The units of a method: its body, and the bodies of the lambdas in it that run on their own (not
   * those that run right after a wait, which belong to the body).
   */
  static List<Unit> lowerMethod(Node method, Node enclosingClass, FileLowering context) {
    List<Unit> units = new ArrayList<>();
    BlockStmt body = SourceFile.body(method);
    if (body == null && !SourceFile.isAnnotatedWithoutBody(method)) {
      return units;
    }
    String owner = enclosingClass instanceof TypeDeclaration<?> type ? type.getNameAsString() : "";
    String name = owner + "." + SourceFile.methodName(method);
    JavaParserLowering lowering =
        new JavaParserLowering(context, null, enclosingClass, method, null, units, name);
    lowering.start(body == null ? method : body);
    Step lowered = body == null ? Step.NOTHING : lowering.statement(body);
    Step callback = ErrorCallbacks.arrivesInMethod(method, lowering);
    Step arrives =
        AsyncCallbacks.handlesTransportFailure(lowering.view, method)
            ? null
            : callback != null ? callback : lowering.responseParameter(method);
    List<Step> steps = new ArrayList<>();
    if (arrives != null) {
      steps.add(arrives);
    }
    steps.addAll(RetryRecognisers.ofMethod(method, lowering));
    steps.addAll(DeviceCodePolls.ofMethod(method, lowering));
    steps.addAll(RetryAfterParses.numberOnly(body, lowering, lowering.operands));
    steps.add(lowered);
    units.add(0, new Unit(name, Step.block(steps)));
    return units;
  }

  /**
   * Sets up a lowering of {@code code}: the facts of the class it is in, and what its variables
   * hold.
   */
  private void start(Node code) {
    facts = context.facts(enclosingClass, this);
    operands = Operands.of(code, facts, this);
  }

  @Override
  public ClassFacts<Node> factsOf(Node classDeclaration) {
    return context.facts(classDeclaration, this);
  }

  @Override
  public CodeWalk<Node> walkOf(Node code) {
    return context.walkOf(code);
  }

  FileLowering context() {
    return context;
  }

  @Override
  public boolean lowersRetriedWork() {
    return lowersRetriedWork;
  }

  /**
   * The steps of the work a library retries (a method body, a lambda), lowered on its own with the
   * units of its lambdas dropped, for a retry recogniser that asks whether the work sends a
   * request.
   */
  @Override
  public Step lowerRetriedWork(Node work) {
    JavaParserLowering nested =
        new JavaParserLowering(
            context,
            facts,
            enclosingClass,
            enclosing,
            operands,
            new ArrayList<>(),
            unitPrefix + "$work");
    nested.lowersRetriedWork = true;
    JavaParserLowering elsewhere = ofOtherMethodBody(work);
    if (elsewhere != null) {
      return elsewhere.statement((Statement) work);
    }
    if (work instanceof LambdaExpr lambda) {
      JavaParserLowering lowering = elsewhereLambda(lambda);
      JavaParserLowering in = lowering == null ? nested : lowering;
      return lambda
          .getExpressionBody()
          .map(in::expression)
          .orElseGet(() -> in.statement(lambda.getBody()));
    }
    return work instanceof Expression expression
        ? nested.expression(expression)
        : nested.statement((Statement) work);
  }

  /**
   * A lowering of a method of another class (of this file, or of another file of the project), set
   * up in the file that holds it, with its own resolver and helpers.
   */
  private JavaParserLowering inOwnFile(Node method, Node owner, String suffix) {
    FileLowering holder = resolver.fileHolding(method);
    return new JavaParserLowering(
        holder == null ? context : holder,
        null,
        owner,
        method,
        null,
        new ArrayList<>(),
        unitPrefix + suffix);
  }

  /**
   * A lowering of retried work for the body of another method (an implementation of the annotated
   * interface method, of this file or of another file of the package), set up in its own file and
   * class; null when the work is no method body, or that of the method being lowered.
   */
  private @Nullable JavaParserLowering ofOtherMethodBody(Node work) {
    Node method = work instanceof BlockStmt ? work.getParentNode().orElse(null) : null;
    if (!(method instanceof MethodDeclaration) || Nodes.same(method, enclosing)) {
      return null;
    }
    Node owner = SourceFile.enclosingClass(method).orElse(null);
    if (owner == null) {
      return null;
    }
    JavaParserLowering nested = inOwnFile(method, owner, "$work");
    nested.lowersRetriedWork = true;
    nested.start(work);
    return nested;
  }

  /**
   * A lowering of retried work for a lambda written in another method (the work a template bean of
   * another class is given), set up in its own file and class; null when the lambda is in the
   * method being lowered or in no method.
   */
  private @Nullable JavaParserLowering elsewhereLambda(LambdaExpr lambda) {
    Node method = lambda.findAncestor(CallableDeclaration.class).orElse(null);
    if (method == null || Nodes.same(method, enclosing)) {
      return null;
    }
    Node owner = SourceFile.enclosingClass(method).orElse(null);
    if (owner == null || !Nodes.same(SourceFile.enclosingClass(lambda).orElse(null), owner)) {
      return null;
    }
    JavaParserLowering nested = inOwnFile(method, owner, "$work");
    nested.lowersRetriedWork = true;
    nested.start(lambda);
    return nested;
  }

  /**
   * The condition under which a retry predicate (a lambda, or a method such as a {@code
   * shouldRetry}) returns true, read with the condition machinery of this lowering: instanceof an
   * HTTP exception type, status comparisons.
   */
  @Override
  public Condition retryPredicate(Node predicate) {
    if (predicate instanceof LambdaExpr lambda) {
      Optional<Expression> expression = lambda.getExpressionBody();
      if (expression.isPresent()) {
        return condition(expression.get());
      }
      return lambda.getBody() instanceof BlockStmt block
          ? evaluator().returnsTrue(block)
          : Condition.UNKNOWN;
    }
    BlockStmt body = SourceFile.body(predicate);
    return body == null ? Condition.UNKNOWN : evaluator().returnsTrue(body);
  }

  /**
   * The units of a field's initializer or of an initializer block: the code that runs when the
   * class (or the instance) is set up, and the lambdas in it that run on their own.
   */
  static List<Unit> lowerInitializer(Node member, Node enclosingClass, FileLowering context) {
    List<Unit> units = new ArrayList<>();
    String owner = enclosingClass instanceof TypeDeclaration<?> type ? type.getNameAsString() : "";
    Node code =
        member instanceof VariableDeclarator field
            ? field.getInitializer().orElseThrow()
            : ((com.github.javaparser.ast.body.InitializerDeclaration) member).getBody();
    String name =
        owner
            + "."
            + (member instanceof VariableDeclarator field ? field.getNameAsString() : "<clinit>");
    JavaParserLowering lowering =
        new JavaParserLowering(context, null, enclosingClass, member, null, units, name);
    lowering.start(code);
    Step body =
        code instanceof Expression expression
            ? lowering.expression(expression)
            : lowering.statement((Statement) code);
    units.add(0, new Unit(name, RetryAfterParses.before(body, code, lowering, lowering.operands)));
    return units;
  }

  /**
   * A handler method that takes the failed response (an HTTP error exception, or a response object)
   * starts with that response in hand.
   */
  private @Nullable Step responseParameter(Node method) {
    if (!(method instanceof CallableDeclaration<?> callable)) {
      return null;
    }
    for (Parameter parameter : callable.getParameters()) {
      String resolved = resolver.resolveType(parameter.getType());
      String type = resolved == null ? "" : erasure(resolved);
      if (HttpErrorTypes.carriesHttpStatus(type)) {
        return new Step.ResponseArrives(HttpErrorTypes.statuses(type).orElseThrow(), true);
      }
      if (RESPONSE_TYPES.contains(type)) {
        return new Step.ResponseArrives(HttpErrorTypes.ANY_HTTP_STATUS, false);
      }
    }
    return null;
  }

  private static String erasure(String type) {
    int generic = type.indexOf('<');
    return generic < 0 ? type : type.substring(0, generic);
  }

  private static final Set<String> RESPONSE_TYPES =
      Set.of(
          "java.net.http.HttpResponse",
          "okhttp3.Response",
          "retrofit2.Response",
          "org.springframework.http.client.ClientHttpResponse",
          "org.springframework.http.ResponseEntity",
          "org.apache.hc.core5.http.ClassicHttpResponse",
          "feign.Response");

  // ---------------------------------------------------------------- statements

  private Step statements(List<? extends Statement> statements) {
    List<Step> steps = new ArrayList<>();
    for (Statement statement : statements) {
      steps.add(statement(statement));
    }
    return new Step.Block(steps);
  }

  private Step statement(@Nullable Statement tree) {
    if (tree == null) {
      return Step.NOTHING;
    }
    if (tree instanceof BlockStmt block) {
      return statements(block.getStatements());
    }
    if (tree instanceof ExpressionStmt expression) {
      if (expression.getExpression() instanceof VariableDeclarationExpr declaration) {
        return variables(declaration);
      }
      return expression(expression.getExpression());
    }
    if (tree instanceof ExplicitConstructorInvocationStmt call) {
      return constructorCall(call);
    }
    if (tree instanceof IfStmt ifStmt) {
      return new Step.Block(
          List.of(
              expression(ifStmt.getCondition()),
              new Step.Branch(
                  condition(ifStmt.getCondition()),
                  statement(ifStmt.getThenStmt()),
                  statement(ifStmt.getElseStmt().orElse(null)))));
    }
    if (tree instanceof WhileStmt loop) {
      return loop(
          LoopKinds.of(loop.getCondition(), this),
          loopCondition(loop.getCondition()),
          true,
          loop.getBody(),
          List.of(),
          null,
          loop.getCondition());
    }
    if (tree instanceof DoStmt loop) {
      return loop(
          Step.LoopKind.RETRY,
          loopCondition(loop.getCondition()),
          false,
          loop.getBody(),
          List.of(),
          null,
          loop.getCondition());
    }
    if (tree instanceof ForStmt loop) {
      return forLoop(loop, null);
    }
    if (tree instanceof ForEachStmt loop) {
      return new Step.Block(
          List.of(
              expression(loop.getIterable()),
              loop(
                  Step.LoopKind.ITERATION,
                  Condition.UNKNOWN,
                  true,
                  loop.getBody(),
                  List.of(),
                  null,
                  null)));
    }
    if (tree instanceof LabeledStmt labeled) {
      return labeled(labeled);
    }
    if (tree instanceof TryStmt tryStmt) {
      return tryStatement(tryStmt);
    }
    if (tree instanceof SwitchStmt switchStmt) {
      return switchCases(switchStmt.getSelector(), switchStmt.getEntries());
    }
    if (tree instanceof ReturnStmt returnStmt) {
      Expression value = returnStmt.getExpression().orElse(null);
      Step passOn =
          value != null && operands.passesRawBody(value)
              ? new Step.RawBodyPassOn(new NodeAnchor(returnStmt))
              : Step.NOTHING;
      return new Step.Block(List.of(expression(value), passOn, new Step.Return()));
    }
    if (tree instanceof ThrowStmt throwStmt) {
      // Rethrowing the client's own exception passes the whole error (body included) on.
      String thrown = resolver.typeOf(throwStmt.getExpression());
      Step passOn =
          thrown != null
                  && HttpErrorTypes.carriesHttpStatus(thrown)
                  && JavaParserCodeView.strip(throwStmt.getExpression()) instanceof NameExpr
              ? new Step.RawBodyPassOn(new NodeAnchor(throwStmt))
              : Step.NOTHING;
      return new Step.Block(
          List.of(
              expression(throwStmt.getExpression()),
              passOn,
              new Step.Throw(typeAndSupertypes(resolver.typeOf(throwStmt.getExpression())))));
    }
    if (tree instanceof BreakStmt breakStmt) {
      if (breakStmt.getLabel().isPresent()) {
        return new Step.Break(breakStmt.getLabel().get().asString());
      }
      String target = breakTargets.isEmpty() ? LOOP_TARGET : breakTargets.peek();
      return new Step.Break(target.equals(LOOP_TARGET) ? null : target);
    }
    if (tree instanceof ContinueStmt continueStmt) {
      return new Step.Continue(continueStmt.getLabel().map(label -> label.asString()).orElse(null));
    }
    if (tree instanceof YieldStmt yield) {
      String target = breakTargets.isEmpty() ? LOOP_TARGET : breakTargets.peek();
      return new Step.Block(List.of(expression(yield.getExpression()), new Step.Break(target)));
    }
    if (tree instanceof SynchronizedStmt synchronizedStmt) {
      return statement(synchronizedStmt.getBody());
    }
    return Step.NOTHING;
  }

  /** A local variable declaration: javac has one VariableTree per declarator. */
  private Step variables(VariableDeclarationExpr declaration) {
    List<Step> steps = new ArrayList<>();
    for (VariableDeclarator variable : declaration.getVariables()) {
      steps.add(variable.getInitializer().map(this::expression).orElse(Step.NOTHING));
    }
    return steps.size() == 1 ? steps.get(0) : new Step.Block(steps);
  }

  /** A for loop's initializers: javac statements, one per declarator or expression. */
  private List<Step> initializers(NodeList<Expression> initialization) {
    List<Step> steps = new ArrayList<>();
    for (Expression init : initialization) {
      if (init instanceof VariableDeclarationExpr declaration) {
        for (VariableDeclarator variable : declaration.getVariables()) {
          steps.add(variable.getInitializer().map(this::expression).orElse(Step.NOTHING));
        }
      } else {
        steps.add(expression(init));
      }
    }
    return steps;
  }

  private Step forLoop(ForStmt loop, @Nullable String label) {
    List<Step> init = initializers(loop.getInitialization());
    Optional<Expression> compare = loop.getCompare();
    Condition condition = compare.isEmpty() ? null : loopCondition(compare.get());
    Step.LoopKind kind =
        compare.isEmpty() ? Step.LoopKind.RETRY : LoopKinds.of(compare.get(), this);
    init.add(
        loop(kind, condition, true, loop.getBody(), loop.getUpdate(), label, compare.orElse(null)));
    return new Step.Block(init);
  }

  private Step labeled(LabeledStmt labeled) {
    String label = labeled.getLabel().asString();
    Statement inner = labeled.getStatement();
    if (inner instanceof WhileStmt loop) {
      return loop(
          LoopKinds.of(loop.getCondition(), this),
          loopCondition(loop.getCondition()),
          true,
          loop.getBody(),
          List.of(),
          label,
          loop.getCondition());
    }
    if (inner instanceof DoStmt loop) {
      return loop(
          Step.LoopKind.RETRY,
          loopCondition(loop.getCondition()),
          false,
          loop.getBody(),
          List.of(),
          label,
          loop.getCondition());
    }
    if (inner instanceof ForStmt loop) {
      return forLoop(loop, label);
    }
    if (inner instanceof ForEachStmt loop) {
      return new Step.Block(
          List.of(
              expression(loop.getIterable()),
              loop(
                  Step.LoopKind.ITERATION,
                  Condition.UNKNOWN,
                  true,
                  loop.getBody(),
                  List.of(),
                  label,
                  null)));
    }
    return new Step.Labeled(label, statement(inner));
  }

  private Step loop(
      Step.LoopKind kind,
      @Nullable Condition condition,
      boolean testedFirst,
      Statement body,
      List<Expression> updates,
      @Nullable String label,
      @Nullable Expression test) {
    breakTargets.push(LOOP_TARGET);
    try {
      List<Step> steps = new ArrayList<>();
      steps.add(statement(body));
      updates.forEach(update -> steps.add(expression(update)));
      return new Step.Loop(
          kind,
          condition,
          testedFirst,
          new Step.Block(steps),
          label,
          expression(test),
          LoopKinds.maxRounds(test, this));
    } finally {
      breakTargets.pop();
    }
  }

  /** A loop condition: {@code null} for a loop only break, return or throw can leave. */
  private @Nullable Condition loopCondition(Expression condition) {
    return Boolean.TRUE.equals(context.constants.value(condition)) ? null : condition(condition);
  }

  private Step tryStatement(TryStmt tryStmt) {
    List<Step> body = new ArrayList<>();
    for (Expression resource : tryStmt.getResources()) {
      if (resource instanceof VariableDeclarationExpr declaration) {
        body.add(variables(declaration));
      } else {
        body.add(expression(resource));
      }
    }
    body.add(statement(tryStmt.getTryBlock()));
    List<Step.Catch> catches = new ArrayList<>();
    for (CatchClause clause : tryStmt.getCatchClauses()) {
      catches.add(new Step.Catch(resolver.caughtTypes(clause), statement(clause.getBody())));
    }
    Step finallyBlock = tryStmt.getFinallyBlock().map(this::statement).orElse(null);
    return new Step.TryCatch(new Step.Block(body), catches, finallyBlock);
  }

  private Step switchCases(Expression selector, List<SwitchEntry> cases) {
    String label = "switch#" + switchCount++;
    Operands.Kind kind = operands.kindOf(selector);
    breakTargets.push(label);
    try {
      List<Step> bodies = new ArrayList<>();
      List<Condition> conditions = new ArrayList<>();
      Step defaultBody = Step.NOTHING;
      for (int i = 0; i < cases.size(); i++) {
        Step body = caseBody(cases, i);
        List<Expression> labels = constantLabels(cases.get(i));
        if (labels.isEmpty()) {
          defaultBody = body;
          continue;
        }
        conditions.add(evaluator().caseCondition(kind, labels));
        bodies.add(body);
      }
      Step chain = defaultBody;
      for (int i = bodies.size() - 1; i >= 0; i--) {
        chain = new Step.Branch(conditions.get(i), bodies.get(i), chain);
      }
      return new Step.Block(List.of(expression(selector), new Step.Labeled(label, chain)));
    } finally {
      breakTargets.pop();
    }
  }

  /**
   * javac's {@code CaseTree.getExpressions()}: the constant labels; none for default and pattern
   * cases.
   */
  static List<Expression> constantLabels(SwitchEntry entry) {
    List<Expression> labels = new ArrayList<>();
    for (Expression label : entry.getLabels()) {
      if (!(label instanceof ComponentPatternExpr)) {
        labels.add(label);
      }
    }
    return labels;
  }

  /** A case's own statements, followed by the next case's when they fall through to it. */
  private Step caseBody(List<SwitchEntry> cases, int index) {
    SwitchEntry entry = cases.get(index);
    if (entry.getType() != SwitchEntry.Type.STATEMENT_GROUP) {
      return entry.getStatements().isEmpty()
          ? Step.NOTHING
          : statement(entry.getStatements().get(0));
    }
    List<Statement> own = entry.getStatements();
    Step step = statements(own);
    boolean fallsThrough = own.isEmpty() || completesNormally(own.get(own.size() - 1));
    if (fallsThrough && index + 1 < cases.size()) {
      return new Step.Block(List.of(step, caseBody(cases, index + 1)));
    }
    return step;
  }

  private static boolean completesNormally(Statement last) {
    return !(last instanceof BreakStmt
        || last instanceof ReturnStmt
        || last instanceof ThrowStmt
        || last instanceof ContinueStmt
        || last instanceof YieldStmt);
  }

  // ---------------------------------------------------------------- expressions

  /** The steps an expression performs, in evaluation order. */
  private Step expression(@Nullable Expression expression) {
    if (expression == null) {
      return Step.NOTHING;
    }
    List<Step> steps = new ArrayList<>();
    scan(expression, steps);
    return steps.size() == 1 ? steps.get(0) : new Step.Block(steps);
  }

  private void scan(Node node, List<Step> steps) {
    if (Thread.currentThread().isInterrupted()) {
      // The scan gave up on this file (--file-timeout): stop instead of finishing work nobody will
      // read.
      throw new CancellationException("interrupted");
    }
    if (node instanceof MethodCallExpr call) {
      if (HttpClientCatalogue.isStatusHandler(view, call)
          && call.getArguments().size() == 2
          && JavaParserCodeView.strip(call.getArguments().get(1)) instanceof LambdaExpr handler) {
        call.getScope().ifPresent(receiver -> scan(receiver, steps));
        lowerStatusHandler(call.getArguments().get(0), handler);
        return;
      }
      Step.ResponseArrives failure = ErrorCallbacks.arrivesInFunctionOf(call, this);
      if (failure != null) {
        call.getScope().ifPresent(receiver -> scan(receiver, steps));
        for (Expression argument : call.getArguments()) {
          if (JavaParserCodeView.strip(argument) instanceof LambdaExpr handler) {
            lowerHandler(handler, failure, "$handler");
          } else {
            scan(argument, steps);
          }
        }
        steps.add(bodyAccess(call));
        steps.add(call(call));
        return;
      }
      Node handedBody = ErrorCallbacks.bodyHandedToFunction(view, call);
      if (handedBody != null) {
        call.getScope().ifPresent(receiver -> scan(receiver, steps));
        for (Expression argument : call.getArguments()) {
          if (JavaParserCodeView.strip(argument) instanceof LambdaExpr function
              && function.getParameters().size() == 1) {
            steps.add(handedBody(function, handedBody));
          } else {
            scan(argument, steps);
          }
        }
        steps.add(bodyAccess(call));
        steps.add(call(call));
        return;
      }
      // Lambdas that run right after a wait are lowered into this path by call(), not as units of
      // their own.
      Set<Node> inlined = inlinedTasks(call.getScope().orElse(null), call.getArguments(), call);
      call.getScope().ifPresent(receiver -> scan(receiver, steps));
      for (Expression argument : call.getArguments()) {
        if (!inlined.contains(JavaParserCodeView.strip(argument))) {
          scan(argument, steps);
        }
      }
      steps.add(bodyAccess(call));
      steps.add(call(call));
      return;
    }
    if (node instanceof InstanceOfExpr instanceOf) {
      for (Node child : Binder.inSourceOrder(node.getChildNodes())) {
        scan(child, steps);
      }
      String path = operands.jsonPath(instanceOf.getExpression());
      if (path != null) {
        steps.add(new Step.BodyRead(new NodeAnchor(instanceOf), path, Step.ReadKind.TYPE_CHECK));
      }
      return;
    }
    if (node instanceof LambdaExpr lambda) {
      lowerSeparately(lambda);
      return;
    }
    if (node instanceof TypeDeclaration<?>) {
      return;
    }
    if (node instanceof ObjectCreationExpr creation) {
      creation.getArguments().forEach(argument -> scan(argument, steps));
      if (resolver.isSubtype(resolver.resolveType(creation.getType()), "java.lang.Throwable")
          && creation.getArguments().stream().anyMatch(operands::passesRawBody)) {
        steps.add(new Step.RawBodyPassOn(new NodeAnchor(creation)));
      }
      return;
    }
    if (node instanceof ConditionalExpr conditional) {
      steps.add(expression(conditional.getCondition()));
      steps.add(
          Step.conditional(
              condition(conditional.getCondition()),
              expression(conditional.getThenExpr()),
              expression(conditional.getElseExpr()),
              new NodeAnchor(conditional)));
      return;
    }
    if (node instanceof SwitchExpr switchExpr) {
      steps.add(switchCases(switchExpr.getSelector(), switchExpr.getEntries()));
      return;
    }
    for (Node child : Binder.inSourceOrder(node.getChildNodes())) {
      scan(child, steps);
    }
  }

  /** The error-body read a call makes, or the raw body passed to a log, or NOTHING. */
  private Step bodyAccess(MethodCallExpr call) {
    Expression receiver = call.getScope().orElse(null);
    String receiverPath = receiver == null ? null : operands.jsonPath(receiver);
    if (receiverPath != null) {
      ErrorBodyCalls.Access access = ErrorBodyCalls.access(view, call, receiverPath);
      if (access != null) {
        return new Step.BodyRead(new NodeAnchor(call), access.field(), access.kind());
      }
    }
    if (HttpClientCatalogue.logsOrPrints(view, call)
        && call.getArguments().stream().anyMatch(operands::passesRawBody)) {
      return new Step.RawBodyPassOn(new NodeAnchor(call));
    }
    return Step.NOTHING;
  }

  /**
   * {@code onStatus(predicate, (request, response) -> ...)}: the handler is a unit of its own that
   * starts with a response whose status the predicate accepts.
   */
  private void lowerStatusHandler(Expression predicate, LambdaExpr handler) {
    lowerHandler(handler, new Step.ResponseArrives(statusesAccepted(predicate), true), "$onStatus");
  }

  /** A handler lambda is a unit of its own that starts with the failed response it is given. */
  private void lowerHandler(LambdaExpr handler, Step.ResponseArrives arrives, String suffix) {
    JavaParserLowering nested =
        new JavaParserLowering(
            context, facts, enclosingClass, enclosing, operands, units, unitPrefix + suffix);
    // Lambdas in an inlined helper stay within the helper's inlining depth: helpers that call each
    // other from
    // lambdas must not inline forever.
    nested.inlineDepth = inlineDepth;
    Step step =
        handler
            .getExpressionBody()
            .map(nested::expression)
            .orElseGet(() -> nested.statement(handler.getBody()));
    units.add(new Unit(unitPrefix + suffix + units.size(), new Step.Block(List.of(arrives, step))));
  }

  private IntSet statusesAccepted(Expression predicate) {
    Expression tree = JavaParserCodeView.strip(predicate);
    if (tree instanceof MethodReferenceExpr reference) {
      return switch (reference.getIdentifier()) {
        case "is1xxInformational" -> IntSet.range(100, 199);
        case "is2xxSuccessful" -> IntSet.range(200, 299);
        case "is3xxRedirection" -> IntSet.range(300, 399);
        case "is4xxClientError" -> IntSet.range(400, 499);
        case "is5xxServerError" -> IntSet.range(500, 599);
        default -> IntSet.range(400, 599);
      };
    }
    if (tree instanceof LambdaExpr lambda
        && lambda.getParameters().size() == 1
        && lambda.getExpressionBody().isPresent()) {
      Operands<Node> saved = operands;
      operands = operands.bindKind(lambda.getParameters().get(0), Operands.Kind.STATUS_OBJECT);
      try {
        return Condition.statusesWhereTrue(
            condition(lambda.getExpressionBody().get()), HttpErrorTypes.ANY_HTTP_STATUS);
      } finally {
        operands = saved;
      }
    }
    return IntSet.range(400, 599);
  }

  private void lowerSeparately(LambdaExpr lambda) {
    JavaParserLowering nested =
        new JavaParserLowering(
            context, facts, enclosingClass, enclosing, operands, units, unitPrefix + "$lambda");
    // Lambdas in an inlined helper stay within the helper's inlining depth: helpers that call each
    // other from
    // lambdas must not inline forever.
    nested.inlineDepth = inlineDepth;
    Step step =
        lambda
            .getExpressionBody()
            .map(nested::expression)
            .orElseGet(() -> nested.statement(lambda.getBody()));
    units.add(new Unit(unitPrefix + "$lambda" + units.size(), step));
  }

  /** The lambda arguments of a call that run right after a wait, on the current path. */
  private Set<Node> inlinedTasks(
      @Nullable Expression receiver, List<Expression> arguments, Node call) {
    Set<Node> inlined = Collections.newSetFromMap(new IdentityHashMap<>());
    if (call instanceof MethodCallExpr methodCall
        && HttpClientCatalogue.waits(view, methodCall, Wait.SCHEDULE)
        && !arguments.isEmpty()) {
      inlined.add(JavaParserCodeView.strip(arguments.get(0)));
    }
    if (arguments.stream().anyMatch(this::containsDelayedExecutor)
        || (receiver != null && chainContainsDelayedExecutor(receiver))) {
      for (Expression argument : arguments) {
        if (JavaParserCodeView.strip(argument) instanceof LambdaExpr lambda) {
          inlined.add(lambda);
        }
      }
    }
    return inlined;
  }

  /**
   * A function handed a response's body ({@code bodyToMono(ErrorBody.class).flatMap(error -> ...)})
   * runs on the current path, its parameter holding the body.
   */
  private Step handedBody(LambdaExpr function, Node body) {
    Parameter parameter = function.getParameters().get(0);
    List<? extends Node> arguments = view.arguments(body);
    String bound =
        arguments.isEmpty() ? null : view.classLiteralType(arguments.get(arguments.size() - 1));
    if (bound != null) {
      resolver.assumeType(parameter, JType.of(bound));
    }
    Operands<Node> saved = operands;
    operands = operands.bind(parameter, body, operands).learn(function.getBody());
    try {
      return inline(function);
    } finally {
      operands = saved;
    }
  }

  /** A lambda argument that runs right here, after a wait: its body belongs to the current path. */
  private Step inline(Expression task) {
    Expression tree = JavaParserCodeView.strip(task);
    if (tree instanceof LambdaExpr lambda) {
      return lambda
          .getExpressionBody()
          .map(this::expression)
          .orElseGet(() -> statement(lambda.getBody()));
    }
    return expression(tree);
  }

  // ---------------------------------------------------------------- for the retry library
  // recognisers

  /** The method (or field initializer) being lowered. */
  @Override
  public Node member() {
    return enclosing;
  }

  /** The condition under which a predicate lambda returns true. */
  Condition lambdaCondition(LambdaExpr lambda) {
    return lambda
        .getExpressionBody()
        .map(this::condition)
        .orElseGet(() -> evaluator().returnsTrue(lambda.getBody()));
  }

  /**
   * The statuses of the HTTP errors that the requests in some code throw (its own, or those of the
   * same-class helpers it calls), or null when it sends no request that throws on an HTTP error.
   */
  @Override
  public @Nullable IntSet httpErrorsThrownIn(Node code) {
    IntSet statuses = null;
    for (MethodCallExpr call : code.findAll(MethodCallExpr.class)) {
      List<String> thrown = List.of();
      CallMeaning.Request request = HttpClientCatalogue.request(view, call);
      ClassFacts.Helper<Node> helper = facts.helper(resolver.target(call).declaration());
      if (request != null && request.throwsOnHttpError()) {
        thrown = request.thrownTypes();
      } else if (request == null
          && helper != null
          && helper.sends()
          && helper.throwsOnHttpError()) {
        thrown = List.copyOf(helper.thrownTypes());
      }
      for (String type : thrown) {
        IntSet own = HttpErrorTypes.statuses(type).orElse(IntSet.EMPTY);
        statuses = statuses == null ? own : statuses.union(own);
      }
    }
    return statuses;
  }

  private Step call(MethodCallExpr call) {
    Resolver.CallTarget target = resolver.target(call);
    NodeAnchor anchor = new NodeAnchor(call);
    Step invoked = operands.workInvoked(call);
    if (invoked != null) {
      return invoked;
    }
    Step configured = RetryRecognisers.ofCall(call, this);
    if (!configured.equals(Step.NOTHING)) {
      return configured;
    }
    if (AsyncCallbacks.resendsHandledRequest(view, enclosing, call)) {
      return new Step.SelfCall(anchor);
    }
    CallMeaning.Request request = HttpClientCatalogue.request(view, call);
    if (request == null) {
      request = operands.ownRequest(call);
    }
    if (request != null) {
      return new Step.Request(
          anchor, callKey(call), request.thrownTypes(), request.throwsOnHttpError());
    }
    CallableDeclaration<?> callee = target.declaration();
    if (callee != null && Nodes.same(callee, enclosing)) {
      Step again = operands.workPassedOn(call.getArguments());
      if (again != null) {
        return again;
      }
      return sendsItself(callee) ? new Step.SelfCall(anchor) : Step.NOTHING;
    }
    List<Expression> arguments = call.getArguments();
    if (HttpClientCatalogue.waits(view, call, Wait.SLEEP)) {
      return new Step.Wait(
          anchor, operands.sleepHonoursRetryAfter(call), operands.delayGrowth(arguments));
    }
    if (HttpClientCatalogue.waits(view, call, Wait.SCHEDULE) && arguments.size() >= 2) {
      boolean fromRetryAfter = operands.isRetryAfterDerived(arguments.get(1));
      DelayGrowth growth = operands.delayGrowth(arguments.subList(1, arguments.size()));
      return new Step.Block(
          List.of(new Step.Wait(anchor, fromRetryAfter, growth), inline(arguments.get(0))));
    }
    if (HttpClientCatalogue.waits(view, call, Wait.DELAYED_EXECUTOR)) {
      return new Step.Wait(
          anchor,
          operands.isRetryAfterDerived(arguments.get(0)),
          operands.delayGrowth(arguments.subList(0, Math.min(2, arguments.size()))));
    }
    Step afterDelay = runsAfterDelayedExecutor(call.getScope().orElse(null), arguments);
    if (afterDelay != null) {
      return afterDelay;
    }
    ClassFacts.Helper<Node> helper = facts.helper(callee);
    Step retried =
        helper != null
            ? retriedWork(helper.method(), arguments, anchor, null)
            : callee == null ? retriedElsewhere(target, arguments, anchor) : null;
    if (retried != null) {
      return retried;
    }
    if (helper != null) {
      return helperCall(helper, anchor, callKey(call), arguments);
    }
    Step.Wait outOfSight = operands.waitOutOfSight(call, anchor);
    if (outOfSight != null) {
      return outOfSight;
    }
    if (HttpNames.namesCredentialRefresh(call.getNameAsString())) {
      return new Step.RefreshCredentials();
    }
    return Step.NOTHING;
  }

  /**
   * Whether a method sends a request of its own (directly or through same-class helpers): only then
   * does calling itself send it again. A method that walks an exception's causes by recursion
   * re-sends nothing.
   */
  private boolean sendsItself(CallableDeclaration<?> method) {
    ClassFacts.Helper<Node> self = facts.helper(method);
    return self != null && self.sends();
  }

  private Step helperCall(
      ClassFacts.Helper<Node> helper,
      NodeAnchor anchor,
      String callKey,
      List<Expression> arguments) {
    return helper.callSteps(
        anchor,
        callKey,
        arguments.stream().anyMatch(operands::isRetryAfterDerived),
        helperBody(helper.method(), arguments));
  }

  /**
   * A same-class helper's body lowered with the arguments of this call, for what it reads from the
   * error body or whether it passes the body on (its reads count as reads made here).
   */
  private Step helperBody(Node helper, List<Expression> arguments) {
    BlockStmt body = SourceFile.body(helper);
    List<Parameter> parameters =
        helper instanceof CallableDeclaration<?> callable ? callable.getParameters() : List.of();
    if (body == null
        || inlineDepth >= ConditionEvaluator.MAX_INLINE_DEPTH
        || parameters.size() != arguments.size()) {
      return Step.NOTHING;
    }
    if (operands.noneCarriesBody(arguments)) {
      return context.helperBodyGivenNoBody(
          helper, inlineDepth, () -> lowerHelperBody(helper, body, parameters, arguments));
    }
    return lowerHelperBody(helper, body, parameters, arguments);
  }

  private Step lowerHelperBody(
      Node helper, BlockStmt body, List<Parameter> parameters, List<Expression> arguments) {
    Operands<Node> bound = Operands.of(body, facts, this);
    for (int i = 0; i < parameters.size(); i++) {
      bound = bound.bind(parameters.get(i), arguments.get(i), operands);
    }
    JavaParserLowering nested = helperLowering(helper, body, bound, "$helper");
    return nested.statement(body);
  }

  /** A lowering of a same-class helper's body, one inlining level deeper. */
  private JavaParserLowering helperLowering(
      Node helper, BlockStmt body, Operands<Node> bound, String suffix) {
    bound.learn(body);
    JavaParserLowering nested =
        new JavaParserLowering(
            context, facts, enclosingClass, helper, bound, new ArrayList<>(), unitPrefix + suffix);
    nested.inlineDepth = inlineDepth + 1;
    return nested;
  }

  /**
   * A generic retry helper called with a lambda or method reference that sends: the helper's body
   * with each invocation of the functional parameter doing the argument's work, or null when no
   * argument sends or the helper does not run it again ({@link RetriedWork}). {@code elsewhere}: a
   * lowering of the helper in its own file, when it is declared in another file of the project;
   * null for a same-class helper. An argument that is a functional parameter of the method being
   * lowered (a helper passing its work on) does that parameter's work.
   */
  private @Nullable Step retriedWork(
      Node helper,
      List<Expression> arguments,
      NodeAnchor anchor,
      @Nullable JavaParserLowering elsewhere) {
    BlockStmt body = SourceFile.body(helper);
    List<Parameter> parameters =
        helper instanceof CallableDeclaration<?> callable ? callable.getParameters() : List.of();
    if (body == null
        || inlineDepth >= ConditionEvaluator.MAX_INLINE_DEPTH
        || parameters.size() != arguments.size()) {
      return null;
    }
    JavaParserLowering side = elsewhere == null ? this : elsewhere;
    Operands<Node> bound = Operands.of(body, side.facts, side);
    List<Step> works = new ArrayList<>();
    String label = unitPrefix + "$retried" + inlineDepth;
    for (int i = 0; i < parameters.size(); i++) {
      Expression argument = JavaParserCodeView.strip(arguments.get(i));
      bound = bound.bind(parameters.get(i), argument, operands);
      JavaParserLowering caller =
          new JavaParserLowering(
              context, facts, enclosingClass, enclosing, operands, new ArrayList<>(), unitPrefix);
      caller.inlineDepth = inlineDepth + 1;
      Step passedOn = operands.workPassedOn(List.of(argument));
      Step work =
          passedOn != null
              ? passedOn
              : argument instanceof LambdaExpr
                  ? RetriedWork.work(caller.inline(argument), label + "$work" + i)
                  : argument instanceof MethodReferenceExpr reference
                      ? RetriedWork.work(caller.referencedMethod(reference), label + "$work" + i)
                      : null;
      if (work != null) {
        bound = bound.bindWork(parameters.get(i), work);
        works.add(work);
      }
    }
    if (works.isEmpty()) {
      return null;
    }
    JavaParserLowering nested;
    if (elsewhere == null) {
      nested = helperLowering(helper, body, bound, "$retried");
    } else {
      bound.learn(body);
      nested = elsewhere;
      nested.operands = bound;
    }
    return RetriedWork.retriedAt(nested.statement(body), works, label, anchor, elsewhere != null);
  }

  /**
   * A call of a method declared in another file of the project with a lambda or method reference
   * argument ({@code Retries.withRetry(() -> client.send(..))}): judged as a generic retry helper
   * ({@link #retriedWork}), its body lowered in its own file, with that file's imports and the
   * helpers of its class. Null when the call has no such argument or the method is not found.
   */
  private @Nullable Step retriedElsewhere(
      Resolver.CallTarget target, List<Expression> arguments, NodeAnchor anchor) {
    if (target.owner() == null
        || inlineDepth >= ConditionEvaluator.MAX_INLINE_DEPTH
        || arguments.stream()
            .map(JavaParserCodeView::strip)
            .noneMatch(a -> a instanceof LambdaExpr || a instanceof MethodReferenceExpr)) {
      return null;
    }
    CallableDeclaration<?> helper =
        resolver.methodElsewhere(target.owner(), target.name(), arguments.size());
    FileLowering there = helper == null ? null : resolver.fileHolding(helper);
    Node helperClass = helper == null ? null : SourceFile.enclosingClass(helper).orElse(null);
    BlockStmt body = helper == null ? null : SourceFile.body(helper);
    if (there == null || helperClass == null || body == null) {
      return null;
    }
    JavaParserLowering elsewhere = inOwnFile(helper, helperClass, "$elsewhere");
    elsewhere.facts = elsewhere.factsOf(helperClass);
    elsewhere.inlineDepth = inlineDepth + 1;
    return retriedWork(helper, arguments, anchor, elsewhere);
  }

  /** {@code this(...)} / {@code super(...)}: javac sees a method invocation of the constructor. */
  private Step constructorCall(ExplicitConstructorInvocationStmt call) {
    List<Step> steps = new ArrayList<>();
    Expression outer = call.getExpression().orElse(null);
    Set<Node> inlined = inlinedTasks(outer, call.getArguments(), call);
    if (outer != null) {
      scan(outer, steps);
    }
    for (Expression argument : call.getArguments()) {
      if (!inlined.contains(JavaParserCodeView.strip(argument))) {
        scan(argument, steps);
      }
    }
    Step afterDelay = runsAfterDelayedExecutor(outer, call.getArguments());
    if (afterDelay != null) {
      steps.add(afterDelay);
    } else {
      ClassFacts.Helper<Node> helper = facts.helper(resolver.constructorCalled(call));
      if (helper != null) {
        String key = CodeView.withoutWhitespace(context.file.text(call));
        if (key.endsWith(";")) {
          key = key.substring(0, key.length() - 1);
        }
        steps.add(helperCall(helper, new NodeAnchor(call), key, call.getArguments()));
      } else {
        steps.add(Step.NOTHING);
      }
    }
    return steps.size() == 1 ? steps.get(0) : new Step.Block(steps);
  }

  /**
   * {@code runAsync(task, delayedExecutor(...))} and the like: the delayed executor's wait is
   * already a step (it is an argument); the lambda arguments run after it.
   */
  private @Nullable Step runsAfterDelayedExecutor(
      @Nullable Expression receiver, List<Expression> arguments) {
    boolean delayed =
        arguments.stream().anyMatch(this::containsDelayedExecutor)
            || (receiver != null && chainContainsDelayedExecutor(receiver));
    if (!delayed) {
      return null;
    }
    List<Step> steps = new ArrayList<>();
    for (Expression argument : arguments) {
      if (JavaParserCodeView.strip(argument) instanceof LambdaExpr) {
        steps.add(inline(argument));
      } else if (JavaParserCodeView.strip(argument) instanceof MethodReferenceExpr reference) {
        steps.add(referencedMethod(reference));
      }
    }
    return new Step.Block(steps);
  }

  /**
   * {@code this::send} run after a delayed executor's wait: a call of this method (a re-send) or of
   * a same-class helper (what it sends and waits for). Only a name that no other method of the
   * class has is followed.
   */
  private Step referencedMethod(MethodReferenceExpr reference) {
    Expression scope = reference.getScope();
    boolean own =
        (scope instanceof ThisExpr self && self.getTypeName().isEmpty())
            || (scope instanceof TypeExpr type
                && enclosingClass instanceof TypeDeclaration<?> declared
                && type.getType().asString().equals(declared.getNameAsString()));
    List<CallableDeclaration<?>> methods =
        own ? Resolver.methodsNamed(enclosingClass, reference.getIdentifier()) : List.of();
    if (methods.size() != 1) {
      return Step.NOTHING;
    }
    NodeAnchor anchor = new NodeAnchor(reference);
    if (Nodes.same(methods.get(0), enclosing)) {
      return new Step.SelfCall(anchor);
    }
    ClassFacts.Helper<Node> helper = facts.helper(methods.get(0));
    return helper == null
        ? Step.NOTHING
        : helper.callSteps(
            anchor, CodeView.withoutWhitespace(context.file.text(reference)), false, Step.NOTHING);
  }

  /**
   * Whether a call chain has a stage that runs on a delayed executor: later stages run after its
   * wait.
   */
  private boolean chainContainsDelayedExecutor(Expression receiver) {
    Expression tree = JavaParserCodeView.strip(receiver);
    while (tree instanceof MethodCallExpr stage) {
      if (stage.getArguments().stream().anyMatch(this::containsDelayedExecutor)) {
        return true;
      }
      Optional<Expression> next = stage.getScope();
      if (next.isEmpty()) {
        return false;
      }
      tree = JavaParserCodeView.strip(next.get());
    }
    return false;
  }

  private boolean containsDelayedExecutor(Expression argument) {
    Expression tree = JavaParserCodeView.strip(argument);
    if (HttpClientCatalogue.waits(view, tree, Wait.DELAYED_EXECUTOR)) {
      return true;
    }
    if (!(tree instanceof NameExpr)) {
      return false;
    }
    Node declaration = resolver.declarationOf(tree);
    return declaration != null && delayedExecutorVariables().contains(declaration);
  }

  private Set<Node> delayedExecutorVariables() {
    if (delayedExecutorVariables == null) {
      Set<Node> found = Collections.newSetFromMap(new IdentityHashMap<>());
      BlockStmt body = SourceFile.body(enclosing);
      if (body != null) {
        body.walk(
            VariableDeclarator.class,
            variable -> {
              if (variable.getInitializer().isPresent()
                  && HttpClientCatalogue.waits(
                      view,
                      JavaParserCodeView.strip(variable.getInitializer().get()),
                      Wait.DELAYED_EXECUTOR)) {
                found.add(variable);
              }
            });
      }
      delayedExecutorVariables = found;
    }
    return delayedExecutorVariables;
  }

  private String callKey(MethodCallExpr call) {
    return CodeView.withoutWhitespace(context.file.text(call));
  }

  // ---------------------------------------------------------------- for the library retry
  // recognisers

  /** The class body declaring the method being lowered. */
  Node enclosingClass() {
    return enclosingClass;
  }

  /** The method or constructor being lowered. */
  Node enclosing() {
    return enclosing;
  }

  /** The condition an expression tests, lowered as an if condition here would be. */
  @Override
  public Condition conditionOf(Node expression) {
    return condition((Expression) expression);
  }

  @Override
  public boolean sendsRequestIn(Node code) {
    for (MethodCallExpr call : code.findAll(MethodCallExpr.class)) {
      ClassFacts.Helper<Node> helper = helperCalled(call);
      if (HttpClientCatalogue.request(view, call) != null || (helper != null && helper.sends())) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Set<String> requestExceptionsIn(Node code) {
    Set<String> thrown = new LinkedHashSet<>();
    for (Node call : view.callsIn(code)) {
      CallMeaning.Request request = HttpClientCatalogue.request(view, call);
      if (request != null) {
        thrown.addAll(request.thrownTypes());
      }
      ClassFacts.Helper<Node> helper = helperCalled(call);
      if (helper != null && helper.sends()) {
        thrown.addAll(helper.thrownTypes());
      }
    }
    return thrown;
  }

  @Override
  public boolean readsRetryAfterWithHelpers(Node call) {
    ClassFacts.Helper<Node> helper = helperCalled(call);
    return HttpClientCatalogue.readsRetryAfter(view, call)
        || (helper != null && (helper.returnsRetryAfter() || helper.waitsForRetryAfter()));
  }

  @Override
  public @Nullable Node initialiserOf(Node name) {
    if (!(name instanceof NameExpr) && !(name instanceof FieldAccessExpr)) {
      return null;
    }
    Node declaration = resolver.declarationOf((Expression) name);
    if (!(declaration instanceof VariableDeclarator variable)
        || variable.getInitializer().isEmpty()) {
      return null;
    }
    boolean held =
        variable.getParentNode().orElse(null) instanceof FieldDeclaration
            ? Nodes.same(SourceFile.enclosingClass(variable).orElse(null), enclosingClass)
            : Nodes.same(enclosingMethod(variable), enclosingMethod(enclosing));
    return held ? variable.getInitializer().get() : null;
  }

  @Override
  public Node enclosingMethodOrClass() {
    Node method = enclosingMethod(enclosing);
    return method != null ? method : enclosingClass;
  }

  /** The method or constructor a node is, or is inside of. */
  private static @Nullable Node enclosingMethod(Node node) {
    for (Node current = node; current != null; current = current.getParentNode().orElse(null)) {
      if (current instanceof CallableDeclaration<?>) {
        return current;
      }
    }
    return null;
  }

  @Override
  public Condition caseConditionOf(Node selector, List<? extends Node> labels) {
    return evaluator().caseCondition(operands.kindOf((Expression) selector), labels);
  }

  @Override
  public boolean readsRetryAfterCall(Node call) {
    return call instanceof MethodCallExpr methodCall
        && HttpClientCatalogue.readsRetryAfter(view, methodCall);
  }

  @Override
  public boolean isSleepCall(Node call) {
    return HttpClientCatalogue.waits(view, call, Wait.SLEEP);
  }

  /** The same-class helper a call names (what it sends, waits for, returns), or null. */
  @Override
  public ClassFacts.@Nullable Helper<Node> helperCalled(Node call) {
    return facts.helper(resolver.target((MethodCallExpr) call).declaration());
  }

  // ---------------------------------------------------------------- conditions

  private Condition condition(Expression expression) {
    return evaluator().condition(expression);
  }

  private ConditionEvaluator<Node> evaluator() {
    return new ConditionEvaluator<>(this, facts, operands, inlineDepth);
  }

  private List<String> typeAndSupertypes(@Nullable String type) {
    return type == null || Resolver.isPrimitive(type) ? List.of() : resolver.classChain(type);
  }
}
