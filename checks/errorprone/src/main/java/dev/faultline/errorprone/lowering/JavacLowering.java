package dev.faultline.errorprone.lowering;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.SynchronizedTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.UnionTypeTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.tree.YieldTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
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
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Lowers a javac method body to the analysis model. */
public final class JavacLowering implements LoweringContext<Tree> {
  private static final String LOOP_TARGET = "";

  private final VisitorState state;
  private ClassFacts<Tree> facts;

  /** The facts of the classes already seen, by the class they were computed for. */
  private static final CompilationUnitCache.Slot<ClassFacts<Tree>> FACTS =
      new CompilationUnitCache.Slot<>("class facts");

  /** What walking a piece of code found for learning its values ({@link #walkOf}), by the code. */
  private static final CompilationUnitCache.Slot<CodeWalk<Tree>> WALKS =
      new CompilationUnitCache.Slot<>("code walks");

  /**
   * Same-class helpers' bodies lowered, by inlining depth, for calls that give them no part of the
   * error body ({@link Operands#noneCarriesBody}): the same for every such call, so lowered once.
   */
  private static final CompilationUnitCache.Slot<Map<Integer, Step>> HELPER_BODIES =
      new CompilationUnitCache.Slot<>("helper bodies");

  private final MethodSymbol enclosing;
  private final List<Unit> units;
  private final String unitPrefix;
  private Operands<Tree> operands;
  private final Deque<String> breakTargets = new ArrayDeque<>();
  private int switchCount;
  private int inlineDepth;

  /**
   * Set while lowering a retried work for a retry recogniser: library retries are not recognised
   * again.
   */
  private boolean lowersRetriedWork;

  private final JavacCodeView view;

  private JavacLowering(
      VisitorState state,
      ClassFacts<Tree> facts,
      MethodSymbol enclosing,
      Operands<Tree> operands,
      List<Unit> units,
      String unitPrefix) {
    this.state = state;
    this.facts = facts;
    this.enclosing = enclosing;
    this.operands = operands;
    this.units = units;
    this.unitPrefix = unitPrefix;
    this.view = new JavacCodeView(state);
  }

  @Override
  public JavacCodeView view() {
    return view;
  }

  @Override
  public Tree member() {
    return state.getPath().getLeaf();
  }

  @Override
  public Condition lambdaCondition(Tree lambda, Tree typingCall, int typedParameters) {
    return lambdaCondition((LambdaExpressionTree) lambda);
  }

  @Override
  public boolean readsRetryAfter(Tree value) {
    return operands.isRetryAfterDerived((ExpressionTree) value);
  }

  @Override
  public boolean classReadsRetryAfter(Tree classDeclaration) {
    boolean[] reads = {false};
    new TreeScanner<Void, Void>() {
      @Override
      public Void scan(Tree tree, Void unused) {
        if (tree instanceof ExpressionTree expression
            && HttpClientCatalogue.namesRetryAfter(view, expression)) {
          reads[0] = true;
        }
        return super.scan(tree, null);
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        if (ASTHelpers.getSymbol(call) != null && HttpClientCatalogue.readsRetryAfter(view, call)) {
          reads[0] = true;
        }
        return super.visitMethodInvocation(call, null);
      }
    }.scan(classDeclaration, null);
    return reads[0];
  }

  @Override
  public boolean readsStatusCode(Tree call) {
    return HttpClientCatalogue.statusRead(view, call) == StatusRead.INT;
  }

  @Override
  public boolean readsStatusObject(Tree call) {
    return HttpClientCatalogue.statusRead(view, call) == StatusRead.OBJECT;
  }

  @Override
  public boolean parsesBody(Tree call) {
    return HttpClientCatalogue.bodySource(view, call) == BodySource.PARSED;
  }

  @Override
  public boolean readsRawBody(Tree expression) {
    return HttpClientCatalogue.bodySource(view, expression) == BodySource.RAW;
  }

  @Override
  public String bodyValueRead(Tree call, String receiverPath) {
    ErrorBodyCalls.Access access = ErrorBodyCalls.access(view, call, receiverPath);
    return access == null
            || access.kind() == Step.ReadKind.PRESENCE
            || access.kind() == Step.ReadKind.TYPE_CHECK
        ? null
        : access.field();
  }

  @Override
  public List<String> requestThrownTypes(Tree call) {
    CallMeaning.Request request = HttpClientCatalogue.request(view, call);
    return request == null ? null : request.thrownTypes();
  }

  @Override
  public boolean requestThrowsOnHttpError(Tree call) {
    CallMeaning.Request request = HttpClientCatalogue.request(view, call);
    return request != null && request.throwsOnHttpError();
  }

  /**
   * The units of a method: its body, and the bodies of the lambdas in it that run on their own (not
   * those that run right after a wait, which belong to the body). A method without a body (an
   * interface or abstract method) is a unit only for the retries its annotations declare.
   */
  public static List<Unit> lowerMethod(
      MethodTree method, ClassTree enclosingClass, VisitorState state) {
    List<Unit> units = new ArrayList<>();
    if (method.getBody() == null && method.getModifiers().getAnnotations().isEmpty()) {
      return units;
    }
    MethodSymbol symbol = ASTHelpers.getSymbol(method);
    String name = symbol.owner.getSimpleName() + "." + symbol.getSimpleName();
    JavacLowering lowering = new JavacLowering(state, null, symbol, null, units, name);
    lowering.start(enclosingClass, method.getBody() == null ? method : method.getBody());
    Step body = method.getBody() == null ? Step.NOTHING : lowering.statement(method.getBody());
    Step callback = ErrorCallbacks.arrivesInMethod((Tree) method, lowering);
    Step arrives =
        AsyncCallbacks.handlesTransportFailure(lowering.view, method)
            ? null
            : callback != null ? callback : responseParameter(method);
    List<Step> steps = new ArrayList<>();
    if (arrives != null) {
      steps.add(arrives);
    }
    steps.addAll(RetryRecognisers.ofMethod(method, lowering));
    steps.addAll(DeviceCodePolls.ofMethod(method, lowering));
    steps.addAll(RetryAfterParses.numberOnly(method.getBody(), lowering, lowering.operands));
    steps.add(body);
    units.add(0, new Unit(name, Step.block(steps)));
    return units;
  }

