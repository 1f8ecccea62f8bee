package dev.faultline.analysis.view;

import java.util.Set;
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
  /**
   * The type a call is made on, as best known, qualified and erased: for an instance call the receiver's type (the
   * enclosing class when no receiver is written), for a static call the class named; null when it is not known.
   * Library method families are matched on it, as Error Prone's {@code instanceMethod().onDescendantOf(..)} does.
   */
  @Nullable String receiverType(N call);

  /**
   * The exception types the called method declares ({@code throws}), qualified, or null when the front end cannot
   * tell (a scanner without a class path answers for the library methods it knows).
   */
  @Nullable List<String> calledThrownTypes(N call);

  /** The compile-time constant value of an expression (a literal, a constant field, a constant expression), or null. */
  @Nullable Object constantValue(N expression);

  /** The field an expression names ({@code RETRY_AFTER}, {@code HttpHeaders.RETRY_AFTER}) as {@code owner.NAME}, or null. */
  @Nullable String referencedField(N expression);

  /**
   * The called method's return type, qualified ({@code int} for a primitive, a type variable by its name), or null
   * when it is not known.
   */
  @Nullable String calledReturnType(N call);

  /**
   * The non-empty string {@code value} of an annotation of one of {@code annotationTypes} on the called method (for a
   * record's accessor, on its component), else on the field or record component named {@code field} of the class
   * declaring it; null when there is none. DTO getters are named by {@code @JsonProperty} this way.
   */
  @Nullable String annotationValueOnCalledMember(N call, String field, Set<String> annotationTypes);

  // [catalogue] new members above this line

  // ---- Values: constants, fields, variables, operators, same-class helpers
  // [values] new members above this line
}
