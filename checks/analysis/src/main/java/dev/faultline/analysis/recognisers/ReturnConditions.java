package dev.faultline.analysis.recognisers;

import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.FoldedConditions;
import dev.faultline.analysis.view.CodeView;
import dev.faultline.analysis.view.LoweringContext;
import dev.faultline.analysis.view.StatementKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The condition under which a method of a strategy interface ends with a given outcome: a predicate
 * method returns true, an error decoder returns (or throws) a given exception. It follows if /
 * else, switch (arrow and colon cases, fall-through), conditional and switch expressions and early
 * returns over the statuses the method's branches test; a statement it does not follow counts as
 * {@code unknown}.
 */
final class ReturnConditions<N> {
  private final LoweringContext<N> context;
  private final CodeView<N> view;
  private final Function<N, Condition> tested;
  private final Function<N, Condition> returned;
  private final Function<N, Condition> thrown;
  private final Condition unknown;

  /**
   * How many helper calls deep this reads (0: the method itself), -1 when neither helpers nor
   * locals are followed.
   */
  private final int helperDepth;

  /**
   * Whether a catch clause's block is a path too (taken when the guarded code fails, which is not
   * known): for where a value is made, not for what a predicate returns.
   */
  private final boolean followsCatches;

  private ReturnConditions(
      LoweringContext<N> context,
      Function<N, Condition> tested,
      Function<N, Condition> returned,
      Function<N, Condition> thrown,
      Condition unknown,
      int helperDepth,
      boolean followsCatches) {
    this.context = context;
    this.helperDepth = helperDepth;
    this.followsCatches = followsCatches;
    this.view = context.view();
    this.tested = tested;
    this.returned = returned;
    this.thrown = thrown;
    this.unknown = unknown;
  }

  /**
   * The condition under which the method whose body is given ends with the outcome.
   *
   * @param body the method's body (a block)
   * @param returned what a returned value means (a conditional or switch expression is split into
   *     its arms first)
   * @param thrown what a thrown exception means
   * @param unknown what a statement that is not followed (a loop, a nested class) means
   */
  static <N> Condition of(
      N body,
      LoweringContext<N> context,
      Function<N, Condition> returned,
      Function<N, Condition> thrown,
      Condition unknown) {
    return of(body, context, context::conditionOf, returned, thrown, unknown);
  }

  /**
   * As {@link #of(Object, LoweringContext, Function, Function, Condition)}, with the conditions
   * that if statements and conditional expressions test read by {@code tested}.
   */
  static <N> Condition of(
      N body,
      LoweringContext<N> context,
      Function<N, Condition> tested,
      Function<N, Condition> returned,
      Function<N, Condition> thrown,
      Condition unknown) {
    return new ReturnConditions<>(context, tested, returned, thrown, unknown, -1, false)
        .when(context.view().statementsOf(body), Map.of());
  }

  /**
   * As {@link #of(Object, LoweringContext, Function, Function, Function, Condition)}, and a
   * returned call of a method of the same class without a receiver ({@code return
   * retryable(response);}) ends the way that method's body does, followed one call deep, and a
   * returned local is the value last written to it on the path: for an outcome that is the identity
   * of a value (an error decoder's exception), wherever it is created. With {@code catches}, the
   * block of each catch clause is a path as well, entered when the code it guards fails (an unknown
   * condition): where an exception is created, also when a catch block creates it after testing the
   * caught failure's status.
   */
  static <N> Condition followingHelpers(
      N body,
      LoweringContext<N> context,
      Function<N, Condition> tested,
      Function<N, Condition> returned,
      Function<N, Condition> thrown,
      Condition unknown,
      boolean catches) {
    return new ReturnConditions<>(context, tested, returned, thrown, unknown, 0, catches)
        .when(context.view().statementsOf(body), Map.of());
  }