  /**
   * The units of a field's initializer or of an initializer block: the code that runs when the
   * class (or the instance) is set up, and the lambdas in it that run on their own.
   */
  public static List<Unit> lowerInitializer(
      Tree member, ClassTree enclosingClass, VisitorState state) {
    List<Unit> units = new ArrayList<>();
    Tree code = member instanceof VariableTree field ? field.getInitializer() : member;
    String name =
        enclosingClass.getSimpleName()
            + "."
            + (member instanceof VariableTree field ? field.getName() : "<clinit>");
    JavacLowering lowering = new JavacLowering(state, null, null, null, units, name);
    lowering.start(enclosingClass, code);
    Step body =
        code instanceof ExpressionTree expression
            ? lowering.expression(expression)
            : lowering.statement((StatementTree) code);
    units.add(0, new Unit(name, RetryAfterParses.before(body, code, lowering, lowering.operands)));
    return units;
  }

  /**
   * Sets up a lowering of {@code code}: the facts of the class it is in, and what its variables
   * hold.
   */
  private void start(ClassTree enclosingClass, Tree code) {
    facts = factsOf(enclosingClass);
    operands = Operands.of(code, facts, this);
  }

  @Override
  public CodeWalk<Tree> walkOf(Tree code) {
    return CompilationUnitCache.get(state, WALKS, code, () -> CodeWalk.of(code, view));
  }

  @Override
  public ClassFacts<Tree> factsOf(Tree classDeclaration) {
    Tree owner = ClassFacts.owner(classDeclaration, view);
    return CompilationUnitCache.get(state, FACTS, owner, () -> ClassFacts.of(owner, this));
  }

