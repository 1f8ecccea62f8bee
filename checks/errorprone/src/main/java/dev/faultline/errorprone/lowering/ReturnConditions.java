package dev.faultline.errorprone.lowering;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.EmptyStatementTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.YieldTree;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.FoldedConditions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The condition under which a method of a strategy interface ends with a given outcome: a predicate method returns
 * true, an error decoder returns (or throws) a given exception. It follows if / else, switch and early returns over
 * the statuses the method's branches test; a statement it does not follow counts as {@code unknown}.
 */
final class ReturnConditions {
  private final JavacLowering lowering;
  private final Function<ExpressionTree, Condition> returned;
  private final Function<ExpressionTree, Condition> thrown;
  private final Condition unknown;

  private ReturnConditions(JavacLowering lowering, Function<ExpressionTree, Condition> returned,
      Function<ExpressionTree, Condition> thrown, Condition unknown) {
    this.lowering = lowering;
    this.returned = returned;
    this.thrown = thrown;
    this.unknown = unknown;
  }

  /**
   * @param returned what a returned value means (a conditional or switch expression is split into its arms first)
   * @param thrown what a thrown exception means
   * @param unknown what a statement that is not followed (a loop, a nested class) means
   */
  static Condition of(BlockTree body, JavacLowering lowering, Function<ExpressionTree, Condition> returned,
      Function<ExpressionTree, Condition> thrown, Condition unknown) {
    return new ReturnConditions(lowering, returned, thrown, unknown).when(body.getStatements());
  }

  private Condition when(List<? extends StatementTree> statements) {
    if (statements.isEmpty()) {
      return Condition.FALSE;
    }
    StatementTree statement = statements.get(0);
    List<? extends StatementTree> rest = statements.subList(1, statements.size());
    if (statement instanceof ReturnTree returnTree) {
      return returnTree.getExpression() == null ? Condition.FALSE : value(returnTree.getExpression(), returned);
    }
    if (statement instanceof ThrowTree throwTree) {
      return value(throwTree.getExpression(), thrown);
    }
    if (statement instanceof BlockTree block) {
      return when(concat(block.getStatements(), rest));
    }
    if (statement instanceof IfTree ifTree) {
      Condition test = lowering.conditionOf(ifTree.getCondition());
      Condition then = when(concat(List.of(ifTree.getThenStatement()), rest));
      Condition otherwise = ifTree.getElseStatement() == null
          ? when(rest)
          : when(concat(List.of(ifTree.getElseStatement()), rest));
      return FoldedConditions.either(test, then, otherwise);
    }
    if (statement instanceof SwitchTree switchTree) {
      return switchStatement(switchTree, rest);
    }
    if (statement instanceof TryTree tryTree) {
      return when(concat(tryTree.getBlock().getStatements(), rest));
    }
    if (statement instanceof VariableTree || statement instanceof ExpressionStatementTree
        || statement instanceof EmptyStatementTree) {
      return when(rest);
    }
    return unknown;
  }

  private Condition switchStatement(SwitchTree switchTree, List<? extends StatementTree> rest) {
    List<? extends CaseTree> cases = switchTree.getCases();
    List<Condition> tests = new ArrayList<>();
    List<Condition> outcomes = new ArrayList<>();
    Condition defaultOutcome = null;
    for (int i = 0; i < cases.size(); i++) {
      CaseTree caseTree = cases.get(i);
      Condition outcome = when(caseStatements(cases, i, rest));
      if (caseTree.getExpressions().isEmpty()) {
        defaultOutcome = outcome;
        continue;
      }
      tests.add(lowering.caseConditionOf(switchTree.getExpression(), caseTree.getExpressions()));
      outcomes.add(outcome);
    }
    return FoldedConditions.chain(tests, outcomes, defaultOutcome == null ? when(rest) : defaultOutcome);
  }

  /** A case's statements, the next cases' when it falls through, then what follows the switch after a break. */
  private static List<StatementTree> caseStatements(
      List<? extends CaseTree> cases, int index, List<? extends StatementTree> rest) {
    List<StatementTree> statements = new ArrayList<>();
    for (int i = index; i < cases.size(); i++) {
      CaseTree caseTree = cases.get(i);
      if (caseTree.getCaseKind() == CaseTree.CaseKind.RULE) {
        if (caseTree.getBody() instanceof StatementTree body) {
          statements.add(body);
        }
        statements.addAll(rest);
        return statements;
      }
      for (StatementTree statement : caseTree.getStatements()) {
        if (statement instanceof BreakTree) {
          statements.addAll(rest);
          return statements;
        }
        statements.add(statement);
        if (statement instanceof ReturnTree || statement instanceof ThrowTree || statement instanceof ContinueTree) {
          return statements;
        }
      }
    }
    statements.addAll(rest);
    return statements;
  }

  /** The outcome of a returned or thrown expression, arm by arm. */
  private Condition value(ExpressionTree expression, Function<ExpressionTree, Condition> outcome) {
    ExpressionTree tree = JavacCodeView.strip(expression);
    if (tree instanceof ConditionalExpressionTree conditional) {
      return FoldedConditions.either(lowering.conditionOf(conditional.getCondition()),
          value(conditional.getTrueExpression(), outcome), value(conditional.getFalseExpression(), outcome));
    }
    if (tree instanceof SwitchExpressionTree switchExpression) {
      List<Condition> tests = new ArrayList<>();
      List<Condition> outcomes = new ArrayList<>();
      Condition defaultOutcome = Condition.FALSE;
      for (CaseTree caseTree : switchExpression.getCases()) {
        Condition arm = caseTree.getBody() instanceof ExpressionTree body ? value(body, outcome)
            : caseTree.getBody() instanceof ThrowTree throwTree ? value(throwTree.getExpression(), thrown)
            : yielded(caseTree, outcome);
        if (caseTree.getExpressions().isEmpty()) {
          defaultOutcome = arm;
        } else {
          tests.add(lowering.caseConditionOf(switchExpression.getExpression(), caseTree.getExpressions()));
          outcomes.add(arm);
        }
      }
      return FoldedConditions.chain(tests, outcomes, defaultOutcome);
    }
    return outcome.apply(tree);
  }

  /** A case block that only yields a value. */
  private Condition yielded(CaseTree caseTree, Function<ExpressionTree, Condition> outcome) {
    if (caseTree.getBody() instanceof BlockTree block && block.getStatements().size() == 1
        && block.getStatements().get(0) instanceof YieldTree yield) {
      return value(yield.getValue(), outcome);
    }
    return unknown;
  }

  private static List<StatementTree> concat(List<? extends StatementTree> first, List<? extends StatementTree> second) {
    List<StatementTree> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