  /**
   * The condition an expression tests, split at its {@code !}, {@code &&} and {@code ||}, with each
   * other operand read by {@code leaf}: for a hook whose own values (a parameter, a library helper)
   * mean something an if condition elsewhere would not.
   */
  static <N> Condition logical(N value, CodeView<N> view, Function<N, Condition> leaf) {
    N tree = view.strip(value);
    String operator = view.logicalOperator(tree);
    if (operator == null) {
      return leaf.apply(tree);
    }
    List<? extends N> operands = view.logicalOperands(tree);
    if (operator.equals("!")) {
      Condition operand = logical(operands.get(0), view, leaf);
      return operand instanceof Condition.Constant constant
          ? new Condition.Constant(!constant.value())
          : Condition.not(operand);
    }
    Condition left = logical(operands.get(0), view, leaf);
    Condition right = logical(operands.get(1), view, leaf);
    return operator.equals("&&")
        ? FoldedConditions.and(left, right)
        : FoldedConditions.or(left, right);
  }

  /**
   * The condition along the statements given, with the values the locals written on this path hold
   * (keyed as {@link CodeView#declarationOf}): a returned local is the value last written to it.
   */
  private Condition when(List<? extends N> statements, Map<Object, N> locals) {
    if (statements.isEmpty()) {
      return Condition.FALSE;
    }
    N statement = statements.get(0);
    List<? extends N> rest = statements.subList(1, statements.size());
    switch (view.statementKind(statement)) {
      case RETURN -> {
        N value = view.statementExpression(statement);
        return value == null ? Condition.FALSE : value(value, returned, locals);
      }
      case THROW -> {
        return value(view.statementExpression(statement), thrown, locals);
      }
      case BLOCK -> {
        return when(concat(view.statementsOf(statement), rest), locals);
      }
      case TRY -> {
        Condition outcome = when(concat(view.statementsOf(statement), rest), locals);
        if (followsCatches) {
          for (N block : view.catchBlocks(statement)) {
            outcome =
                FoldedConditions.either(
                    Condition.UNKNOWN, outcome, when(concat(List.of(block), rest), locals));
          }
        }
        return outcome;
      }
      case IF -> {
        Condition test = tested.apply(view.condition(statement));
        Condition then = when(concat(List.of(view.thenPart(statement)), rest), locals);
        N elsePart = view.elsePart(statement);
        Condition otherwise =
            elsePart == null ? when(rest, locals) : when(concat(List.of(elsePart), rest), locals);
        return FoldedConditions.either(test, then, otherwise);
      }
      case SWITCH -> {
        return switchStatement(statement, rest, locals);
      }
      case EXPRESSION -> {
        return when(rest, written(statement, locals));
      }
      default -> {
        return unknown;
      }
    }
  }

  private Condition switchStatement(
      N switchStatement, List<? extends N> rest, Map<Object, N> locals) {
    List<? extends N> cases = view.cases(switchStatement);
    List<Condition> tests = new ArrayList<>();
    List<Condition> outcomes = new ArrayList<>();
    Condition defaultOutcome = null;
    for (int i = 0; i < cases.size(); i++) {
      Condition outcome = when(caseStatements(cases, i, rest), locals);
      List<? extends N> labels = view.caseLabels(cases.get(i));
      if (labels.isEmpty()) {
        defaultOutcome = outcome;
        continue;
      }
      tests.add(context.caseConditionOf(view.selector(switchStatement), labels));
      outcomes.add(outcome);
    }
    return FoldedConditions.chain(
        tests, outcomes, defaultOutcome == null ? when(rest, locals) : defaultOutcome);
  }

  /**
   * A case's statements, the next cases' when it falls through, then what follows the switch after
   * a break.
   */
  private List<N> caseStatements(List<? extends N> cases, int index, List<? extends N> rest) {
    List<N> statements = new ArrayList<>();
    for (int i = index; i < cases.size(); i++) {
      N switchCase = cases.get(i);
      if (view.isArrowCase(switchCase)) {
        statements.addAll(view.caseStatements(switchCase));
        statements.addAll(rest);
        return statements;
      }
      for (N statement : view.caseStatements(switchCase)) {
        switch (view.statementKind(statement)) {
          case BREAK -> {
            statements.addAll(rest);
            return statements;
          }
          case RETURN, THROW, CONTINUE -> {
            statements.add(statement);
            return statements;
          }
          default -> statements.add(statement);
        }
      }
    }
    statements.addAll(rest);
    return statements;
  }