  /**
   * A handler method that takes the failed response (an HTTP error exception, or a response object)
   * starts with that response in hand.
   */
  private static Step responseParameter(MethodTree method) {
    for (VariableTree parameter : method.getParameters()) {
      String type = qualifiedName(ASTHelpers.getType(parameter));
      if (HttpErrorTypes.carriesHttpStatus(type)) {
        return new Step.ResponseArrives(HttpErrorTypes.statuses(type).orElseThrow(), true);
      }
      if (RESPONSE_TYPES.contains(type)) {
        return new Step.ResponseArrives(HttpErrorTypes.ANY_HTTP_STATUS, false);
      }
    }
    return null;
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

  VisitorState state() {
    return state;
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
  public Step lowerRetriedWork(Tree work) {
    JavacLowering nested =
        new JavacLowering(
            state, facts, enclosing, operands, new ArrayList<>(), unitPrefix + "$work");
    nested.lowersRetriedWork = true;
    if (work instanceof LambdaExpressionTree lambda) {
      JavacLowering elsewhere = ofOtherMethodBody(lambda);
      return (elsewhere == null ? nested : elsewhere).lowerRetriedWork(lambda.getBody());
    }
    JavacLowering elsewhere = work instanceof BlockTree ? ofOtherMethodBody(work) : null;
    if (elsewhere != null) {
      return elsewhere.statement((StatementTree) work);
    }
    return work instanceof ExpressionTree expression
        ? nested.expression(expression)
        : nested.statement((StatementTree) work);
  }

  /**
   * A lowering of a method of another class (of this file, or of another file of the compilation),
   * set up at its own path.
   */
  private JavacLowering inOwnFile(TreePath methodPath, MethodSymbol symbol, String suffix) {
    return new JavacLowering(
        state.withPath(methodPath), null, symbol, null, new ArrayList<>(), unitPrefix + suffix);
  }

  /**
   * A lowering of retried work for the body of another method (an implementation of the annotated
   * interface method, of this file or of another file of the package), or for a lambda written in
   * another method (the work a template bean of another class is given), set up in its own file and
   * class; null when the body is that of the method being lowered, or cannot be placed.
   */
  private @Nullable JavacLowering ofOtherMethodBody(Tree body) {
    TreePath path = view.pathOf(body);
    TreePath methodPath =
        path == null
            ? null
            : body instanceof LambdaExpressionTree
                ? enclosingMethodPath(path)
                : path.getParentPath();
    if (methodPath == null || !(methodPath.getLeaf() instanceof MethodTree method)) {
      return null;
    }
    MethodSymbol symbol = ASTHelpers.getSymbol(method);
    ClassTree owner = ASTHelpers.findEnclosingNode(methodPath, ClassTree.class);
    if (symbol == null || symbol.equals(enclosing) || owner == null) {
      return null;
    }
    JavacLowering nested = inOwnFile(methodPath, symbol, "$work");
    nested.lowersRetriedWork = true;
    nested.start(owner, body);
    return nested;
  }

  /** The path of the method whose body holds a node, or null. */
  private static @Nullable TreePath enclosingMethodPath(TreePath path) {
    for (TreePath up = path.getParentPath(); up != null; up = up.getParentPath()) {
      if (up.getLeaf() instanceof MethodTree) {
        return up;
      }
      if (up.getLeaf() instanceof ClassTree) {
        return null;
      }
    }
    return null;
  }

  /**
   * The condition under which a retry predicate (a lambda, or a method such as a {@code
   * shouldRetry}) returns true, read with the condition machinery of this lowering: instanceof an
   * HTTP exception type, status comparisons.
   */
  @Override
  public Condition retryPredicate(Tree predicate) {
    Tree body =
        predicate instanceof LambdaExpressionTree lambda
            ? lambda.getBody()
            : predicate instanceof MethodTree method ? method.getBody() : null;
    if (body instanceof ExpressionTree expression) {
      return condition(expression);
    }
    return body instanceof BlockTree block ? evaluator().returnsTrue(block) : Condition.UNKNOWN;
  }

  // ---------------------------------------------------------------- statements

  private Step statements(List<? extends StatementTree> statements) {
    List<Step> steps = new ArrayList<>();
    for (StatementTree statement : statements) {
      steps.add(statement(statement));
    }
    return Step.block(steps);
  }

  private Step statement(StatementTree tree) {
    if (tree == null) {
      return Step.NOTHING;
    }
    if (tree instanceof BlockTree block) {
      return statements(block.getStatements());
    }
    if (tree instanceof ExpressionStatementTree expression) {
      return expression(expression.getExpression());
    }
    if (tree instanceof VariableTree variable) {
      return variable.getInitializer() == null
          ? Step.NOTHING
          : expression(variable.getInitializer());
    }
    if (tree instanceof IfTree ifTree) {
      return Step.block(
          List.of(
              expression(ifTree.getCondition()),
              new Step.Branch(
                  condition(ifTree.getCondition()),
                  statement(ifTree.getThenStatement()),
                  statement(ifTree.getElseStatement()))));
    }
    if (tree instanceof WhileLoopTree loop) {
      return loop(
          LoopKinds.of(loop.getCondition(), this),
          loopCondition(loop.getCondition()),
          true,
          loop.getStatement(),
          List.of(),
          null,
          loop.getCondition());
    }
    if (tree instanceof DoWhileLoopTree loop) {
      return loop(
          Step.LoopKind.RETRY,
          loopCondition(loop.getCondition()),
          false,
          loop.getStatement(),
          List.of(),
          null,
          loop.getCondition());
    }
    if (tree instanceof ForLoopTree loop) {
      return forLoop(loop, null);
    }
    if (tree instanceof EnhancedForLoopTree loop) {
      return Step.block(
          List.of(
              expression(loop.getExpression()),
              loop(
                  Step.LoopKind.ITERATION,
                  Condition.UNKNOWN,
                  true,
                  loop.getStatement(),
                  List.of(),
                  null,
                  null)));
    }
    if (tree instanceof LabeledStatementTree labeled) {
      return labeled(labeled);
    }
    if (tree instanceof TryTree tryTree) {
      return tryStatement(tryTree);
    }
    if (tree instanceof SwitchTree switchTree) {
      return switchCases(switchTree.getExpression(), switchTree.getCases());
    }
    if (tree instanceof ReturnTree returnTree) {
      Step passOn =
          returnTree.getExpression() != null && operands.passesRawBody(returnTree.getExpression())
              ? new Step.RawBodyPassOn(new TreeAnchor(returnTree))
              : Step.NOTHING;
      return Step.block(List.of(expression(returnTree.getExpression()), passOn, new Step.Return()));
    }
    if (tree instanceof ThrowTree throwTree) {
      // Rethrowing the client's own exception passes the whole error (body included) on.
      Step passOn =
          HttpErrorTypes.carriesHttpStatus(
                      qualifiedName(ASTHelpers.getType(throwTree.getExpression())))
                  && JavacCodeView.strip(throwTree.getExpression()) instanceof IdentifierTree
              ? new Step.RawBodyPassOn(new TreeAnchor(throwTree))
              : Step.NOTHING;
      return Step.block(
          List.of(
              expression(throwTree.getExpression()),
              passOn,
              new Step.Throw(typeAndSupertypes(ASTHelpers.getType(throwTree.getExpression())))));
    }
    if (tree instanceof BreakTree breakTree) {
      if (breakTree.getLabel() != null) {
        return new Step.Break(breakTree.getLabel().toString());
      }
      String target = breakTargets.isEmpty() ? LOOP_TARGET : breakTargets.peek();
      return new Step.Break(target.equals(LOOP_TARGET) ? null : target);
    }
    if (tree instanceof ContinueTree continueTree) {
      return new Step.Continue(
          continueTree.getLabel() == null ? null : continueTree.getLabel().toString());
    }
    if (tree instanceof YieldTree yield) {
      String target = breakTargets.isEmpty() ? LOOP_TARGET : breakTargets.peek();
      return Step.block(List.of(expression(yield.getValue()), new Step.Break(target)));
    }
    if (tree instanceof SynchronizedTree synchronizedTree) {
      return statement(synchronizedTree.getBlock());
    }
    return Step.NOTHING;
  }

  private Step labeled(LabeledStatementTree labeled) {
    String label = labeled.getLabel().toString();
    StatementTree inner = labeled.getStatement();
    if (inner instanceof WhileLoopTree loop) {
      return loop(
          LoopKinds.of(loop.getCondition(), this),
          loopCondition(loop.getCondition()),
          true,
          loop.getStatement(),
          List.of(),
          label,
          loop.getCondition());
    }
    if (inner instanceof DoWhileLoopTree loop) {
      return loop(
          Step.LoopKind.RETRY,
          loopCondition(loop.getCondition()),
          false,
          loop.getStatement(),
          List.of(),
          label,
          loop.getCondition());
    }
    if (inner instanceof ForLoopTree loop) {
      return forLoop(loop, label);
    }
    if (inner instanceof EnhancedForLoopTree loop) {
      return Step.block(
          List.of(
              expression(loop.getExpression()),
              loop(
                  Step.LoopKind.ITERATION,
                  Condition.UNKNOWN,
                  true,
                  loop.getStatement(),
                  List.of(),
                  label,
                  null)));
    }
    return new Step.Labeled(label, statement(inner));
  }

  private Step forLoop(ForLoopTree loop, String label) {
    List<Step> init = new ArrayList<>();
    loop.getInitializer().forEach(s -> init.add(statement(s)));
    Condition condition = loop.getCondition() == null ? null : loopCondition(loop.getCondition());
    Step.LoopKind kind =
        loop.getCondition() == null ? Step.LoopKind.RETRY : LoopKinds.of(loop.getCondition(), this);
    init.add(
        loop(
            kind,
            condition,
            true,
            loop.getStatement(),
            loop.getUpdate(),
            label,
            loop.getCondition()));
    return Step.block(init);
  }

  private Step loop(
      Step.LoopKind kind,
      Condition condition,
      boolean testedFirst,
      StatementTree body,
      List<? extends StatementTree> updates,
      String label,
      ExpressionTree test) {
    breakTargets.push(LOOP_TARGET);
    try {
      List<Step> steps = new ArrayList<>();
      steps.add(statement(body));
      updates.forEach(u -> steps.add(statement(u)));
      return new Step.Loop(
          kind,
          condition,
          testedFirst,
          Step.block(steps),
          label,
          expression(test),
          LoopKinds.maxRounds(test, this));
    } finally {
      breakTargets.pop();
    }
  }

  /** A loop condition: {@code null} for a loop only break, return or throw can leave. */
  private Condition loopCondition(ExpressionTree condition) {
    return Boolean.TRUE.equals(ASTHelpers.constValue(condition)) ? null : condition(condition);
  }

  private Step tryStatement(TryTree tryTree) {
    List<Step> body = new ArrayList<>();
    for (Tree resource : tryTree.getResources()) {
      if (resource instanceof VariableTree variable) {
        body.add(statement(variable));
      } else if (resource instanceof ExpressionTree expression) {
        body.add(expression(expression));
      }
    }
    body.add(statement(tryTree.getBlock()));
    List<Step.Catch> catches = new ArrayList<>();
    for (CatchTree clause : tryTree.getCatches()) {
      Tree type = clause.getParameter().getType();
      List<String> types = new ArrayList<>();
      if (type instanceof UnionTypeTree union) {
        union.getTypeAlternatives().forEach(t -> types.add(qualifiedName(ASTHelpers.getType(t))));
      } else {
        types.add(qualifiedName(ASTHelpers.getType(type)));
      }
      catches.add(new Step.Catch(types, statement(clause.getBlock())));
    }
    Step finallyBlock =
        tryTree.getFinallyBlock() == null ? null : statement(tryTree.getFinallyBlock());
    return new Step.TryCatch(Step.block(body), catches, finallyBlock);
  }

  private Step switchCases(ExpressionTree selector, List<? extends CaseTree> cases) {
    String label = "switch#" + switchCount++;
    Operands.Kind kind = operands.kindOf(selector);
    breakTargets.push(label);
    try {
      List<Step> bodies = new ArrayList<>();
      List<Condition> conditions = new ArrayList<>();
      Step defaultBody = Step.NOTHING;
      for (int i = 0; i < cases.size(); i++) {
        CaseTree caseTree = cases.get(i);
        Step body = caseBody(cases, i);
        if (caseTree.getExpressions().isEmpty()) {
          defaultBody = body;
          continue;
        }
        conditions.add(evaluator().caseCondition(kind, caseTree.getExpressions()));
        bodies.add(body);
      }
      Step chain = defaultBody;
      for (int i = bodies.size() - 1; i >= 0; i--) {
        chain = new Step.Branch(conditions.get(i), bodies.get(i), chain);
      }
      return Step.block(List.of(expression(selector), new Step.Labeled(label, chain)));
    } finally {
      breakTargets.pop();
    }
  }

  /** A case's own statements, followed by the next case's when they fall through to it. */
  private Step caseBody(List<? extends CaseTree> cases, int index) {
    CaseTree caseTree = cases.get(index);
    if (caseTree.getCaseKind() == CaseTree.CaseKind.RULE) {
      Tree body = caseTree.getBody();
      if (body instanceof ExpressionTree expression) {
        return expression(expression);
      }
      return statement((StatementTree) body);
    }
    List<? extends StatementTree> own = caseTree.getStatements();
    Step step = statements(own);
    boolean fallsThrough = own.isEmpty() || completesNormally(own.get(own.size() - 1));
    if (fallsThrough && index + 1 < cases.size()) {
      return Step.block(List.of(step, caseBody(cases, index + 1)));
    }
    return step;
  }

  private static boolean completesNormally(StatementTree last) {
    return !(last instanceof BreakTree
        || last instanceof ReturnTree
        || last instanceof ThrowTree
        || last instanceof ContinueTree
        || last instanceof YieldTree);
  }

  // ---------------------------------------------------------------- expressions

  /** The steps an expression performs, in evaluation order. */
  private Step expression(ExpressionTree expression) {
    if (expression == null) {
      return Step.NOTHING;
    }
    List<Step> steps = new ArrayList<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        if (HttpClientCatalogue.isStatusHandler(view, call)
            && call.getArguments().size() == 2
            && JavacCodeView.strip(call.getArguments().get(1))
                instanceof LambdaExpressionTree handler) {
          scan(call.getMethodSelect(), null);
          lowerStatusHandler(call.getArguments().get(0), handler);
          return null;
        }
        Step.ResponseArrives failure = ErrorCallbacks.arrivesInFunctionOf(call, JavacLowering.this);
        if (failure != null) {
          scan(call.getMethodSelect(), null);
          for (ExpressionTree argument : call.getArguments()) {
            if (JavacCodeView.strip(argument) instanceof LambdaExpressionTree handler) {
              lowerHandler(handler, failure, "$handler");
            } else {
              scan(argument, null);
            }
          }
          steps.add(bodyAccess(call));
          steps.add(call(call));
          return null;
        }
        Tree handedBody = ErrorCallbacks.bodyHandedToFunction(view, call);
        if (handedBody != null) {
          scan(call.getMethodSelect(), null);
          for (ExpressionTree argument : call.getArguments()) {
            if (JavacCodeView.strip(argument) instanceof LambdaExpressionTree function
                && function.getParameters().size() == 1) {
              steps.add(handedBody(function, handedBody));
            } else {
              scan(argument, null);
            }
          }
          steps.add(bodyAccess(call));
          steps.add(call(call));
          return null;
        }
        // Lambdas that run right after a wait are lowered into this path by call(), not as units of
        // their own.
        Set<Tree> inlined = inlinedTasks(call);
        scan(call.getMethodSelect(), null);
        for (ExpressionTree argument : call.getArguments()) {
          if (!inlined.contains(JavacCodeView.strip(argument))) {
            scan(argument, null);
          }
        }
        steps.add(bodyAccess(call));
        steps.add(call(call));
        return null;
      }

      @Override
      public Void visitInstanceOf(InstanceOfTree tree, Void unused) {
        super.visitInstanceOf(tree, null);
        String path = operands.jsonPath(tree.getExpression());
        if (path != null) {
          steps.add(new Step.BodyRead(new TreeAnchor(tree), path, Step.ReadKind.TYPE_CHECK));
        }
        return null;
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree lambda, Void unused) {
        lowerSeparately(lambda);
        return null;
      }

      @Override
      public Void visitClass(ClassTree tree, Void unused) {
        return null;
      }

      @Override
      public Void visitNewClass(NewClassTree tree, Void unused) {
        scan(tree.getArguments(), null);
        if (isThrowable(ASTHelpers.getType(tree))
            && tree.getArguments().stream().anyMatch(operands::passesRawBody)) {
          steps.add(new Step.RawBodyPassOn(new TreeAnchor(tree)));
        }
        return null;
      }

      @Override
      public Void visitConditionalExpression(ConditionalExpressionTree tree, Void unused) {
        steps.add(expression(tree.getCondition()));
        steps.add(
            Step.conditional(
                condition(tree.getCondition()),
                expression(tree.getTrueExpression()),
                expression(tree.getFalseExpression()),
                new TreeAnchor(tree)));
        return null;
      }

      @Override
      public Void visitSwitchExpression(SwitchExpressionTree tree, Void unused) {
        steps.add(switchCases(tree.getExpression(), tree.getCases()));
        return null;
      }
    }.scan(expression, null);
    return steps.size() == 1 ? steps.get(0) : Step.block(steps);
  }

