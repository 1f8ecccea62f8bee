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
  /** The annotation of the given type (qualified) on a declaration (a method), or null when it has none. */
  @Nullable N annotation(N declaration, String type);

  /**
   * The value of an annotation's attribute as written ({@code value} for the single unnamed one), or null when it is
   * not written or the node is no annotation.
   */
  @Nullable N attribute(N annotation, String name);

  /** The elements of an array initializer (<code>{a, b}</code>), or null when the node is no array initializer. */
  @Nullable List<? extends N> arrayElements(N value);

  /** Every class literal ({@code X.class}) inside a node (the node included), outside lambdas, in source order. */
  List<N> classLiteralsIn(N root);

  /** The class an object creation ({@code new X(...)}) creates, qualified, or null when not known or no creation. */
  @Nullable String createdType(N expression);

  /** The class (interface, enum, record) that this file declares with that qualified name, or null. */
  @Nullable N declaredClass(String type);

  /** The first method of that name, with a body, that a class declaration declares itself, or null. */
  @Nullable N declaredMethod(N classDeclaration, String name);

  /** The body of a method or constructor, or null when it has none (abstract, native, interface methods). */
  @Nullable N methodBody(N method);

  /**
   * Every method call in the body of the method or constructor that holds the node, outside the classes nested in it
   * (lambdas included), outer calls first; empty when the node is in no method (a field initializer).
   */
  List<N> callsInEnclosingMethod(N node);

  // [spring] new members above this line

  // ---- Declarations: methods, classes, statements (strategy methods, return conditions)
  // [hooks] new members above this line

  // ---- Lambdas, method references, object creation, operators (reactive and future stages)
  // [reactive] new members above this line

  // ---- HTTP client catalogue: requests, status, header and body reads
  // [catalogue] new members above this line

  // ---- Values: constants, fields, variables, operators, same-class helpers
  // [values] new members above this line
}