  /** The outcome of a returned or thrown expression, arm by arm. */
  private Condition value(
      @Nullable N expression, Function<N, Condition> outcome, Map<Object, N> locals) {
    if (expression == null) {
      return unknown;
    }
    N tree = view.strip(expression);
    if (view.isConditional(tree)) {
      return FoldedConditions.either(
          tested.apply(view.condition(tree)),
          value(view.thenPart(tree), outcome, locals),
          value(view.elsePart(tree), outcome, locals));
    }
    if (view.isSwitchExpression(tree)) {
      List<Condition> tests = new ArrayList<>();
      List<Condition> outcomes = new ArrayList<>();
      Condition defaultOutcome = Condition.FALSE;
      for (N switchCase : view.cases(tree)) {
        Condition arm = arm(switchCase, outcome, locals);
        List<? extends N> labels = view.caseLabels(switchCase);
        if (labels.isEmpty()) {
          defaultOutcome = arm;
        } else {
          tests.add(context.caseConditionOf(view.selector(tree), labels));
          outcomes.add(arm);
        }
      }
      return FoldedConditions.chain(tests, outcomes, defaultOutcome);
    }
    Object variable = helperDepth >= 0 && view.isName(tree) ? view.declarationOf(tree) : null;
    N held = variable == null ? null : locals.get(variable);
    if (held != null) {
      return value(held, outcome, Map.of());
    }
    N helper = view.isCall(tree) ? helperBody(tree) : null;
    if (helper != null) {
      return new ReturnConditions<>(
              context, tested, returned, thrown, unknown, helperDepth + 1, followsCatches)
          .when(view.statementsOf(helper), Map.of());
    }
    return outcome.apply(tree);
  }

  /** The locals after an expression statement: the values it declares or assigns replace theirs. */
  private Map<Object, N> written(N statement, Map<Object, N> locals) {
    List<N> writes = helperDepth < 0 ? List.of() : view.writesIn(statement);
    if (writes.isEmpty()) {
      return locals;
    }
    Map<Object, N> after = new HashMap<>(locals);
    for (N write : writes) {
      Object variable = view.writtenVariable(write);
      if (variable != null) {
        after.put(variable, view.writtenValue(write));
      }
    }
    return after;
  }

  /**
   * The body of a method of the same class that a call without a receiver calls ({@code
   * retryable(response)}), followed one call deep; null for any other call.
   */
  private @Nullable N helperBody(N call) {
    if (helperDepth != 0 || view.receiver(call) != null || view.isSuperCall(call)) {
      return null;
    }
    N owner = view.enclosingClass(call);
    N method = owner == null ? null : view.declaredMethod(owner, view.calledName(call));
    return method == null || view.parameters(method).size() != view.arguments(call).size()
        ? null
        : view.methodBody(method);
  }

  /**
   * The outcome of a switch expression's arrow case: its expression, its throw, or a block that
   * only yields a value.
   */
  private Condition arm(N switchCase, Function<N, Condition> outcome, Map<Object, N> locals) {
    if (!view.isArrowCase(switchCase)) {
      return unknown;
    }
    N value = view.caseValue(switchCase);
    if (value != null) {
      return value(value, outcome, locals);
    }
    List<? extends N> body = view.caseStatements(switchCase);
    N statement = body.size() == 1 ? body.get(0) : null;
    if (statement != null && view.statementKind(statement) == StatementKind.THROW) {
      return value(view.statementExpression(statement), thrown, locals);
    }
    if (statement != null && view.statementKind(statement) == StatementKind.BLOCK) {
      List<? extends N> block = view.statementsOf(statement);
      if (block.size() == 1 && view.statementKind(block.get(0)) == StatementKind.YIELD) {
        return value(view.statementExpression(block.get(0)), outcome, locals);
      }
    }
    return unknown;
  }

  private static <N> List<N> concat(List<? extends N> first, List<? extends N> second) {
    List<N> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