  /** The error-body read a call makes, or the raw body passed to a log, or NOTHING. */
  private Step bodyAccess(MethodInvocationTree call) {
    ExpressionTree receiver = ASTHelpers.getReceiver(call);
    String receiverPath = receiver == null ? null : operands.jsonPath(receiver);
    if (receiverPath != null) {
      ErrorBodyCalls.Access access = ErrorBodyCalls.access(view, call, receiverPath);
      if (access != null) {
        return new Step.BodyRead(new TreeAnchor(call), access.field(), access.kind());
      }
    }
    if (HttpClientCatalogue.logsOrPrints(view, call)
        && call.getArguments().stream().anyMatch(operands::passesRawBody)) {
      return new Step.RawBodyPassOn(new TreeAnchor(call));
    }
    return Step.NOTHING;
  }

  private boolean isThrowable(Type type) {
    return type != null && ASTHelpers.isSubtype(type, state.getSymtab().throwableType, state);
  }

  /**
   * {@code onStatus(predicate, (request, response) -> ...)}: the handler is a unit of its own that
   * starts with a response whose status the predicate accepts.
   */
  private void lowerStatusHandler(ExpressionTree predicate, LambdaExpressionTree handler) {
    lowerHandler(handler, new Step.ResponseArrives(statusesAccepted(predicate), true), "$onStatus");
  }

