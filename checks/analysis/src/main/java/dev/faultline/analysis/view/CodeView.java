package dev.faultline.analysis.view;

import dev.faultline.analysis.model.Anchor;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A front end's answers about its own trees, so that recognition is written once. {@code N} is the
 * front end's node type (javac's {@code Tree}, JavaParser's {@code Node}); nodes are handed around
 * as they are, never wrapped, and the view answers questions about them: what call is this, what
 * type does this expression have, what constant does it hold. Each front end implements it once,
 * with what it knows: javac with symbols and types, JavaParser with imports, the file and, given a
 * class path, the symbol solver. Type names are qualified and erased; a type the front end cannot
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

  /**
   * The value of a literal (a number, a string, a boolean, a character), or null when the node is
   * no literal.
   */
  @Nullable Object literalValue(N expression);

  /**
   * The type a class literal ({@code X.class}) names ({@code ""} when it cannot be resolved), or
   * null for any other node.
   */
  @Nullable String classLiteralType(N expression);

  /** Whether the node is a lambda expression. */
  boolean isLambda(N expression);

  /** Whether the node is a method reference ({@code this::parse}, {@code Parser::new}). */
  boolean isMethodReference(N expression);

  /**
   * A method reference as written, qualifier and name ({@code Long::parseLong}, {@code
   * this::parse}), or null when the node is none.
   */
  @Nullable String writtenMethodReference(N expression);

  /** The number of parameters of a lambda expression. */
  int lambdaParameterCount(N lambda);

  /** Where a finding on this node is reported. */
  Anchor anchor(N node);

  // ---- Calls

  /** Whether the node is a method call. */
  boolean isCall(N expression);

  /** The simple name of the method a call calls ({@code ""} when the front end cannot tell). */
  String calledName(N call);

  /**
   * The class or interface that declares the called method, qualified, or null when it is not
   * known.
   */
  @Nullable String calledOwner(N call);

  /** Whether the called method is static. */
  boolean isStaticCall(N call);

  /**
   * The expression a call is made on, as written ({@code a} in {@code a.b()}), or null when none is
   * written.
   */
  @Nullable N receiver(N call);

  /** The arguments of a call or of an object creation. */
  List<? extends N> arguments(N call);

  /**
   * Every method call inside a node (the node included), nested lambdas and classes included, in
   * source order.
   */
  List<N> callsIn(N root);

  // ---- Declarations: annotations and their values (retry annotations)
  /**
   * The annotation of the given type (qualified) on a declaration (a method), or null when it has
   * none.
   */
  @Nullable N annotation(N declaration, String type);

  /**
   * The value of an annotation's attribute as written ({@code value} for the single unnamed one),
   * or null when it is not written or the node is no annotation.
   */
  @Nullable N attribute(N annotation, String name);

  /**
   * The elements of an array initializer (<code>{a, b}</code>), or null when the node is no array
   * initializer.
   */
  @Nullable List<? extends N> arrayElements(N value);

  /**
   * Every class literal ({@code X.class}) inside a node (the node included), outside lambdas, in
   * source order.
   */
  List<N> classLiteralsIn(N root);

  /**
   * The class an object creation ({@code new X(...)}) creates, qualified, or null when not known or
   * no creation.
   */
  @Nullable String createdType(N expression);

  /**
   * The class (interface, enum, record) that this file declares with that qualified name, or null.
   */
  @Nullable N declaredClass(String type);

  /**
   * The first method of that name, with a body, that a class declaration (or the body of an
   * anonymous class creation) declares itself, or null.
   */
  @Nullable N declaredMethod(N classDeclaration, String name);

  /**
   * The body of a method or constructor, or null when it has none (abstract, native, interface
   * methods).
   */
  @Nullable N methodBody(N method);

  /**
   * Every method call in the body of the method or constructor that holds the node, outside the
   * classes nested in it (lambdas included), outer calls first; empty when the node is in no method
   * (a field initializer).
   */
  List<N> callsInEnclosingMethod(N node);

  /** Whether an expression creates an anonymous class ({@code new X() { ... }}). */
  boolean createsAnonymousClass(N expression);

  // ---- Declarations: methods, classes, statements (strategy methods, return conditions)
  /**
   * The name of the method a node declares ({@code <init>} for a constructor), or null when it
   * declares none.
   */
  @Nullable String methodName(N member);

  /** The parameters of a method or constructor, in order. */
  List<? extends N> parameters(N method);

  /**
   * The declared type of a parameter or a variable (for a method, its return type), qualified and
   * erased, or null when it is not known.
   */
  @Nullable String declaredType(N variable);

  /**
   * Whether the class that declares a method (a named, local or anonymous class) is {@code type} or
   * one of its subtypes: the method may then implement or inherit from one of {@code type}'s.
   */
  boolean declaredInSubtypeOf(N method, String type);

  /**
   * The methods of the class that declares a method (the method itself included), in source order.
   */
  List<N> methodsOfClass(N method);

  /**
   * Where a finding on a declaration (a method) is reported: at its name, as javac reports a
   * declaration.
   */
  Anchor nameAnchor(N declaration);

  /** Whether a call is made on {@code super} ({@code super.name(..)}). */
  boolean isSuperCall(N call);

  /** What a statement is: the statements whose parts the questions below give, and the others. */
  StatementKind statementKind(N statement);

  /** The statements of a block, or of a try statement's try block. */
  List<? extends N> statementsOf(N statement);

  /** The resources and the try block of a try statement: the code its catch clauses guard. */
  List<? extends N> guardedParts(N tryStatement);

  /** The exception parameters of a try statement's catch clauses, in order. */
  List<? extends N> catchParameters(N tryStatement);

  /** The blocks of a try statement's catch clauses, in order. */
  List<? extends N> catchBlocks(N tryStatement);

  /** The condition of an if statement or of a conditional expression ({@code c ? a : b}). */
  N condition(N ifOrConditional);

  /** The then statement of an if statement, or the first arm of a conditional expression. */
  N thenPart(N ifOrConditional);

  /**
   * The else statement of an if statement (null when none is written), or the second arm of a
   * conditional expression.
   */
  @Nullable N elsePart(N ifOrConditional);

  /** Whether an expression is a conditional expression ({@code c ? a : b}). */
  boolean isConditional(N expression);

  /** Whether an expression is a switch expression. */
  boolean isSwitchExpression(N expression);

  /** The expression a switch statement or switch expression switches on. */
  N selector(N switchNode);

  /** The cases of a switch statement or switch expression, in source order. */
  List<? extends N> cases(N switchNode);

  /**
   * The constant labels of a case; empty for {@code default} and for a case that only matches
   * patterns.
   */
  List<? extends N> caseLabels(N switchCase);

  /**
   * Whether a case is written with an arrow ({@code case X ->}): it never falls through to the next
   * case.
   */
  boolean isArrowCase(N switchCase);

  /**
   * The statements of a case: a colon case's statements; an arrow case's body when it is a
   * statement (a block, a throw, an expression statement), none when it is an expression of a
   * switch expression.
   */
  List<? extends N> caseStatements(N switchCase);

  /**
   * The expression an arrow case of a switch expression gives when its body is an expression, or
   * null.
   */
  @Nullable N caseValue(N switchCase);

  /**
   * The expression of a return (null when it returns no value), yield, throw or expression
   * statement, or null for any other statement.
   */
  @Nullable N statementExpression(N statement);

  /**
   * Whether an expression is a plain name of the variable (a parameter, a local) that {@code
   * variable} declares.
   */
  boolean refersTo(N expression, N variable);

  /**
   * Every object creation ({@code new T(...)}) that a piece of code makes itself, in source order:
   * not those in the lambdas and the classes (local, anonymous) declared in it.
   */
  List<N> creationsIn(N root);

  /**
   * The compile-time constant value of an expression (a literal, a constant field, a constant
   * expression), or null.
   */
  @Nullable Object constantValue(N expression);

  // ---- Lambdas, method references, object creation, operators (reactive and future stages)
  /** The expression a lambda's body is, or null when its body is a block. */
  @Nullable N lambdaExpressionBody(N lambda);

  /** The block a lambda's body is, or null when its body is an expression. */
  @Nullable N lambdaBlockBody(N lambda);

  /**
   * The type an {@code instanceof} tests for, qualified ({@code ""} when it cannot be resolved), or
   * null for any other node and for a test against a record pattern.
   */
  @Nullable String instanceOfType(N expression);

  /**
   * The logical operator an expression applies: {@code "!"}, {@code "&&"} or {@code "||"}; null for
   * any other node.
   */
  @Nullable String logicalOperator(N expression);

  /** The operands of a logical operator ({@link #logicalOperator}), left to right. */
  List<? extends N> logicalOperands(N expression);

  /**
   * Every if statement and conditional expression ({@code c ? a : b}) inside a node, the node
   * included, in preorder.
   */
  List<N> conditionalsIn(N root);

  // ---- HTTP client catalogue: requests, status, header and body reads
  /**
   * The type a call is made on, as best known, qualified and erased: for an instance call the
   * receiver's type (the enclosing class when no receiver is written), for a static call the class
   * named; null when it is not known. Library method families are matched on it, as Error Prone's
   * {@code instanceMethod().onDescendantOf(..)} does.
   */
  @Nullable String receiverType(N call);

  /**
   * The exception types the called method declares ({@code throws}), qualified, or null when the
   * front end cannot tell (a scanner without a class path answers for the library methods it
   * knows).
   */
  @Nullable List<String> calledThrownTypes(N call);

  /**
   * The field an expression names ({@code RETRY_AFTER}, {@code HttpHeaders.RETRY_AFTER}) as {@code
   * owner.NAME}, or null.
   */
  @Nullable String referencedField(N expression);

  /**
   * The object whose instance field an expression reads ({@code response} in {@code
   * response.status}), or null for any other expression (a name alone, a type's static field, a
   * call).
   */
  @Nullable N fieldReadOn(N expression);

  /**
   * The called method's return type, qualified ({@code int} for a primitive, a type variable by its
   * name), or null when it is not known.
   */
  @Nullable String calledReturnType(N call);

  /**
   * The non-empty string {@code value} of an annotation of one of {@code annotationTypes} on the
   * called method (for a record's accessor, on its component), else on the field or record
   * component named {@code field} of the class declaring it; null when there is none. DTO getters
   * are named by {@code @JsonProperty} this way.
   */
  @Nullable String annotationValueOnCalledMember(N call, String field, Set<String> annotationTypes);

  // ---- Values: constants, fields, variables, operators, same-class helpers
  /**
   * Whether the node is a simple name (an identifier), such as a variable, a parameter or a field
   * named alone.
   */
  boolean isName(N expression);

  /**
   * What a node refers to, as a key that is the same object wherever the same declaration is meant:
   * for a name or a field access the variable or field it names, for a call the method (or, for
   * {@code this(...)}, the constructor) it calls, for a declaration of a variable, a parameter or a
   * method the declaration itself; null when not known.
   */
  @Nullable Object declarationOf(N node);

  /**
   * The writes to variables in a piece of code: the variable declarations with an initializer and
   * the plain assignments ({@code x = value}), in source order, outside the bodies of classes
   * declared inside.
   */
  List<N> writesIn(N code);

  /**
   * The variable a write (of {@link #writesIn}) declares or assigns, keyed as {@link
   * #declarationOf}, or null.
   */
  @Nullable Object writtenVariable(N write);

  /**
   * The variable that a compound assignment ({@code delay *= 2}) or an increment or decrement
   * ({@code attempt++}) updates, keyed as {@link #declarationOf} keys it; null for any other node.
   */
  @Nullable Object updatedVariable(N node);

  /** The value a write (of {@link #writesIn}) stores: the initializer or the assigned value. */
  N writtenValue(N write);

  /** Whether a write (of {@link #writesIn}) assigns a variable rather than declaring it. */
  boolean isAssignment(N write);

  /**
   * Whether a write (of {@link #writesIn}) declares a variable of the primitive type {@code
   * boolean}.
   */
  boolean declaresBoolean(N write);

  /**
   * The nodes directly inside a node, in source order, without the bodies of classes declared
   * inside (the creation of an anonymous class keeps its receiver and its arguments). Read only.
   */
  List<? extends N> childrenOf(N node);

  /**
   * The branches of a conditional expression ({@code c ? a : b}): {@code a} and {@code b}; empty
   * for any other node.
   */
  List<N> conditionalBranches(N expression);

  /** The class a member class is declared in, or null for a top-level, local or anonymous class. */
  @Nullable N outerClassOf(N classDeclaration);

  /** The methods and constructors with a body that a class declares itself, in source order. */
  List<N> methodsOf(N classDeclaration);

  /**
   * The member classes (and interfaces, enums, records) a class declares itself, in source order.
   */
  List<N> memberClassesOf(N classDeclaration);

  /**
   * The value a return statement returns, or null for a bare {@code return} and for any other node.
   */
  @Nullable N returnedValue(N node);

  /**
   * Whether a node is an explicit constructor call ({@code this(...)}, {@code super(...)}) that
   * {@link #isCall} does not count as a call; its {@link #arguments} and {@link #declarationOf}
   * (the constructor) are answered.
   */
  boolean isConstructorCallStatement(N node);

  // ---- Values followed to where they are written (status sets, loops over constants)
  /**
   * The operator of a binary expression as Java spells it ({@code "=="}, {@code "<="}, {@code "/"},
   * {@code "&&"}, ...), or null for any other node.
   */
  @Nullable String binaryOperator(N expression);

  /** The left and right operands of a binary expression ({@link #binaryOperator}). */
  List<? extends N> binaryOperands(N expression);

  /** Whether the node is the {@code null} literal. */
  boolean isNullLiteral(N expression);

  /**
   * The simple name a name or a field access ends with ({@code OK} in {@code HttpStatus.OK}), or
   * null for any other node.
   */
  @Nullable String simpleName(N expression);

  /**
   * Whether a name is written as constants are ({@code SERVICE_UNAVAILABLE}, {@code RETRYABLE}): a
   * field of another file is looked up only for such names (their values, statuses and status sets,
   * are what other files are read for), in both front ends alike.
   */
  static boolean isConstantName(String simple) {
    boolean letter = false;
    for (int i = 0; i < simple.length(); i++) {
      char c = simple.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isUpperCase(c);
    }
    return letter;
  }

  /**
   * The declaration of the variable, parameter or field that a name or a field access refers to: in
   * this file, or a field written as a constant ({@link #isConstantName}) in another source file of
   * the project; null when it is declared elsewhere or is no variable.
   */
  @Nullable N variableDeclaration(N name);

  /** The initializer of a variable or field declaration, or null when it has none. */
  @Nullable N initializerOf(N variableDeclaration);

  /** Whether a variable declaration declares a field (not a local variable or a parameter). */
  boolean isField(N variableDeclaration);

  /**
   * The qualified name of a class (enum, record, interface) declaration, as {@link #createdType}
   * names the class of a creation; null for any other node.
   */
  @Nullable String qualifiedClassName(N classDeclaration);

  /**
   * A call's source text without its white space (the regular expression {@code \\s}: space, tab,
   * line feed, vertical tab, form feed, carriage return): the key by which both front ends tell the
   * same call written twice.
   */
  static String withoutWhitespace(String text) {
    StringBuilder compact = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && (c < '\t' || c > '\r')) {
        compact.append(c);
      }
    }
    return compact.toString();
  }

  /** The class (enum, record, interface) whose body holds a node, nearest first, or null. */
  @Nullable N enclosingClass(N node);

  /**
   * The method or constructor whose body holds a node, the node itself left out: for a method of a
   * local or anonymous class, the method that declares that class; null when there is none.
   */
  @Nullable N enclosingMethod(N node);

  /** The initializer blocks (static and instance) a class declares itself, in source order. */
  List<N> initializerBlocksOf(N classDeclaration);

  /** The parameters of a lambda expression, in order. */
  List<? extends N> lambdaParameters(N lambda);

  /**
   * The variable an enhanced for loop declares ({@code x} in {@code for (int x : values)}); its
   * statement kind is {@link StatementKind#FOR_EACH}.
   */
  N forEachVariable(N loop);

  /** The expression an enhanced for loop iterates over. */
  N forEachIterable(N loop);

  /** The body of a loop statement. */
  N loopBody(N loop);

  /**
   * What the constructor an object creation ({@code new X(..)}) of a class declared in this file
   * calls is, keyed as {@link #declarationOf} keys the constructor's declaration; null otherwise.
   */
  @Nullable Object constructorCalled(N creation);

  /**
   * Every object creation in this file, in lambdas and nested classes too (for the values a
   * constructor's parameters are given).
   */
  List<N> creationsInFile();

  /**
   * The headers, besides Retry-After and {@link
   * dev.faultline.analysis.library.HttpNames#SERVER_WAIT_HEADERS}, in which the API profiles the
   * code is judged against say how long to wait ({@link
   * dev.faultline.analysis.contract.ApiContract#serverWaitHeaders}), lower case.
   */
  Set<String> profileServerWaitHeaders();

  /**
   * The object creations of a class ({@code new T(..)}) in the other source files of the project
   * that are in the package declaring it (the scanned files and {@code --source-path}; the other
   * files of the compilation): where a project exception type may also be created. Empty when the
   * class is not declared in a source file of the project.
   */
  List<N> creationsInPackageOf(String type);

  /**
   * The methods with a body that implement (or override) a method without one, an interface or
   * abstract method, in the classes of the project in the package declaring it: this file and the
   * other source files of that package, read as {@link #creationsInPackageOf} reads them. Empty
   * when the method has a body or its class is not declared in a source file of the project.
   */
  List<N> implementationsInPackageOf(N method);

  /**
   * The top-level classes (interfaces, enums, records) of the source files of the package declaring
   * the class that holds a node, this file's included, read as {@link #creationsInPackageOf} reads
   * them; empty when that class is not declared in a source file of the project.
   */
  List<N> classesInPackageOf(N node);

  /**
   * Whether a class (qualified) is declared in a source file of the project: this file, another
   * file of the compilation, or (for the scanner) of the scan or the source path.
   */
  boolean declaredInProject(String type);

  /**
   * As {@link #classesInPackageOf}, leaving out the classes of other files whose text does not hold
   * {@code naming} (a method's name: a file that does not name it declares no such method), which a
   * front end that reads files for this need not parse.
   */
  default List<N> classesInPackageOf(N node, String naming) {
    return classesInPackageOf(node);
  }

  /**
   * Whether the text of a file that {@link #classesInPackageOf(Object, String)} would give classes
   * of, for the same node and name, may be accepted by {@code holds}: false only when a front end
   * that reads those files as text saw that none is, so that it need not parse them to ask about
   * their classes; true otherwise.
   */
  default boolean packageTextMayHold(N node, String naming, Predicate<CharSequence> holds) {
    return true;
  }

  /**
   * The declaration of the field that a name or a field access ({@code template}, {@code
   * this.template}) refers to, when a source file of the project declares it (any field, in the
   * file of the node); null for any other expression or variable.
   */
  @Nullable N fieldDeclaration(N name);

  // ---- Loops and updates (polling loops)
  /** Whether a statement is a {@code while}, {@code do} or basic {@code for} loop. */
  boolean isLoop(N statement);

  /**
   * The operator of an update of a variable as Java spells it: a compound assignment ({@code "+="},
   * {@code "*="}, ...) or an increment or decrement ({@code "++"}, {@code "--"}, prefix or
   * postfix); null for any other node.
   */
  @Nullable String updateOperator(N expression);

  /**
   * The variable an update ({@link #updateOperator}) changes and, for a compound assignment, the
   * value it is combined with.
   */
  List<? extends N> updateOperands(N expression);
}
