package dev.faultline.analysis.view;

/**
 * What a statement is, as far as following the paths through a method goes ({@link
 * CodeView#statementKind}): the statements whose parts the view gives, and those that only go on to
 * the next statement.
 */
public enum StatementKind {
  /** A block: its statements ({@link CodeView#statementsOf}). */
  BLOCK,
  /** An if statement: its condition, then and else parts. */
  IF,
  /** A switch statement: its selector and cases. */
  SWITCH,
  /** A try statement: the statements of its try block ({@link CodeView#statementsOf}). */
  TRY,
  /** An enhanced for loop: its variable, the values it iterates over and its body. */
  FOR_EACH,
  /** A return statement, with or without a value ({@link CodeView#statementExpression}). */
  RETURN,
  /** A throw statement: the exception it throws ({@link CodeView#statementExpression}). */
  THROW,
  /**
   * A yield statement in a switch expression: the value it gives ({@link
   * CodeView#statementExpression}).
   */
  YIELD,
  /** A break statement. */
  BREAK,
  /** A continue statement. */
  CONTINUE,
  /**
   * An expression statement, a local variable declaration or an empty statement: it goes on to the
   * next.
   */
  EXPRESSION,
  /** Any other statement (a loop, a labeled statement, a local class, synchronized...). */
  OTHER
}