  /** A handler lambda is a unit of its own that starts with the failed response it is given. */
  private void lowerHandler(
      LambdaExpressionTree handler, Step.ResponseArrives arrives, String suffix) {
    JavacLowering nested =
        new JavacLowering(state, facts, enclosing, operands, units, unitPrefix + suffix);
    // Lambdas in an inlined helper stay within the helper's inlining depth: helpers that call each
    // other from
    // lambdas must not inline forever.
    nested.inlineDepth = inlineDepth;
    Tree body = handler.getBody();
    Step step =
        body instanceof ExpressionTree expression
            ? nested.expression(expression)
            : nested.statement((StatementTree) body);
    units.add(new Unit(unitPrefix + suffix + units.size(), Step.block(List.of(arrives, step))));
  }

  private IntSet statusesAccepted(ExpressionTree predicate) {
    ExpressionTree tree = JavacCodeView.strip(predicate);
    if (tree instanceof com.sun.source.tree.MemberReferenceTree reference) {
      return switch (reference.getName().toString()) {
        case "is1xxInformational" -> IntSet.range(100, 199);
        case "is2xxSuccessful" -> IntSet.range(200, 299);
        case "is3xxRedirection" -> IntSet.range(300, 399);
        case "is4xxClientError" -> IntSet.range(400, 499);
        case "is5xxServerError" -> IntSet.range(500, 599);
        default -> IntSet.range(400, 599);
      };
    }
    if (tree instanceof LambdaExpressionTree lambda
        && lambda.getParameters().size() == 1
        && lambda.getBody() instanceof ExpressionTree test) {
      Operands<Tree> saved = operands;
      operands =
          operands.bindKind(
              ASTHelpers.getSymbol(lambda.getParameters().get(0)), Operands.Kind.STATUS_OBJECT);
      try {
        return Condition.statusesWhereTrue(condition(test), HttpErrorTypes.ANY_HTTP_STATUS);
      } finally {
        operands = saved;
      }
    }
    return IntSet.range(400, 599);
  }

  private void lowerSeparately(LambdaExpressionTree lambda) {
    JavacLowering nested =
        new JavacLowering(state, facts, enclosing, operands, units, unitPrefix + "$lambda");
    // Lambdas in an inlined helper stay within the helper's inlining depth: helpers that call each
    // other from
    // lambdas must not inline forever.
    nested.inlineDepth = inlineDepth;
    Tree body = lambda.getBody();
    Step step =
        body instanceof ExpressionTree expression
            ? nested.expression(expression)
            : nested.statement((StatementTree) body);
    units.add(new Unit(unitPrefix + "$lambda" + units.size(), step));
  }

