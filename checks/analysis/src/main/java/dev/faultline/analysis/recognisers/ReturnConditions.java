package dev.faultline.analysis.recognisers;

import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.FoldedConditions;
import dev.faultline.analysis.view.CodeView;
import dev.faultline.analysis.view.LoweringContext;
import dev.faultline.analysis.view.StatementKind;
import java.util.ArrayList;
import java.util.List;
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

  private ReturnConditions(
      LoweringContext<N> context,
      Function<N, Condition> tested,
      Function<N, Condition> returned,
      Function<N, Condition> thrown,
      Condition unknown) {
    this.context = context;
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
    return new ReturnConditions<>(context, tested, returned, thrown, unknown)
        .when(context.view().statementsOf(body));
  }

  private Condition when(List<? extends N> statements) {
    if (statements.isEmpty()) {
      return Condition.FALSE;
    }
    N statement = statements.get(0);
    List<? extends N> rest = statements.subList(1, statements.size());
    switch (view.statementKind(statement)) {
      case RETURN -> {
        N value = view.statementExpression(statement);
        return value == null ? Condition.FALSE : value(value, returned);
      }
      case THROW -> {
        return value(view.statementExpression(statement), thrown);
      }
      case BLOCK, TRY -> {
        return when(concat(view.statementsOf(statement), rest));
      }
      case IF -> {
        Condition test = tested.apply(view.condition(statement));
        Condition then = when(concat(List.of(view.thenPart(statement)), rest));
        N elsePart = view.elsePart(statement);
        Condition otherwise = elsePart == null ? when(rest) : when(concat(List.of(elsePart), rest));
        return FoldedConditions.either(test, then, otherwise);
      }
      case SWITCH -> {
        return switchStatement(statement, rest);
      }
      case EXPRESSION -> {
        return when(rest);
      }
      default -> {
        return unknown;
      }
    }
  }

  private Condition switchStatement(N switchStatement, List<? extends N> rest) {
    List<? extends N> cases = view.cases(switchStatement);
    List<Condition> tests = new ArrayList<>();
    List<Condition> outcomes = new ArrayList<>();
    Condition defaultOutcome = null;
    for (int i = 0; i < cases.size(); i++) {
      Condition outcome = when(caseStatements(cases, i, rest));
      List<? extends N> labels = view.caseLabels(cases.get(i));
      if (labels.isEmpty()) {
        defaultOutcome = outcome;
        continue;
      }
      tests.add(context.caseConditionOf(view.selector(switchStatement), labels));
      outcomes.add(outcome);
    }
    return FoldedConditions.chain(
        tests, outcomes, defaultOutcome == null ? when(rest) : defaultOutcome);
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
  private Condition value(@Nullable N expression, Function<N, Condition> outcome) {
    if (expression == null) {
      return unknown;
    }
    N tree = view.strip(expression);
    if (view.isConditional(tree)) {
      return FoldedConditions.either(
          tested.apply(view.condition(tree)),
          value(view.thenPart(tree), outcome),
          value(view.elsePart(tree), outcome));
    }
    if (view.isSwitchExpression(tree)) {
      List<Condition> tests = new ArrayList<>();
      List<Condition> outcomes = new ArrayList<>();
      Condition defaultOutcome = Condition.FALSE;
      for (N switchCase : view.cases(tree)) {
        Condition arm = arm(switchCase, outcome);
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
    return outcome.apply(tree);
  }

  /**
   * The outcome of a switch expression's arrow case: its expression, its throw, or a block that
   * only yields a value.
   */
  private Condition arm(N switchCase, Function<N, Condition> outcome) {
    if (!view.isArrowCase(switchCase)) {
      return unknown;
    }
    N value = view.caseValue(switchCase);
    if (value != null) {
      return value(value, outcome);
    }
    List<? extends N> body = view.caseStatements(switchCase);
    N statement = body.size() == 1 ? body.get(0) : null;
    if (statement != null && view.statementKind(statement) == StatementKind.THROW) {
      return value(view.statementExpression(statement), thrown);
    }
    if (statement != null && view.statementKind(statement) == StatementKind.BLOCK) {
      List<? extends N> block = view.statementsOf(statement);
      if (block.size() == 1 && view.statementKind(block.get(0)) == StatementKind.YIELD) {
        return value(view.statementExpression(block.get(0)), outcome);
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
