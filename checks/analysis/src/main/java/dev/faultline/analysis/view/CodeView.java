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
  // [hooks] new members above this line

  // ---- Lambdas, method references, object creation, operators (reactive and future stages)
  // [reactive] new members above this line

  // ---- HTTP client catalogue: requests, status, header and body reads
  // [catalogue] new members above this line

  // ---- Values: constants, fields, variables, operators, same-class helpers
  /** Whether the node is a simple name (an identifier), such as a variable, a parameter or a field named alone. */
  boolean isName(N expression);

  /**
   * What a node refers to, as a key that is the same object wherever the same declaration is meant: for a name or a
   * field access the variable or field it names, for a call the method (or, for {@code this(...)}, the constructor)
   * it calls, for a declaration of a variable, a parameter or a method the declaration itself; null when not known.
   */
  @Nullable Object declarationOf(N node);

  /**
   * The writes to variables in a piece of code: the variable declarations with an initializer and the plain
   * assignments ({@code x = value}), in source order, outside the bodies of classes declared inside.
   */
  List<N> writesIn(N code);

  /** The variable a write (of {@link #writesIn}) declares or assigns, keyed as {@link #declarationOf}, or null. */
  @Nullable Object writtenVariable(N write);

  /** The value a write (of {@link #writesIn}) stores: the initializer or the assigned value. */
  N writtenValue(N write);

  /** Whether a write (of {@link #writesIn}) assigns a variable rather than declaring it. */
  boolean isAssignment(N write);

  /** Whether a write (of {@link #writesIn}) declares a variable of the primitive type {@code boolean}. */
  boolean declaresBoolean(N write);

  /**
   * The nodes directly inside a node, in source order, without the bodies of classes declared inside (the creation
   * of an anonymous class keeps its receiver and its arguments). Read only.
   */
  List<? extends N> childrenOf(N node);

  /** The value a compile-time constant expression (a literal, a constant field, an operation on them) has, or null. */
  @Nullable Object constantValue(N expression);

  /** The branches of a conditional expression ({@code c ? a : b}): {@code a} and {@code b}; empty for any other node. */
  List<N> conditionalBranches(N expression);

  /** The class an object creation ({@code new X(...)}) creates, qualified, or null when not known or no creation. */
  @Nullable String createdType(N expression);

  /** The class a member class is declared in, or null for a top-level, local or anonymous class. */
  @Nullable N outerClassOf(N classDeclaration);

  /** The methods and constructors with a body that a class declares itself, in source order. */
  List<N> methodsOf(N classDeclaration);

  /** The member classes (and interfaces, enums, records) a class declares itself, in source order. */
  List<N> memberClassesOf(N classDeclaration);

  /** The body of a method or constructor, or null when it has none. */
  @Nullable N bodyOf(N method);

  /** The name of a method as javac names its symbol: its name, {@code <init>} for a constructor. */
  String methodName(N method);

  /** The value a return statement returns, or null for a bare {@code return} and for any other node. */
  @Nullable N returnedValue(N node);

  /**
   * Whether a node is an explicit constructor call ({@code this(...)}, {@code super(...)}) that {@link #isCall} does
   * not count as a call; its {@link #arguments} and {@link #declarationOf} (the constructor) are answered.
   */
  boolean isConstructorCallStatement(N node);

  // [values] new members above this line
}