  /** The lambda arguments of a call that run right after a wait, on the current path. */
  private Set<Tree> inlinedTasks(MethodInvocationTree call) {
    Set<Tree> inlined = new java.util.HashSet<>();
    if (HttpClientCatalogue.waits(view, call, Wait.SCHEDULE) && !call.getArguments().isEmpty()) {
      inlined.add(JavacCodeView.strip(call.getArguments().get(0)));
    }
    ExpressionTree receiver = ASTHelpers.getReceiver(call);
    if (call.getArguments().stream().anyMatch(this::containsDelayedExecutor)
        || (receiver != null && chainContainsDelayedExecutor(receiver))) {
      for (ExpressionTree argument : call.getArguments()) {
        if (JavacCodeView.strip(argument) instanceof LambdaExpressionTree lambda) {
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
  private Step handedBody(LambdaExpressionTree function, Tree body) {
    Operands<Tree> saved = operands;
    operands =
        operands
            .bind(ASTHelpers.getSymbol(function.getParameters().get(0)), body, operands)
            .learn(function.getBody());
    try {
      return inline(function);
    } finally {
      operands = saved;
    }
  }

  /** A lambda argument that runs right here, after a wait: its body belongs to the current path. */
  private Step inline(ExpressionTree task) {
    ExpressionTree tree = JavacCodeView.strip(task);
    if (tree instanceof LambdaExpressionTree lambda) {
      Tree body = lambda.getBody();
      return body instanceof ExpressionTree expression
          ? expression(expression)
          : statement((StatementTree) body);
    }
    return expression(tree);
  }

  // ---------------------------------------------------------------- for the retry library
  // recognisers

  /** The condition under which a predicate lambda returns true. */
  Condition lambdaCondition(LambdaExpressionTree lambda) {
    Tree body = lambda.getBody();
    return body instanceof ExpressionTree expression
        ? condition(expression)
        : evaluator().returnsTrue(body);
  }

  /**
   * The statuses of the HTTP errors that the requests in some code throw (its own, or those of the
   * same-class helpers it calls), or null when it sends no request that throws on an HTTP error.
   */
  @Override
  public IntSet httpErrorsThrownIn(Tree code) {
    IntSet[] statuses = {null};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        List<String> thrown = List.of();
        CallMeaning.Request request = HttpClientCatalogue.request(view, call);
        MethodSymbol callee = ASTHelpers.getSymbol(call);
        ClassFacts.Helper<Tree> helper = callee == null ? null : facts.helper(callee);
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
          statuses[0] = statuses[0] == null ? own : statuses[0].union(own);
        }
        return super.visitMethodInvocation(call, null);
      }
    }.scan(code, null);
    return statuses[0];
  }

  private Step call(MethodInvocationTree call) {
    MethodSymbol callee = ASTHelpers.getSymbol(call);
    if (callee == null) {
      return Step.NOTHING;
    }
    TreeAnchor anchor = new TreeAnchor(call);
    Step invoked = operands.workInvoked(call);
    if (invoked != null) {
      return invoked;
    }
    Step configured = RetryRecognisers.ofCall(call, this);
    if (!configured.equals(Step.NOTHING)) {
      return configured;
    }
    if (member() instanceof MethodTree method
        && enclosing != null
        && enclosing.equals(ASTHelpers.getSymbol(method))
        && AsyncCallbacks.resendsHandledRequest(view, method, call)) {
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
    if (callee.equals(enclosing)) {
      Step again = operands.workPassedOn(call.getArguments());
      if (again != null) {
        return again;
      }
      return sendsItself(callee) ? new Step.SelfCall(anchor) : Step.NOTHING;
    }
    if (HttpClientCatalogue.waits(view, call, Wait.SLEEP)) {
      return new Step.Wait(
          anchor, operands.sleepHonoursRetryAfter(call), operands.delayGrowth(call.getArguments()));
    }
    if (HttpClientCatalogue.waits(view, call, Wait.SCHEDULE) && call.getArguments().size() >= 2) {
      boolean fromRetryAfter = operands.isRetryAfterDerived(call.getArguments().get(1));
      DelayGrowth growth =
          operands.delayGrowth(call.getArguments().subList(1, call.getArguments().size()));
      return Step.block(
          List.of(
              new Step.Wait(anchor, fromRetryAfter, growth), inline(call.getArguments().get(0))));
    }
    if (HttpClientCatalogue.waits(view, call, Wait.DELAYED_EXECUTOR)) {
      return new Step.Wait(
          anchor,
          operands.isRetryAfterDerived(call.getArguments().get(0)),
          operands.delayGrowth(
              call.getArguments().subList(0, Math.min(2, call.getArguments().size()))));
    }
    Step afterDelay = runsAfterDelayedExecutor(call);
    if (afterDelay != null) {
      return afterDelay;
    }
    ClassFacts.Helper<Tree> helper = facts.helper(callee);
    Step retried =
        helper != null
            ? retriedWork((MethodTree) helper.method(), call, null)
            : retriedElsewhere(callee, call);
    if (retried != null) {
      return retried;
    }
    if (helper != null) {
      return helper.callSteps(
          anchor,
          callKey(call),
          call.getArguments().stream().anyMatch(operands::isRetryAfterDerived),
          helperBody((MethodTree) helper.method(), call));
    }
    Step.Wait outOfSight = operands.waitOutOfSight(call, anchor);
    if (outOfSight != null) {
      return outOfSight;
    }
    if (HttpNames.namesCredentialRefresh(callee.getSimpleName().toString())) {
      return new Step.RefreshCredentials();
    }
    return Step.NOTHING;
  }

  /**
   * Whether a method sends a request of its own (directly or through same-class helpers): only then
   * does calling itself send it again. A method that walks an exception's causes by recursion
   * re-sends nothing.
   */
  private boolean sendsItself(MethodSymbol method) {
    ClassFacts.Helper<Tree> self = facts.helper(method);
    return self != null && self.sends();
  }

  /**
   * A same-class helper's body lowered with the arguments of this call, for what it reads from the
   * error body or whether it passes the body on (its reads count as reads made here).
   */
  private Step helperBody(MethodTree helper, MethodInvocationTree call) {
    if (helper.getBody() == null
        || inlineDepth >= ConditionEvaluator.MAX_INLINE_DEPTH
        || helper.getParameters().size() != call.getArguments().size()) {
      return Step.NOTHING;
    }
    if (operands.noneCarriesBody(call.getArguments())) {
      Map<Integer, Step> byDepth =
          CompilationUnitCache.get(state, HELPER_BODIES, helper, HashMap::new);
      Step known = byDepth.get(inlineDepth);
      if (known == null) {
        known = lowerHelperBody(helper, call);
        byDepth.put(inlineDepth, known);
      }
      return known;
    }
    return lowerHelperBody(helper, call);
  }

  private Step lowerHelperBody(MethodTree helper, MethodInvocationTree call) {
    Operands<Tree> bound = Operands.of(helper.getBody(), facts, this);
    for (int i = 0; i < helper.getParameters().size(); i++) {
      bound =
          bound.bind(
              ASTHelpers.getSymbol(helper.getParameters().get(i)),
              call.getArguments().get(i),
              operands);
    }
    JavacLowering nested = helperLowering(helper, bound, "$helper");
    return nested.statement(helper.getBody());
  }

  /** A lowering of a same-class helper's body, one inlining level deeper. */
  private JavacLowering helperLowering(MethodTree helper, Operands<Tree> bound, String suffix) {
    bound.learn(helper.getBody());
    JavacLowering nested =
        new JavacLowering(
            state,
            facts,
            ASTHelpers.getSymbol(helper),
            bound,
            new ArrayList<>(),
            unitPrefix + suffix);
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
  private Step retriedWork(MethodTree helper, MethodInvocationTree call, JavacLowering elsewhere) {
    if (helper.getBody() == null
        || inlineDepth >= ConditionEvaluator.MAX_INLINE_DEPTH
        || helper.getParameters().size() != call.getArguments().size()) {
      return null;
    }
    JavacLowering side = elsewhere == null ? this : elsewhere;
    Operands<Tree> bound = Operands.of(helper.getBody(), side.facts, side);
    List<Step> works = new ArrayList<>();
    String label = unitPrefix + "$retried" + inlineDepth;
    for (int i = 0; i < helper.getParameters().size(); i++) {
      Symbol parameter = ASTHelpers.getSymbol(helper.getParameters().get(i));
      ExpressionTree argument = JavacCodeView.strip(call.getArguments().get(i));
      bound = bound.bind(parameter, argument, operands);
      JavacLowering caller =
          new JavacLowering(state, facts, enclosing, operands, new ArrayList<>(), unitPrefix);
      caller.inlineDepth = inlineDepth + 1;
      Step passedOn = operands.workPassedOn(List.of(argument));
      Step work =
          passedOn != null
              ? passedOn
              : argument instanceof LambdaExpressionTree
                  ? RetriedWork.work(caller.inline(argument), label + "$work" + i)
                  : argument instanceof com.sun.source.tree.MemberReferenceTree reference
                      ? RetriedWork.work(caller.referencedMethod(reference), label + "$work" + i)
                      : null;
      if (work != null) {
        bound = bound.bindWork(parameter, work);
        works.add(work);
      }
    }
    if (works.isEmpty()) {
      return null;
    }
    JavacLowering nested;
    if (elsewhere == null) {
      nested = helperLowering(helper, bound, "$retried");
    } else {
      bound.learn(helper.getBody());
      nested = elsewhere;
      nested.operands = bound;
    }
    return RetriedWork.retriedAt(
        nested.statement(helper.getBody()), works, label, new TreeAnchor(call), elsewhere != null);
  }

  /**
   * A call of a method declared in another file of the project with a lambda or method reference
   * argument ({@code Retries.withRetry(() -> client.send(..))}): judged as a generic retry helper
   * ({@link #retriedWork}), its body lowered in its own file, with the helpers of its class. Null
   * when the call has no such argument or the method has no source in the compilation.
   */
  private Step retriedElsewhere(MethodSymbol callee, MethodInvocationTree call) {
    if (inlineDepth >= ConditionEvaluator.MAX_INLINE_DEPTH
        || call.getArguments().stream()
            .map(JavacCodeView::strip)
            .noneMatch(
                a ->
                    a instanceof LambdaExpressionTree
                        || a instanceof com.sun.source.tree.MemberReferenceTree)) {
      return null;
    }
    TreePath path = namesDeclaringClass(callee, call) ? view.methodElsewhere(callee) : null;
    if (path == null
        || !(path.getLeaf() instanceof MethodTree helper)
        || helper.getBody() == null) {
      return null;
    }
    ClassTree helperClass = ASTHelpers.findEnclosingNode(path, ClassTree.class);
    if (helperClass == null) {
      return null;
    }
    JavacLowering elsewhere = inOwnFile(path, callee, "$elsewhere");
    elsewhere.facts = elsewhere.factsOf(helperClass);
    elsewhere.inlineDepth = inlineDepth + 1;
    return retriedWork(helper, call, elsewhere);
  }

  /**
   * Whether a call names the class that declares the method it calls, with one method of that name
   * and argument count: its receiver's type is that class, or, without a receiver, the method is
   * static and not inherited by the calling class (a static import). A method inherited from a
   * supertype in another file, or one of several overloads of that count, is not followed.
   */
  private boolean namesDeclaringClass(MethodSymbol callee, MethodInvocationTree call) {
    ExpressionTree receiver = ASTHelpers.getReceiver(call);
    boolean named;
    if (receiver == null) {
      ClassTree caller = ASTHelpers.findEnclosingNode(state.getPath(), ClassTree.class);
      Symbol here = caller == null ? null : ASTHelpers.getSymbol(caller);
      named =
          callee.isStatic()
              && !(here instanceof Symbol.ClassSymbol own
                  && own.isSubClass(callee.owner, state.getTypes()));
    } else {
      Type type = ASTHelpers.getType(receiver);
      named = type != null && callee.owner.equals(type.tsym);
    }
    if (!named) {
      return false;
    }
    int overloads = 0;
    for (Symbol member : ASTHelpers.getEnclosedElements(callee.owner)) {
      if (member instanceof MethodSymbol method
          && method.getSimpleName().equals(callee.getSimpleName())
          && method.getParameters().size() == call.getArguments().size()) {
        overloads++;
      }
    }
    return overloads == 1;
  }

  /**
   * {@code runAsync(task, delayedExecutor(...))} and the like: the delayed executor's wait is
   * already a step (it is an argument); the lambda arguments run after it.
   */
  private Step runsAfterDelayedExecutor(MethodInvocationTree call) {
    ExpressionTree receiver = ASTHelpers.getReceiver(call);
    boolean delayed =
        call.getArguments().stream().anyMatch(this::containsDelayedExecutor)
            || (receiver != null && chainContainsDelayedExecutor(receiver));
    if (!delayed) {
      return null;
    }
    List<Step> steps = new ArrayList<>();
    for (ExpressionTree argument : call.getArguments()) {
      if (JavacCodeView.strip(argument) instanceof LambdaExpressionTree) {
        steps.add(inline(argument));
      } else if (JavacCodeView.strip(argument)
          instanceof com.sun.source.tree.MemberReferenceTree reference) {
        steps.add(referencedMethod(reference));
      }
    }
    return Step.block(steps);
  }

  /**
   * {@code this::send} run after a delayed executor's wait: a call of this method (a re-send) or of
   * a same-class helper (what it sends and waits for). Only a name that no other method of the
   * class has is followed.
   */
  private Step referencedMethod(com.sun.source.tree.MemberReferenceTree reference) {
    ExpressionTree qualifier = JavacCodeView.strip(reference.getQualifierExpression());
    Symbol symbol = ASTHelpers.getSymbol(reference);
    boolean own =
        qualifier instanceof IdentifierTree name
            && symbol instanceof MethodSymbol
            && (name.getName().contentEquals("this")
                || name.getName().contentEquals(symbol.owner.getSimpleName()));
    if (!own
        || ASTHelpers.getEnclosedElements(symbol.owner).stream()
                .filter(
                    e ->
                        e instanceof MethodSymbol
                            && e.getSimpleName().equals(symbol.getSimpleName()))
                .count()
            != 1) {
      return Step.NOTHING;
    }
    TreeAnchor anchor = new TreeAnchor(reference);
    if (symbol.equals(enclosing)) {
      return new Step.SelfCall(anchor);
    }
    ClassFacts.Helper<Tree> helper = facts.helper((MethodSymbol) symbol);
    if (helper == null) {
      return Step.NOTHING;
    }
    String source = state.getSourceForNode(reference);
    return helper.callSteps(
        anchor,
        source == null ? reference.toString() : CodeView.withoutWhitespace(source),
        false,
        Step.NOTHING);
  }

  /**
   * Whether a call chain has a stage that runs on a delayed executor: later stages run after its
   * wait.
   */
  private boolean chainContainsDelayedExecutor(ExpressionTree receiver) {
    ExpressionTree tree = JavacCodeView.strip(receiver);
    while (tree instanceof MethodInvocationTree stage) {
      if (stage.getArguments().stream().anyMatch(this::containsDelayedExecutor)) {
        return true;
      }
      tree = ASTHelpers.getReceiver(stage);
      if (tree == null) {
        return false;
      }
      tree = JavacCodeView.strip(tree);
    }
    return false;
  }

  private boolean containsDelayedExecutor(ExpressionTree argument) {
    ExpressionTree tree = JavacCodeView.strip(argument);
    if (HttpClientCatalogue.waits(view, tree, Wait.DELAYED_EXECUTOR)) {
      return true;
    }
    Symbol symbol = ASTHelpers.getSymbol(tree);
    return tree instanceof IdentifierTree
        && symbol != null
        && delayedExecutorVariables().contains(symbol);
  }

  private Set<Symbol> delayedExecutorVariables;

  private Set<Symbol> delayedExecutorVariables() {
    if (delayedExecutorVariables == null) {
      Set<Symbol> found = new java.util.HashSet<>();
      MethodTree method = state.findEnclosing(MethodTree.class);
      if (method != null && method.getBody() != null) {
        new TreeScanner<Void, Void>() {
          @Override
          public Void visitVariable(VariableTree tree, Void unused) {
            if (tree.getInitializer() != null
                && HttpClientCatalogue.waits(
                    view, JavacCodeView.strip(tree.getInitializer()), Wait.DELAYED_EXECUTOR)) {
              found.add(ASTHelpers.getSymbol(tree));
            }
            return super.visitVariable(tree, null);
          }
        }.scan(method.getBody(), null);
      }
      delayedExecutorVariables = found;
    }
    return delayedExecutorVariables;
  }

  private String callKey(MethodInvocationTree call) {
    String source = state.getSourceForNode(call);
    return CodeView.withoutWhitespace(source == null ? call.toString() : source);
  }

  // ---------------------------------------------------------------- for the library retry
  // recognisers (more)

  /** The condition an expression tests, lowered as an if condition here would be. */
  @Override
  public Condition conditionOf(Tree expression) {
    return condition((ExpressionTree) expression);
  }

  @Override
  public boolean sendsRequestIn(Tree code) {
    for (Tree call : view.callsIn(code)) {
      ClassFacts.Helper<Tree> helper = helperCalled(call);
      if (HttpClientCatalogue.request(view, call) != null || (helper != null && helper.sends())) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Set<String> requestExceptionsIn(Tree code) {
    Set<String> thrown = new LinkedHashSet<>();
    for (Tree call : view.callsIn(code)) {
      CallMeaning.Request request = HttpClientCatalogue.request(view, call);
      if (request != null) {
        thrown.addAll(request.thrownTypes());
      }
      ClassFacts.Helper<Tree> helper = helperCalled(call);
      if (helper != null && helper.sends()) {
        thrown.addAll(helper.thrownTypes());
      }
    }
    return thrown;
  }

  @Override
  public boolean readsRetryAfterWithHelpers(Tree call) {
    ClassFacts.Helper<Tree> helper = helperCalled(call);
    return HttpClientCatalogue.readsRetryAfter(view, call)
        || (helper != null && (helper.returnsRetryAfter() || helper.waitsForRetryAfter()));
  }

  @Override
  public Tree initialiserOf(Tree name) {
    if (!(name instanceof IdentifierTree) && !(name instanceof MemberSelectTree)) {
      return null;
    }
    Symbol symbol = ASTHelpers.getSymbol(name);
    if (!(symbol instanceof Symbol.VarSymbol)) {
      return null;
    }
    Tree[] found = {null};
    TreeScanner<Void, Void> finder =
        new TreeScanner<>() {
          @Override
          public Void visitVariable(VariableTree variable, Void unused) {
            if (symbol.equals(ASTHelpers.getSymbol(variable))
                && variable.getInitializer() != null) {
              found[0] = variable.getInitializer();
            }
            return super.visitVariable(variable, null);
          }
        };
    MethodTree method = state.findEnclosing(MethodTree.class);
    if (method != null && method.getBody() != null) {
      finder.scan(method.getBody(), null);
    }
    ClassTree owner = state.findEnclosing(ClassTree.class);
    if (found[0] == null && owner != null) {
      for (Tree member : owner.getMembers()) {
        if (member instanceof VariableTree) {
          finder.scan(member, null);
        }
      }
    }
    return found[0];
  }

  @Override
  public Tree enclosingMethodOrClass() {
    Tree method = state.findEnclosing(MethodTree.class);
    return method != null ? method : state.findEnclosing(ClassTree.class);
  }

  @Override
  public Condition caseConditionOf(Tree selector, List<? extends Tree> labels) {
    return evaluator().caseCondition(operands.kindOf((ExpressionTree) selector), labels);
  }

  @Override
  public boolean readsRetryAfterCall(Tree call) {
    return call instanceof MethodInvocationTree invocation
        && ASTHelpers.getSymbol(invocation) != null
        && HttpClientCatalogue.readsRetryAfter(view, invocation);
  }

  @Override
  public ClassFacts.Helper<Tree> helperCalled(Tree call) {
    return facts.helper(ASTHelpers.getSymbol((MethodInvocationTree) call));
  }

  @Override
  public boolean isSleepCall(Tree call) {
    return HttpClientCatalogue.waits(view, call, Wait.SLEEP);
  }

  // ---------------------------------------------------------------- conditions

  private Condition condition(ExpressionTree expression) {
    return evaluator().condition(expression);
  }

  private ConditionEvaluator<Tree> evaluator() {
    return new ConditionEvaluator<>(this, facts, operands, inlineDepth);
  }

  /** The qualified name of a type's class, or "" when there is none. */
  static String qualifiedName(Type type) {
    return type == null || type.tsym == null ? "" : type.tsym.getQualifiedName().toString();
  }

  private List<String> typeAndSupertypes(Type type) {
    List<String> chain = new ArrayList<>();
    for (Type current = type;
        current != null
            && current.tsym != null
            && !current.hasTag(com.sun.tools.javac.code.TypeTag.NONE);
        current = state.getTypes().supertype(current)) {
      String name = qualifiedName(current);
      if (name.isEmpty() || chain.contains(name)) {
        break;
      }
      chain.add(name);
      if (name.equals("java.lang.Object")) {
        break;
      }
    }
    return chain;
  }
}
