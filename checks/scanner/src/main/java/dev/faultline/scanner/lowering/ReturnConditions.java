package dev.faultline.scanner.lowering;

import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.YieldStmt;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.FoldedConditions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The condition under which a method of a strategy interface ends with a given outcome: a predicate method returns
 * true, an error decoder returns (or throws) a given exception. It follows if / else, switch and early returns over
 * the statuses the method's branches test; a statement it does not follow counts as {@code unknown}. The same walk
 * as the Error Prone front end's.
 */
final class ReturnConditions {
  private final JavaParserLowering lowering;
  private final Function<Expression, Condition> returned;
  private final Function<Expression, Condition> thrown;
  private final Condition unknown;

  private ReturnConditions(JavaParserLowering lowering, Function<Expression, Condition> returned,
      Function<Expression, Condition> thrown, Condition unknown) {
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
  static Condition of(BlockStmt body, JavaParserLowering lowering, Function<Expression, Condition> returned,
      Function<Expression, Condition> thrown, Condition unknown) {
    return new ReturnConditions(lowering, returned, thrown, unknown).when(body.getStatements());
  }

  private Condition when(List<? extends Statement> statements) {
    if (statements.isEmpty()) {
      return Condition.FALSE;
    }
    Statement statement = statements.get(0);
    List<? extends Statement> rest = statements.subList(1, statements.size());
    if (statement instanceof ReturnStmt returnStmt) {
      return returnStmt.getExpression().map(value -> value(value, returned)).orElse(Condition.FALSE);
    }
    if (statement instanceof ThrowStmt throwStmt) {
      return value(throwStmt.getExpression(), thrown);
    }
    if (statement instanceof BlockStmt block) {
      return when(concat(block.getStatements(), rest));
    }
    if (statement instanceof IfStmt ifStmt) {
      Condition test = lowering.conditionOf(ifStmt.getCondition());
      Condition then = when(concat(List.of(ifStmt.getThenStmt()), rest));
      Condition otherwise = ifStmt.getElseStmt().isEmpty()
          ? when(rest)
          : when(concat(List.of(ifStmt.getElseStmt().get()), rest));
      return FoldedConditions.either(test, then, otherwise);
    }
    if (statement instanceof SwitchStmt switchStmt) {
      return switchStatement(switchStmt, rest);
    }
    if (statement instanceof TryStmt tryStmt) {
      return when(concat(tryStmt.getTryBlock().getStatements(), rest));
    }
    if (statement instanceof ExpressionStmt || statement instanceof EmptyStmt) {
      return when(rest);
    }
    return unknown;
  }

  private Condition switchStatement(SwitchStmt switchStmt, List<? extends Statement> rest) {
    List<SwitchEntry> entries = switchStmt.getEntries();
    List<Condition> tests = new ArrayList<>();
    List<Condition> outcomes = new ArrayList<>();
    Condition defaultOutcome = null;
    for (int i = 0; i < entries.size(); i++) {
      Condition outcome = when(caseStatements(entries, i, rest));
      Condition test = lowering.caseConditionOf(switchStmt.getSelector(), entries.get(i));
      if (test == null) {
        defaultOutcome = outcome;
        continue;
      }
      tests.add(test);
      outcomes.add(outcome);
    }
    return FoldedConditions.chain(tests, outcomes, defaultOutcome == null ? when(rest) : defaultOutcome);
  }

  /** A case's statements, the next cases' when it falls through, then what follows the switch after a break. */
  private static List<Statement> caseStatements(
      List<SwitchEntry> entries, int index, List<? extends Statement> rest) {
    List<Statement> statements = new ArrayList<>();
    for (int i = index; i < entries.size(); i++) {
      SwitchEntry entry = entries.get(i);
      if (entry.getType() != SwitchEntry.Type.STATEMENT_GROUP) {
        statements.addAll(entry.getStatements());
        statements.addAll(rest);
        return statements;
      }
      for (Statement statement : entry.getStatements()) {
        if (statement instanceof BreakStmt) {
          statements.addAll(rest);
          return statements;
        }
        statements.add(statement);
        if (statement instanceof ReturnStmt || statement instanceof ThrowStmt || statement instanceof ContinueStmt) {
          return statements;
        }
      }
    }
    statements.addAll(rest);
    return statements;
  }

  /** The outcome of a returned or thrown expression, arm by arm. */
  private Condition value(Expression expression, Function<Expression, Condition> outcome) {
    Expression tree = JavaParserCodeView.strip(expression);
    if (tree instanceof ConditionalExpr conditional) {
      return FoldedConditions.either(lowering.conditionOf(conditional.getCondition()),
          value(conditional.getThenExpr(), outcome), value(conditional.getElseExpr(), outcome));
    }
    if (tree instanceof SwitchExpr switchExpr) {
      List<Condition> tests = new ArrayList<>();
      List<Condition> outcomes = new ArrayList<>();
      Condition defaultOutcome = Condition.FALSE;
      for (SwitchEntry entry : switchExpr.getEntries()) {
        Condition arm = arm(entry, outcome);
        Condition test = lowering.caseConditionOf(switchExpr.getSelector(), entry);
        if (test == null) {
          defaultOutcome = arm;
        } else {
          tests.add(test);
          outcomes.add(arm);
        }
      }
      return FoldedConditions.chain(tests, outcomes, defaultOutcome);
    }
    return outcome.apply(tree);
  }

  /** The outcome of a switch expression's rule: its expression, its throw, or a block that only yields a value. */
  private Condition arm(SwitchEntry entry, Function<Expression, Condition> outcome) {
    Statement body = entry.getStatements().size() == 1 ? entry.getStatements().get(0) : null;
    if (entry.getType() == SwitchEntry.Type.EXPRESSION && body instanceof ExpressionStmt expression) {
      return value(expression.getExpression(), outcome);
    }
    if (entry.getType() == SwitchEntry.Type.THROWS_STATEMENT && body instanceof ThrowStmt throwStmt) {
      return value(throwStmt.getExpression(), thrown);
    }
    if (entry.getType() == SwitchEntry.Type.BLOCK && body instanceof BlockStmt block
        && block.getStatements().size() == 1 && block.getStatements().get(0) instanceof YieldStmt yield) {
      return value(yield.getExpression(), outcome);
    }
    return unknown;
  }

  private static List<Statement> concat(List<? extends Statement> first, List<? extends Statement> second) {
    List<Statement> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
