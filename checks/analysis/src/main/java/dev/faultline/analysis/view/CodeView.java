package dev.faultline.analysis.view;

import dev.faultline.analysis.model.Anchor;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A front end's answers about its own trees, so that recognition is written once. {@code N} is the front end's node
 * type (javac's {@code Tree}, JavaParser's {@code Node}); nodes are handed around as they are, never wrapped, and the
 * view answers questions about them: what call is this, what type does this expression have, what constant does it
 * hold. Each front end implements it once, with what it knows: javac with symbols and types, JavaParser with imports,
 * the file and, given a class path, the symbol solver. Type names are qualified and erased; a type the front end cannot
 * tell is {@code null} (or {@code ""} where a name is always expected, as for class literals).
 */
public interface CodeView<N> {

  // ---- Expressions in general

  /** The expression without the parentheses and casts around it. */
  N strip(N expression);

  /** The type of an expression, qualified and erased, or null when it is not known. */
  @Nullable String typeOf(N expression);

  /** Whether {@code type} is {@code supertype} or one of its subtypes (classes and interfaces). */
  boolean isSubtype(@Nullable String type, String supertype);

  /** The value of a literal (a number, a string, a boolean, a character), or null when the node is no literal. */
  @Nullable Object literalValue(N expression);

  /** The type a class literal ({@code X.class}) names ({@code ""} when it cannot be resolved), or null for any other node. */
  @Nullable String classLiteralType(N expression);

  /** Whether the node is a lambda expression. */
  boolean isLambda(N expression);

  /** The number of parameters of a lambda expression. */
  int lambdaParameterCount(N lambda);

  /** Where a finding on this node is reported. */
  Anchor anchor(N node);

  // ---- Calls

  /** Whether the node is a method call. */
  boolean isCall(N expression);

  /** The simple name of the method a call calls ({@code ""} when the front end cannot tell). */
  String calledName(N call);

  /** The class or interface that declares the called method, qualified, or null when it is not known. */
  @Nullable String calledOwner(N call);

  /** Whether the called method is static. */
  boolean isStaticCall(N call);

  /** The expression a call is made on, as written ({@code a} in {@code a.b()}), or null when none is written. */
  @Nullable N receiver(N call);

  /** The arguments of a call or of an object creation. */
  List<? extends N> arguments(N call);

  /** Every method call inside a node (the node included), nested lambdas and classes included, in source order. */
  List<N> callsIn(N root);

  // ---- Declarations: annotations and their values (retry annotations)
  // [spring] new members above this line

  // ---- Declarations: methods, classes, statements (strategy methods, return conditions)
  /** The name of the method a node declares ({@code <init>} for a constructor), or null when it declares none. */
  @Nullable String methodName(N member);

  /** The body of a method or constructor, or null when it has none (abstract, native, interface methods). */
  @Nullable N methodBody(N method);

  /** The parameters of a method or constructor, in order. */
  List<? extends N> parameters(N method);

  /** The declared type of a parameter or a variable, qualified and erased, or null when it is not known. */
  @Nullable String declaredType(N variable);

  /**
   * Whether the class that declares a method (a named, local or anonymous class) is {@code type} or one of its
   * subtypes: the method may then implement or inherit from one of {@code type}'s.
   */
  boolean declaredInSubtypeOf(N method, String type);

  /** The methods of the class that declares a method (the method itself included), in source order. */
  List<N> methodsOfClass(N method);

  /** Where a finding on a declaration (a method) is reported: at its name, as javac reports a declaration. */
  Anchor nameAnchor(N declaration);

  /** Whether a call is made on {@code super} ({@code super.name(..)}). */
  boolean isSuperCall(N call);

  /** What a statement is: the statements whose parts the questions below give, and the others. */
  StatementKind statementKind(N statement);

  /** The statements of a block, or of a try statement's try block. */
  List<? extends N> statementsOf(N statement);

  /** The condition of an if statement or of a conditional expression ({@code c ? a : b}). */
  N condition(N ifOrConditional);

  /** The then statement of an if statement, or the first arm of a conditional expression. */
  N thenPart(N ifOrConditional);

  /** The else statement of an if statement (null when none is written), or the second arm of a conditional expression. */
  @Nullable N elsePart(N ifOrConditional);

  /** Whether an expression is a conditional expression ({@code c ? a : b}). */
  boolean isConditional(N expression);

  /** Whether an expression is a switch expression. */
  boolean isSwitchExpression(N expression);

  /** The expression a switch statement or switch expression switches on. */
  N selector(N switchNode);

  /** The cases of a switch statement or switch expression, in source order. */
  List<? extends N> cases(N switchNode);

  /** The constant labels of a case; empty for {@code default} and for a case that only matches patterns. */
  List<? extends N> caseLabels(N switchCase);

  /** Whether a case is written with an arrow ({@code case X ->}): it never falls through to the next case. */
  boolean isArrowCase(N switchCase);

  /**
   * The statements of a case: a colon case's statements; an arrow case's body when it is a statement (a block, a
   * throw, an expression statement), none when it is an expression of a switch expression.
   */
  List<? extends N> caseStatements(N switchCase);

  /** The expression an arrow case of a switch expression gives when its body is an expression, or null. */
  @Nullable N caseValue(N switchCase);

  /**
   * The expression of a return (null when it returns no value), yield, throw or expression statement, or null for any
   * other statement.
   */
  @Nullable N statementExpression(N statement);

  /** Whether an expression is a plain name of the variable (a parameter, a local) that {@code variable} declares. */
  boolean refersTo(N expression, N variable);

  /** The annotation of the given type (qualified) on a method, or null when it has none. */
  @Nullable N annotation(N declaration, String type);

  /**
   * The class an object creation ({@code new T(...)}) names, qualified and erased (for an anonymous class, the type
   * written after {@code new}), or null when the node is no object creation or the type is not known.
   */
  @Nullable String createdType(N expression);

  /**
   * Every object creation ({@code new T(...)}) that a piece of code makes itself, in source order: not those in the
   * lambdas and the classes (local, anonymous) declared in it.
   */
  List<N> creationsIn(N root);

  /** The compile-time constant value of an expression (a literal, a constant field, a constant expression), or null. */
  @Nullable Object constantValue(N expression);

  // [hooks] new members above this line

  // ---- Lambdas, method references, object creation, operators (reactive and future stages)
  // [reactive] new members above this line

  // ---- HTTP client catalogue: requests, status, header and body reads
  // [catalogue] new members above this line

  // ---- Values: constants, fields, variables, operators, same-class helpers
  // [values] new members above this line
}
