package dev.faultline.scanner.lowering;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithTypeParameters;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.IntersectionType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.ReferenceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;
import com.github.javaparser.ast.type.UnionType;
import com.github.javaparser.ast.type.VoidType;
import com.github.javaparser.ast.type.WildcardType;
import dev.faultline.analysis.view.CodeView;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Types and symbols of one file, as far as the lowering needs them: the static type of an
 * expression, the method a call names, the field a name refers to, subtyping. Reads the file's own
 * declarations and imports, the JDK by reflection and the {@link LibraryTables}; a {@link
 * SolverBridge} (class path mode) is asked first and the syntactic answer is the fallback.
 */
final class Resolver {
  static final String OBJECT = "java.lang.Object";
  private static final String TYPE_VARIABLE = "?";
  private static final List<String> PRIMITIVES =
      List.of("byte", "short", "char", "int", "long", "float", "double", "boolean");

  private final SourceFile file;
  private final SolverBridge solver;
  private final ForeignSources foreign;
  private final IdentityHashMap<Expression, Optional<JType>> types = new IdentityHashMap<>();
  private final IdentityHashMap<Node, CallTarget> targets = new IdentityHashMap<>();

  /**
   * Implicitly typed lambda parameters whose type a recogniser knows (from a builder's type
   * argument).
   */
  private final IdentityHashMap<Parameter, JType> assumedParameters = new IdentityHashMap<>();

  private final IdentityHashMap<Node, MemberIndex> memberIndexes = new IdentityHashMap<>();
  private int depth;
  private final Set<Node> resolvingSupertypes = Collections.newSetFromMap(new IdentityHashMap<>());

  /** The method a call names, as far as it is known. */
  record CallTarget(
      String name,
      boolean isStatic,
      @Nullable String owner,
      @Nullable CallableDeclaration<?> declaration) {}

  /**
   * A reference to a field (or a local, when {@code owner} is null and the declaration is a local
   * variable).
   */
  record FieldRef(
      @Nullable String owner, String name, @Nullable Node declaration, boolean staticReference) {}

  Resolver(SourceFile file, SolverBridge solver, ForeignSources foreign) {
    this.file = file;
    this.solver = solver;
    this.foreign = foreign;
  }

  /** The resolver of the file that holds a node: this one, or another file's. */
  Resolver of(Node node) {
    FileLowering other = foreign.holding(node);
    return other == null ? this : other.resolver;
  }

  /** The constants of the other project file that holds a node, or null when it is this file's. */
  @Nullable Constants foreignConstants(Node node) {
    FileLowering other = foreign.holding(node);
    return other == null ? null : other.constants;
  }

  /** The lowering of the other project file that holds a node, or null when it is this file's. */
  @Nullable FileLowering fileHolding(Node node) {
    return foreign.holding(node);
  }

  /**
   * The method of that name and argument count of a class declared in another file of the project
   * (not in this one), when the class declares exactly one; null otherwise.
   */
  @Nullable CallableDeclaration<?> methodElsewhere(String owner, String name, int arity) {
    if (file.declaredType(owner) != null) {
      return null;
    }
    Node declared = foreign.declaredType(owner);
    if (declared == null) {
      return null;
    }
    CallableDeclaration<?> found = null;
    for (CallableDeclaration<?> method : methodsNamed(declared, name)) {
      if (arityMatches(method.getParameters(), arity)) {
        if (found != null) {
          return null;
        }
        found = method;
      }
    }
    return found;
  }

  /**
   * The class of that qualified name declared in this file or, failing that, in another file of the
   * project.
   */
  @Nullable Node declaredInProject(String qualified) {
    Node declared = file.declaredType(qualified);
    return declared != null ? declared : foreign.declaredType(qualified);
  }

  SourceFile file() {
    return file;
  }

  SolverBridge solver() {
    return solver;
  }

  // ================================================================== type names

  /**
   * The qualified name of the type a type node denotes ({@code int}, {@code java.lang.String[]}),
   * or null.
   */
  @Nullable String resolveType(@Nullable Type type) {
    if (type == null) {
      return null;
    }
    if (type instanceof PrimitiveType primitive) {
      return primitive.asString();
    }
    if (type instanceof VoidType) {
      return "void";
    }
    if (type instanceof ArrayType array) {
      String component = resolveType(array.getComponentType());
      return component == null ? null : component + "[]";
    }
    if (type instanceof UnionType union) {
      List<String> alternatives = new ArrayList<>();
      for (ReferenceType alternative : union.getElements()) {
        String name = resolveType(alternative);
        if (name == null) {
          return null;
        }
        alternatives.add(name);
      }
      return lub(alternatives);
    }
    if (type instanceof IntersectionType intersection) {
      return intersection.getElements().isEmpty()
          ? null
          : resolveType(intersection.getElements().get(0));
    }
    if (type instanceof ClassOrInterfaceType named) {
      String syntactic = resolveTypeName(named.getNameWithScope(), named);
      if (syntactic != null && (isKnownType(syntactic) || !solver.isActive())) {
        return syntactic;
      }
      String solved = solver.resolveType(type);
      return solved != null ? solved : syntactic;
    }
    return null;
  }

  /**
   * The qualified name of a (possibly qualified) type name used at {@code context}, or null for a
   * type variable.
   */
  @Nullable String resolveTypeName(String name, Node context) {
    int dot = name.indexOf('.');
    String first = dot < 0 ? name : name.substring(0, dot);
    String rest = dot < 0 ? "" : name.substring(dot);
    String head = resolveSimpleTypeName(first, context);
    if (TYPE_VARIABLE.equals(head)) {
      return null;
    }
    if (head != null) {
      return head + rest;
    }
    if (!first.isEmpty() && Character.isLowerCase(first.charAt(0)) && dot > 0) {
      return name; // already qualified: java.util.List
    }
    return file.packageName.isEmpty() ? name : file.packageName + "." + name;
  }

  /**
   * Steps 1-5 of name resolution: file types in scope, imports, java.lang; null when none has the
   * name.
   */
  private @Nullable String resolveSimpleTypeName(String simple, Node context) {
    Node child = context;
    for (Node parent = context.getParentNode().orElse(null);
        parent != null;
        child = parent, parent = parent.getParentNode().orElse(null)) {
      if (parent instanceof NodeWithTypeParameters<?> generic) {
        for (TypeParameter parameter : generic.getTypeParameters()) {
          if (parameter.getNameAsString().equals(simple)) {
            return TYPE_VARIABLE;
          }
        }
      }
      // Member types are in scope in a class's body, not in its header (extends, implements,
      // annotations).
      if (SourceFile.isClassLike(parent) && SourceFile.isMember(parent, child)) {
        if (parent instanceof TypeDeclaration<?> type && type.getNameAsString().equals(simple)) {
          return file.qualifiedName(type);
        }
        TypeDeclaration<?> nested = members(parent).types.get(simple);
        if (nested != null) {
          return file.qualifiedName(nested);
        }
        String inherited = inheritedMemberType(parent, simple);
        if (inherited != null) {
          return inherited;
        }
      }
      if (parent instanceof BlockStmt block) {
        for (Statement statement : block.getStatements()) {
          if (statement instanceof LocalClassDeclarationStmt local
              && local.getClassDeclaration().getNameAsString().equals(simple)) {
            return file.qualifiedName(local.getClassDeclaration());
          }
          if (statement instanceof LocalRecordDeclarationStmt local
              && local.getRecordDeclaration().getNameAsString().equals(simple)) {
            return file.qualifiedName(local.getRecordDeclaration());
          }
        }
      }
    }
    for (TypeDeclaration<?> type : file.unit.getTypes()) {
      if (type.getNameAsString().equals(simple)) {
        return file.qualifiedName(type);
      }
    }
    String imported = file.singleImports.get(simple);
    if (imported != null) {
      return imported;
    }
    for (String onDemand : file.onDemandImports) {
      String candidate = onDemand + "." + simple;
      if (isKnownType(candidate)) {
        return candidate;
      }
    }
    if (JdkTypes.exists("java.lang." + simple)) {
      return "java.lang." + simple;
    }
    return null;
  }

  /** A member type inherited from a supertype declared in this file or in the library tables. */
  private @Nullable String inheritedMemberType(Node classLike, String simple) {
    if (!resolvingSupertypes.add(classLike)) {
      return null;
    }
    try {
      return inheritedMemberTypeOnce(classLike, simple);
    } finally {
      resolvingSupertypes.remove(classLike);
    }
  }

  private @Nullable String inheritedMemberTypeOnce(Node classLike, String simple) {
    for (String supertype : directSupertypes(classLike)) {
      String candidate = supertype + "." + simple;
      if (file.declaredType(candidate) != null || LibraryTables.isKnownType(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private boolean isKnownType(String qualified) {
    return file.declaredType(qualified) != null
        || LibraryTables.isKnownType(qualified)
        || JdkTypes.exists(qualified);
  }

  // ================================================================== class-like declarations

  /**
   * The type that a class body stands for in subtype tests: its own, or an anonymous class's
   * supertype.
   */
  @Nullable String classType(Node classLike) {
    if (classLike instanceof TypeDeclaration<?> type) {
      return file.qualifiedName(type);
    }
    if (classLike instanceof ObjectCreationExpr creation) {
      return resolveType(creation.getType());
    }
    if (classLike instanceof EnumConstantDeclaration constant) {
      return constant.getParentNode().map(file::qualifiedName).orElse(null);
    }
    return null;
  }

  /** The direct supertypes a file-declared class body names. */
  List<String> directSupertypes(Node classLike) {
    List<String> result = new ArrayList<>();
    if (classLike instanceof ClassOrInterfaceDeclaration type) {
      type.getExtendedTypes().forEach(t -> addIfResolved(result, resolveType(t)));
      type.getImplementedTypes().forEach(t -> addIfResolved(result, resolveType(t)));
      if (type.getExtendedTypes().isEmpty() && !type.isInterface()) {
        result.add(0, OBJECT);
      }
    } else if (classLike instanceof EnumDeclaration type) {
      result.add("java.lang.Enum");
      type.getImplementedTypes().forEach(t -> addIfResolved(result, resolveType(t)));
    } else if (classLike instanceof RecordDeclaration type) {
      result.add("java.lang.Record");
      type.getImplementedTypes().forEach(t -> addIfResolved(result, resolveType(t)));
    } else if (classLike instanceof ObjectCreationExpr creation) {
      addIfResolved(result, resolveType(creation.getType()));
    } else if (classLike instanceof EnumConstantDeclaration) {
      addIfResolved(result, classType(classLike));
    }
    return result;
  }

  private static void addIfResolved(List<String> into, @Nullable String type) {
    if (type != null) {
      into.add(type);
    }
  }

  private @Nullable String fileSuperclass(Node classLike) {
    if (classLike instanceof ClassOrInterfaceDeclaration type) {
      if (type.isInterface()) {
        return null;
      }
      return type.getExtendedTypes().isEmpty()
          ? OBJECT
          : resolveType(type.getExtendedTypes().get(0));
    }
    if (classLike instanceof EnumDeclaration) {
      return "java.lang.Enum";
    }
    if (classLike instanceof RecordDeclaration) {
      return "java.lang.Record";
    }
    List<String> supertypes = directSupertypes(classLike);
    return supertypes.isEmpty() ? null : supertypes.get(0);
  }

  // ================================================================== subtyping

  /**
   * The direct supertypes of any type the resolver knows. A class of another project file is not
   * read for them: every type a file names is asked about, and reading each would cost more than it
   * tells (its fields and constants are read, see {@link #fileField}).
   */
  List<String> supertypes(String type) {
    Node declared = file.declaredType(type);
    if (declared != null) {
      return directSupertypes(declared);
    }
    List<String> result = new ArrayList<>(LibraryTables.supertypes(type));
    result.addAll(JdkTypes.supertypes(type));
    if (result.isEmpty()) {
      result.addAll(solver.ancestors(type));
    }
    return result;
  }

  boolean isSubtype(@Nullable String type, String supertype) {
    if (type == null) {
      return false;
    }
    Map<String, Boolean> known = subtypes.computeIfAbsent(type, t -> new HashMap<>());
    Boolean answer = known.get(supertype);
    if (answer == null) {
      answer = computeIsSubtype(type, supertype);
      known.put(supertype, answer);
    }
    return answer;
  }

  /**
   * Subtype answers, by type and then supertype: the same pairs are asked for every call of the
   * file (each row of the library tables the call's name matches, and the logger rows for every
   * call).
   */
  private final Map<String, Map<String, Boolean>> subtypes = new HashMap<>();

  private boolean computeIsSubtype(String type, String supertype) {
    if (type.equals(supertype)) {
      return true;
    }
    if (PRIMITIVES.contains(type) || type.endsWith("[]")) {
      return supertype.equals(OBJECT) && type.endsWith("[]");
    }
    if (supertype.equals(OBJECT)) {
      return true;
    }
    Set<String> seen = new HashSet<>();
    Deque<String> work = new ArrayDeque<>(List.of(type));
    while (!work.isEmpty()) {
      String current = work.pop();
      if (!seen.add(current)) {
        continue;
      }
      if (current.equals(supertype)) {
        return true;
      }
      work.addAll(supertypes(current));
    }
    return solver.ancestors(type).contains(supertype);
  }

  /**
   * The type followed by its superclasses, ending with java.lang.Object when the chain is known
   * that far.
   */
  List<String> classChain(String type) {
    List<String> chain = new ArrayList<>();
    for (String current = type;
        current != null && !current.isEmpty() && !chain.contains(current);
        current = superclass(current)) {
      chain.add(current);
      if (current.equals(OBJECT)) {
        break;
      }
    }
    // A class from a file the scanner cannot see, named like an exception, is one: without a class
    // path its superclass is unknown, and a catch (Exception e) must still catch it.
    String last = chain.isEmpty() ? "" : chain.get(chain.size() - 1);
    if (!last.equals(OBJECT) && last.endsWith("Exception") && !chain.contains(EXCEPTION)) {
      chain.addAll(List.of(EXCEPTION, "java.lang.Throwable", OBJECT));
    }
    return chain;
  }

  private static final String EXCEPTION = "java.lang.Exception";

  private @Nullable String superclass(String type) {
    Node declared = file.declaredType(type);
    if (declared != null) {
      return fileSuperclass(declared);
    }
    Optional<String> library = LibraryTables.superclass(type);
    if (library.isPresent()) {
      return library.get();
    }
    Optional<String> jdk = JdkTypes.superclass(type);
    if (jdk.isPresent()) {
      return jdk.get();
    }
    if (JdkTypes.load(type).map(Class::isInterface).orElse(false)) {
      return null;
    }
    return solver.superclass(type);
  }

  /**
   * The least upper bound of a multi-catch's alternatives: their most specific common superclass.
   */
  @Nullable String lub(List<String> alternatives) {
    if (alternatives.isEmpty()) {
      return null;
    }
    if (alternatives.size() == 1) {
      return alternatives.get(0);
    }
    List<List<String>> chains = new ArrayList<>();
    for (String alternative : alternatives) {
      chains.add(classChain(alternative));
    }
    for (String candidate : chains.get(0)) {
      if (chains.stream().allMatch(chain -> chain.contains(candidate))) {
        return candidate;
      }
    }
    return null;
  }

  static boolean isPrimitive(@Nullable String type) {
    return type != null && PRIMITIVES.contains(type);
  }

  // ================================================================== variables and fields

  /** The declared (or, for {@code var}, inferred) type of a variable declaration. */
  @Nullable String declaredTypeOf(@Nullable Node declaration) {
    return JType.erasure(genericDeclaredTypeOf(declaration));
  }

  private @Nullable JType genericDeclaredTypeOf(@Nullable Node declaration) {
    if (declaration instanceof VariableDeclarator variable) {
      Type type = variable.getType();
      if (type.isVarType()) {
        if (variable.getParentNode().flatMap(Node::getParentNode).orElse(null)
            instanceof ForEachStmt loop) {
          return elementType(genericTypeOf(loop.getIterable()));
        }
        return variable.getInitializer().map(this::genericTypeOf).orElse(null);
      }
      return resolveGeneric(type);
    }
    if (declaration instanceof Parameter parameter) {
      if (assumedParameters.containsKey(parameter)) {
        return assumedParameters.get(parameter);
      }
      if (parameter.getType().isUnknownType() || parameter.getType().isVarType()) {
        return parameter.getParentNode().orElse(null) instanceof LambdaExpr lambda
            ? lambdaParameterType(lambda, parameter)
            : null;
      }
      JType type = resolveGeneric(parameter.getType());
      return parameter.isVarArgs() && type != null ? JType.of(type.name() + "[]") : type;
    }
    if (declaration instanceof TypePatternExpr pattern) {
      return resolveGeneric(pattern.getType());
    }
    if (declaration instanceof EnumConstantDeclaration constant) {
      return constant.getParentNode().map(file::qualifiedName).map(JType::of).orElse(null);
    }
    return null;
  }

  /**
   * Takes an implicitly typed lambda parameter to be of a type known from elsewhere (a library
   * builder's type argument, e.g. {@code
   * RetryPolicy.<HttpResponse<String>>builder().handleResultIf(r -> ...)}); forgets the types
   * already worked out, which may have depended on it.
   */
  void assumeType(Parameter parameter, JType type) {
    if (parameter.getType().isUnknownType()
        && !type.equals(assumedParameters.put(parameter, type))) {
      types.clear();
      targets.clear();
    }
  }

  /** The type of the variable of a for-each loop over a value of this type. */
  private static @Nullable JType elementType(@Nullable JType iterable) {
    if (iterable == null) {
      return null;
    }
    if (iterable.name().endsWith("[]")) {
      return JType.of(iterable.name().substring(0, iterable.name().length() - 2));
    }
    return JdkTypes.iterableElement(iterable).orElse(null);
  }

  /**
   * An implicitly typed lambda parameter's type, from the functional interface the lambda is given
   * as.
   */
  private @Nullable JType lambdaParameterType(LambdaExpr lambda, Parameter parameter) {
    int index = -1;
    for (int i = 0; i < lambda.getParameters().size(); i++) {
      if (Nodes.same(lambda.getParameters().get(i), parameter)) {
        index = i;
      }
    }
    JType functional = null;
    Node parent = lambda.getParentNode().orElse(null);
    if (parent instanceof MethodCallExpr call) {
      for (int i = 0; i < call.getArguments().size(); i++) {
        if (Nodes.same(call.getArguments().get(i), lambda)) {
          CallTarget target = target(call);
          List<String> library =
              target.declaration() != null || target.owner() == null
                  ? List.of()
                  : LibraryTables.lambdaParameters(target.owner(), target.name(), i);
          if (index >= 0 && index < library.size()) {
            return JType.of(library.get(index));
          }
          functional = parameterTypeOf(call, i);
        }
      }
    } else if (parent instanceof VariableDeclarator variable && !variable.getType().isVarType()) {
      functional = resolveGeneric(variable.getType());
    } else if (parent instanceof CastExpr cast) {
      functional = resolveGeneric(cast.getType());
    } else if (parent instanceof ReturnStmt
        && returningMethod(parent) instanceof MethodDeclaration method) {
      functional = resolveGeneric(method.getType());
    }
    if (functional == null || index < 0) {
      return null;
    }
    List<String> library = LibraryTables.functionalParameters(functional.name());
    if (index < library.size()) {
      return JType.of(library.get(index));
    }
    return JdkTypes.functionalParameterType(functional, index).orElse(null);
  }

  /** The method a return statement returns from, or null when it returns from a lambda. */
  private static @Nullable Node returningMethod(Node returnStatement) {
    Node current = returnStatement.getParentNode().orElse(null);
    while (current != null
        && !(current instanceof LambdaExpr)
        && !(current instanceof CallableDeclaration<?>)) {
      current = current.getParentNode().orElse(null);
    }
    return current instanceof MethodDeclaration ? current : null;
  }

  /**
   * The declared type of a call's parameter {@code index}: of the file's method, or of the JDK's.
   */
  private @Nullable JType parameterTypeOf(MethodCallExpr call, int index) {
    CallTarget target = target(call);
    if (target.declaration() != null) {
      NodeList<Parameter> parameters = target.declaration().getParameters();
      if (parameters.isEmpty()) {
        return null;
      }
      return resolveGeneric(parameters.get(Math.min(index, parameters.size() - 1)).getType());
    }
    if (target.owner() == null) {
      return null;
    }
    JType receiver = receiverType(call, target);
    return JdkTypes.genericParameterType(
            receiver, target.name(), call.getArguments().size(), index, target.isStatic())
        .orElse(null);
  }

  /**
   * The receiver's type with its type arguments, when the call has a value receiver of the target's
   * owner type.
   */
  private JType receiverType(MethodCallExpr call, CallTarget target) {
    if (!target.isStatic() && call.getScope().isPresent()) {
      JType receiver = genericTypeOf(call.getScope().get());
      if (receiver != null && receiver.name().equals(target.owner())) {
        return receiver;
      }
    }
    return JType.of(target.owner());
  }

  /** The type a type node denotes, with its type arguments. */
  @Nullable JType resolveGeneric(@Nullable Type type) {
    String erasure = resolveType(type);
    if (erasure == null) {
      return null;
    }
    if (type instanceof ClassOrInterfaceType named && named.getTypeArguments().isPresent()) {
      List<JType> arguments = new ArrayList<>();
      for (Type argument : named.getTypeArguments().get()) {
        if (argument instanceof WildcardType wildcard) {
          arguments.add(wildcard.getExtendedType().map(this::resolveGeneric).orElse(null));
        } else {
          arguments.add(resolveGeneric(argument));
        }
      }
      return new JType(erasure, arguments);
    }
    return JType.of(erasure);
  }

  /**
   * Whether a declaration is a field (or enum constant, or record component) rather than a local.
   */
  static boolean isField(@Nullable Node declaration) {
    if (declaration instanceof VariableDeclarator variable) {
      return variable.getParentNode().orElse(null) instanceof FieldDeclaration;
    }
    if (declaration instanceof Parameter parameter) {
      return parameter.getParentNode().orElse(null) instanceof RecordDeclaration;
    }
    return declaration instanceof EnumConstantDeclaration;
  }

  /** The class body declaring a field. */
  static Optional<Node> fieldOwner(Node declaration) {
    Node holder =
        declaration instanceof VariableDeclarator
            ? declaration.getParentNode().orElse(null)
            : declaration;
    if (holder instanceof Parameter || holder instanceof EnumConstantDeclaration) {
      return holder.getParentNode();
    }
    return holder == null ? Optional.empty() : SourceFile.enclosingClass(holder);
  }

  /** The variable (local, parameter or field) an expression names, if it names one in this file. */
  @Nullable Node declarationOf(Expression expression) {
    return declarationOf(expression, false);
  }

  /**
   * The declaration a name or field access refers to, looked up in the other files of the project
   * too (a status set or constant of another class): for the questions about values, which are few;
   * the others stay within the file.
   */
  @Nullable Node declarationAcrossFiles(Expression expression) {
    return declarationOf(expression, true);
  }

  private @Nullable Node declarationOf(Expression expression, boolean acrossFiles) {
    Expression tree = expression;
    while (tree instanceof EnclosedExpr enclosed) {
      tree = enclosed.getInner();
    }
    if (tree instanceof NameExpr name) {
      Node bound = file.binder.declarationOf(name);
      if (bound != null) {
        return bound;
      }
    }
    if (tree instanceof NameExpr || tree instanceof FieldAccessExpr) {
      FieldRef field = fieldRef(tree, acrossFiles);
      return field == null ? null : field.declaration();
    }
    return null;
  }

  /** The field (or constant local) a name or field access refers to, within the file. */
  @Nullable FieldRef fieldRef(Expression expression) {
    return fieldRef(expression, false);
  }

  /**
   * The field (or constant local) a name or field access refers to, looked up in the other files of
   * the project too.
   */
  @Nullable FieldRef fieldRefAcrossFiles(Expression expression) {
    return fieldRef(expression, true);
  }

  private @Nullable FieldRef fieldRef(Expression expression, boolean acrossFiles) {
    if (expression instanceof NameExpr name) {
      String simple = name.getNameAsString();
      Node declaration = file.binder.declarationOf(name);
      if (declaration != null) {
        if (!isField(declaration)) {
          return new FieldRef(null, simple, declaration, true);
        }
        String owner = fieldOwner(declaration).map(file::qualifiedName).orElse(null);
        return new FieldRef(owner, simple, declaration, true);
      }
      for (Node classLike : SourceFile.enclosingClasses(name)) {
        for (String supertype : directSupertypes(classLike)) {
          Node inherited = fileField(supertype, simple, acrossFiles);
          if (inherited != null) {
            return new FieldRef(supertype, simple, inherited, true);
          }
        }
      }
      String owner = file.staticImports.get(simple);
      if (owner != null) {
        return new FieldRef(owner, simple, fileField(owner, simple, acrossFiles), true);
      }
      for (String onDemand : file.staticOnDemandImports) {
        if (LibraryTables.hasStaticMember(onDemand, simple)
            || JdkTypes.hasStaticMember(onDemand, simple)
            || fileField(onDemand, simple, acrossFiles) != null) {
          return new FieldRef(onDemand, simple, fileField(onDemand, simple, acrossFiles), true);
        }
      }
      return null;
    }
    if (expression instanceof FieldAccessExpr access) {
      String simple = access.getNameAsString();
      Expression scope = access.getScope();
      String typeName = typeNameOf(scope);
      if (typeName != null) {
        return new FieldRef(typeName, simple, fileField(typeName, simple, acrossFiles), true);
      }
      if (scope instanceof ThisExpr self) {
        Node classLike = thisClass(self);
        String owner = classLike == null ? null : classType(classLike);
        Node declaration =
            classLike == null ? null : Binder.fieldsOf(SourceFile.members(classLike)).get(simple);
        if (declaration == null && owner != null) {
          declaration = fileField(owner, simple, acrossFiles);
        }
        return new FieldRef(owner, simple, declaration, false);
      }
      String receiver = typeOf(scope);
      return new FieldRef(
          receiver,
          simple,
          receiver == null ? null : fileField(receiver, simple, acrossFiles),
          false);
    }
    return null;
  }

  /**
   * The fields found across files by {@link #fileField}, by owner and name (a field of another file
   * costs a walk up its classes).
   */
  private final Map<String, Optional<Node>> fields = new HashMap<>();

  /** A field declared in (or inherited by) a class of this file or of another project file. */
  private @Nullable Node fileField(String owner, String simple, boolean acrossFiles) {
    if (!acrossFiles || !CodeView.isConstantName(simple)) {
      return findField(owner, simple, false);
    }
    String key = owner + "#" + simple;
    Optional<Node> known = fields.get(key);
    if (known == null) {
      known = Optional.ofNullable(findField(owner, simple, true));
      fields.put(key, known);
    }
    return known.orElse(null);
  }

  private @Nullable Node findField(String owner, String simple, boolean acrossFiles) {
    Set<String> seen = new HashSet<>();
    Deque<String> work = new ArrayDeque<>(List.of(owner));
    while (!work.isEmpty()) {
      String current = work.pop();
      Node declared = acrossFiles ? declaredInProject(current) : file.declaredType(current);
      if (declared == null || !seen.add(current)) {
        continue;
      }
      Node field = Binder.fieldsOf(SourceFile.members(declared)).get(simple);
      if (field != null) {
        return field;
      }
      if (declared instanceof EnumDeclaration enumDeclaration) {
        for (EnumConstantDeclaration constant : enumDeclaration.getEntries()) {
          if (constant.getNameAsString().equals(simple)) {
            return constant;
          }
        }
      }
      if (declared instanceof RecordDeclaration record) {
        for (Parameter component : record.getParameters()) {
          if (component.getNameAsString().equals(simple)) {
            return component;
          }
        }
      }
      work.addAll(of(declared).directSupertypes(declared));
    }
    return null;
  }

  private @Nullable Node thisClass(ThisExpr self) {
    if (self.getTypeName().isPresent()) {
      String qualified = resolveTypeName(self.getTypeName().get().asString(), self);
      return qualified == null ? null : file.declaredType(qualified);
    }
    return SourceFile.enclosingClass(self).orElse(null);
  }

  // ================================================================== expressions

  /**
   * The qualified name of the type an expression denotes ({@code TimeUnit} in {@code
   * TimeUnit.SECONDS}), or null.
   */
  @Nullable String typeNameOf(Expression expression) {
    if (expression instanceof NameExpr name) {
      if (file.binder.declarationOf(name) != null) {
        return null;
      }
      String simple = name.getNameAsString();
      if (file.staticImports.containsKey(simple) || fieldRef(name) != null) {
        return null;
      }
      String resolved = resolveSimpleTypeName(simple, name);
      if (resolved != null) {
        return TYPE_VARIABLE.equals(resolved) ? null : resolved;
      }
      if (looksLikeTypeName(simple)) {
        return file.packageName.isEmpty() ? simple : file.packageName + "." + simple;
      }
      return null;
    }
    if (expression instanceof FieldAccessExpr access) {
      String simple = access.getNameAsString();
      String scopeType = typeNameOf(access.getScope());
      if (scopeType != null) {
        String candidate = scopeType + "." + simple;
        if (isKnownType(candidate)) {
          return candidate;
        }
        boolean knownField =
            LibraryTables.fieldType(scopeType, simple).isPresent()
                || JdkTypes.fieldType(scopeType, simple).isPresent()
                || fileField(scopeType, simple, false) != null;
        return !knownField && looksLikeTypeName(simple) ? candidate : null;
      }
      if (isPackageChain(access.getScope()) && looksLikeTypeName(simple)) {
        return packageText(access.getScope()) + "." + simple;
      }
    }
    return null;
  }

  private static boolean looksLikeTypeName(String simple) {
    if (simple.isEmpty() || !Character.isUpperCase(simple.charAt(0))) {
      return false;
    }
    for (int i = 0; i < simple.length(); i++) {
      if (Character.isLowerCase(simple.charAt(i))) {
        return true;
      }
    }
    return simple.length() == 1;
  }

  private boolean isPackageChain(Expression expression) {
    if (expression instanceof NameExpr name) {
      String simple = name.getNameAsString();
      return file.binder.declarationOf(name) == null
          && !simple.isEmpty()
          && Character.isLowerCase(simple.charAt(0))
          && fieldRef(name) == null;
    }
    if (expression instanceof FieldAccessExpr access) {
      String simple = access.getNameAsString();
      return !simple.isEmpty()
          && Character.isLowerCase(simple.charAt(0))
          && isPackageChain(access.getScope());
    }
    return false;
  }

  private static String packageText(Expression expression) {
    if (expression instanceof FieldAccessExpr access) {
      return packageText(access.getScope()) + "." + access.getNameAsString();
    }
    return ((NameExpr) expression).getNameAsString();
  }

  /** The static type of an expression, qualified; null when unknown. */
  @Nullable String typeOf(Expression expression) {
    return JType.erasure(genericTypeOf(expression));
  }

  /** The static type of an expression with its type arguments as far as they are known. */
  @Nullable JType genericTypeOf(Expression expression) {
    Optional<JType> cached = types.get(expression);
    if (cached != null) {
      return cached.orElse(null);
    }
    if (depth > 200) {
      return null;
    }
    depth++;
    try {
      String solved = solver.typeOf(expression);
      JType syntactic = syntacticTypeOf(expression);
      JType type =
          solved == null || (syntactic != null && syntactic.name().equals(solved))
              ? syntactic
              : JType.of(solved);
      types.put(expression, Optional.ofNullable(type));
      return type;
    } finally {
      depth--;
    }
  }

  private @Nullable JType syntacticTypeOf(Expression expression) {
    if (expression instanceof EnclosedExpr enclosed) {
      return genericTypeOf(enclosed.getInner());
    }
    if (expression instanceof CastExpr cast) {
      return resolveGeneric(cast.getType());
    }
    if (expression instanceof NameExpr name) {
      Node declaration = file.binder.declarationOf(name);
      if (declaration != null) {
        return genericDeclaredTypeOf(declaration);
      }
      FieldRef field = fieldRef(name);
      return field == null ? null : fieldType(field);
    }
    if (expression instanceof FieldAccessExpr access) {
      if (access.getNameAsString().equals("length")) {
        String array = typeOf(access.getScope());
        if (array != null && array.endsWith("[]")) {
          return JType.of("int");
        }
      }
      FieldRef field = fieldRef(access);
      return field == null ? null : fieldType(field);
    }
    if (expression instanceof MethodCallExpr call) {
      return returnTypeOf(call);
    }
    if (expression instanceof ObjectCreationExpr creation) {
      return resolveGeneric(creation.getType());
    }
    if (expression instanceof ConditionalExpr conditional) {
      JType then = genericTypeOf(conditional.getThenExpr());
      return then != null ? then : genericTypeOf(conditional.getElseExpr());
    }
    if (expression instanceof AssignExpr assign) {
      return genericTypeOf(assign.getTarget());
    }
    String plain = plainTypeOf(expression);
    return plain == null ? null : JType.of(plain);
  }

  private @Nullable String plainTypeOf(Expression expression) {
    if (expression instanceof StringLiteralExpr || expression instanceof TextBlockLiteralExpr) {
      return "java.lang.String";
    }
    if (expression instanceof IntegerLiteralExpr) {
      return "int";
    }
    if (expression instanceof LongLiteralExpr) {
      return "long";
    }
    if (expression instanceof CharLiteralExpr) {
      return "char";
    }
    if (expression instanceof DoubleLiteralExpr literal) {
      String value = literal.getValue();
      return value.endsWith("f") || value.endsWith("F") ? "float" : "double";
    }
    if (expression instanceof BooleanLiteralExpr || expression instanceof InstanceOfExpr) {
      return "boolean";
    }
    if (expression instanceof ThisExpr self) {
      Node classLike = thisClass(self);
      return classLike == null ? null : classType(classLike);
    }
    if (expression instanceof BinaryExpr binary) {
      return binaryType(binary);
    }
    if (expression instanceof UnaryExpr unary) {
      if (unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
        return "boolean";
      }
      String operand = typeOf(unary.getExpression());
      return isPrimitive(operand) ? promote(operand, "int") : operand;
    }
    if (expression instanceof ArrayAccessExpr access) {
      String array = typeOf(access.getName());
      return array != null && array.endsWith("[]") ? array.substring(0, array.length() - 2) : null;
    }
    if (expression instanceof ArrayCreationExpr creation) {
      String element = resolveType(creation.getElementType());
      return element == null ? null : element + "[]".repeat(creation.getLevels().size());
    }
    if (expression instanceof ClassExpr) {
      return "java.lang.Class";
    }
    return null;
  }

  private @Nullable String binaryType(BinaryExpr binary) {
    switch (binary.getOperator()) {
      case OR, AND, EQUALS, NOT_EQUALS, LESS, GREATER, LESS_EQUALS, GREATER_EQUALS -> {
        return "boolean";
      }
      default -> {
        String left = typeOf(binary.getLeft());
        String right = typeOf(binary.getRight());
        if (binary.getOperator() == BinaryExpr.Operator.PLUS
            && ("java.lang.String".equals(left) || "java.lang.String".equals(right))) {
          return "java.lang.String";
        }
        if ("boolean".equals(left) || "java.lang.Boolean".equals(left)) {
          return "boolean";
        }
        return left == null || right == null ? null : promote(unbox(left), unbox(right));
      }
    }
  }

  private static String unbox(String type) {
    return switch (type) {
      case "java.lang.Integer" -> "int";
      case "java.lang.Long" -> "long";
      case "java.lang.Double" -> "double";
      case "java.lang.Float" -> "float";
      case "java.lang.Short" -> "short";
      case "java.lang.Byte" -> "byte";
      case "java.lang.Character" -> "char";
      case "java.lang.Boolean" -> "boolean";
      default -> type;
    };
  }

  private static String promote(String left, String right) {
    for (String wide : List.of("double", "float", "long")) {
      if (wide.equals(left) || wide.equals(right)) {
        return wide;
      }
    }
    return "int";
  }

  private @Nullable JType fieldType(FieldRef field) {
    if (field.declaration() != null) {
      return genericDeclaredTypeOf(field.declaration());
    }
    if (field.owner() == null) {
      return null;
    }
    return LibraryTables.fieldType(field.owner(), field.name())
        .or(() -> JdkTypes.fieldType(field.owner(), field.name()))
        .map(JType::of)
        .orElse(null);
  }

  // ================================================================== calls

  /** The return type of a call: of the file's method, or from the library tables and the JDK. */
  @Nullable JType returnTypeOf(MethodCallExpr call) {
    CallTarget target = target(call);
    if (target.declaration() instanceof MethodDeclaration method) {
      return resolveGeneric(method.getType());
    }
    if (target.owner() == null) {
      return null;
    }
    return libraryReturnType(
        receiverType(call, target), target.name(), call.getArguments().size(), target.isStatic());
  }

  private @Nullable JType libraryReturnType(
      JType receiver, String name, int arity, boolean isStatic) {
    if (List.of("toString", "hashCode", "equals", "getClass").contains(name)) {
      return JdkTypes.returnType(OBJECT, name, arity, false).map(JType::of).orElse(null);
    }
    Set<String> seen = new HashSet<>();
    Deque<String> work = new ArrayDeque<>(List.of(receiver.name()));
    while (!work.isEmpty()) {
      String current = work.removeFirst();
      if (!seen.add(current)) {
        continue;
      }
      Optional<String> table = LibraryTables.returnType(current, name, arity);
      if (table.isPresent()) {
        return JType.parse(table.get());
      }
      if (JdkTypes.exists(current)) {
        JType owner = current.equals(receiver.name()) ? receiver : JType.of(current);
        return JdkTypes.genericReturnType(owner, name, arity, isStatic).orElse(null);
      }
      work.addAll(supertypes(current));
    }
    return null;
  }

  /** The method a call names. */
  CallTarget target(MethodCallExpr call) {
    CallTarget cached = targets.get(call);
    if (cached == null) {
      cached = computeTarget(call);
      targets.put(call, cached);
    }
    return cached;
  }

  private CallTarget computeTarget(MethodCallExpr call) {
    String name = call.getNameAsString();
    List<Expression> arguments = call.getArguments();
    Optional<Expression> scope = call.getScope();
    if (scope.isEmpty()) {
      for (Node classLike : SourceFile.enclosingClasses(call)) {
        List<CallableDeclaration<?>> methods = methodsIn(classLike, name);
        if (!methods.isEmpty()) {
          return targetIn(classLike, name, choose(methods, arguments, call));
        }
      }
      String owner = file.staticImports.get(name);
      if (owner != null) {
        return new CallTarget(name, true, owner, methodOf(owner, name, arguments, call));
      }
      for (String onDemand : file.staticOnDemandImports) {
        if (JdkTypes.isStaticMethod(onDemand, name)
            || LibraryTables.hasStaticMember(onDemand, name)) {
          return new CallTarget(name, true, onDemand, null);
        }
      }
      Node innermost = SourceFile.enclosingClass(call).orElse(null);
      SolverBridge.SolvedMethod solved = solver.solve(call);
      if (solved != null) {
        return new CallTarget(
            name,
            solved.isStatic(),
            solved.isStatic()
                ? solved.declaringType()
                : innermost == null ? null : classType(innermost),
            null);
      }
      return new CallTarget(name, false, innermost == null ? null : classType(innermost), null);
    }
    Expression receiver = scope.get();
    if (receiver instanceof ThisExpr self) {
      Node classLike = thisClass(self);
      if (classLike != null) {
        List<CallableDeclaration<?>> methods = methodsIn(classLike, name);
        return methods.isEmpty()
            ? new CallTarget(name, false, classType(classLike), null)
            : targetIn(classLike, name, choose(methods, arguments, call));
      }
      return new CallTarget(name, false, null, null);
    }
    if (receiver instanceof SuperExpr) {
      Node classLike = SourceFile.enclosingClass(call).orElse(null);
      return new CallTarget(
          name, false, classLike == null ? null : fileSuperclass(classLike), null);
    }
    String typeName = typeNameOf(receiver);
    if (typeName != null) {
      return new CallTarget(name, true, typeName, methodOf(typeName, name, arguments, call));
    }
    String receiverType = typeOf(receiver);
    CallableDeclaration<?> declaration =
        receiverType == null ? null : methodOf(receiverType, name, arguments, call);
    boolean isStatic = declaration != null && declaration.isStatic();
    return new CallTarget(name, isStatic, receiverType, declaration);
  }

  private CallTarget targetIn(
      Node classLike, String name, @Nullable CallableDeclaration<?> declaration) {
    boolean isStatic = declaration != null && declaration.isStatic();
    return new CallTarget(name, isStatic, classType(classLike), declaration);
  }

  /** A method of a file-declared type (or one of its file-declared supertypes). */
  private @Nullable CallableDeclaration<?> methodOf(
      String owner, String name, List<Expression> arguments, Node call) {
    Set<String> seen = new HashSet<>();
    Deque<String> work = new ArrayDeque<>(List.of(owner));
    while (!work.isEmpty()) {
      String current = work.pop();
      Node declared = file.declaredType(current);
      if (declared == null || !seen.add(current)) {
        continue;
      }
      List<CallableDeclaration<?>> methods = methodsIn(declared, name);
      if (!methods.isEmpty()) {
        return choose(methods, arguments, call);
      }
      work.addAll(directSupertypes(declared));
    }
    return null;
  }

  /**
   * A class body's member types (the first of each name) and methods by name, built once per class
   * body.
   */
  private record MemberIndex(
      Map<String, TypeDeclaration<?>> types, Map<String, List<CallableDeclaration<?>>> methods) {}

  /**
   * The member index of a class body. Names are looked up once per name and call, so a linear
   * search of the members made lowering quadratic in the size of a class (generated SDK clients
   * have thousands of members).
   */
  private MemberIndex members(Node classLike) {
    return memberIndexes.computeIfAbsent(
        classLike,
        node -> {
          Map<String, TypeDeclaration<?>> types = new HashMap<>();
          Map<String, List<CallableDeclaration<?>>> methods = new HashMap<>();
          for (BodyDeclaration<?> member : SourceFile.members(node)) {
            if (member instanceof TypeDeclaration<?> type) {
              types.putIfAbsent(type.getNameAsString(), type);
            } else if (member instanceof MethodDeclaration method) {
              methods
                  .computeIfAbsent(method.getNameAsString(), name -> new ArrayList<>())
                  .add(method);
            }
          }
          return new MemberIndex(types, methods);
        });
  }

  /** The methods of a class body with this name, in source order; do not modify. */
  private List<CallableDeclaration<?>> methodsIn(Node classLike, String name) {
    return members(classLike).methods.getOrDefault(name, List.of());
  }

  /**
   * The methods of a class body with that name (for a one-off question; {@link #members} indexes
   * them).
   */
  static List<CallableDeclaration<?>> methodsNamed(Node classLike, String name) {
    List<CallableDeclaration<?>> methods = new ArrayList<>();
    for (BodyDeclaration<?> member : SourceFile.members(classLike)) {
      if (member instanceof MethodDeclaration method && method.getNameAsString().equals(name)) {
        methods.add(method);
      }
    }
    return methods;
  }

  /** The constructor that {@code this(...)} calls. */
  @Nullable CallableDeclaration<?> constructorCalled(ExplicitConstructorInvocationStmt call) {
    if (!call.isThis()) {
      return null;
    }
    Node classLike = SourceFile.enclosingClass(call).orElse(null);
    if (classLike == null) {
      return null;
    }
    return choose(constructorsOf(classLike), call.getArguments(), call);
  }

  /** The constructor of a class of this file that an object creation calls, or null. */
  @Nullable CallableDeclaration<?> constructorCreated(ObjectCreationExpr creation) {
    if (creation.getAnonymousClassBody().isPresent()) {
      return null;
    }
    String type = resolveType(creation.getType());
    Node classLike = type == null ? null : file.declaredType(type);
    if (classLike == null) {
      return null;
    }
    return choose(constructorsOf(classLike), creation.getArguments(), creation);
  }

  private static List<CallableDeclaration<?>> constructorsOf(Node classLike) {
    List<CallableDeclaration<?>> constructors = new ArrayList<>();
    for (BodyDeclaration<?> member : SourceFile.members(classLike)) {
      if (member instanceof ConstructorDeclaration constructor) {
        constructors.add(constructor);
      }
    }
    return constructors;
  }

  /** Overload resolution, as far as the argument count and the known argument types tell. */
  private @Nullable CallableDeclaration<?> choose(
      List<CallableDeclaration<?>> candidates, List<Expression> arguments, Node call) {
    List<CallableDeclaration<?>> byArity = new ArrayList<>();
    for (CallableDeclaration<?> candidate : candidates) {
      if (arityMatches(candidate.getParameters(), arguments.size())) {
        byArity.add(candidate);
      }
    }
    if (byArity.size() <= 1) {
      return byArity.isEmpty() ? null : byArity.get(0);
    }
    if (call instanceof MethodCallExpr methodCall) {
      SolverBridge.SolvedMethod solved = solver.solve(methodCall);
      if (solved != null && solved.declaration() != null) {
        for (CallableDeclaration<?> candidate : byArity) {
          if (Nodes.same(candidate, solved.declaration())) {
            return candidate;
          }
        }
      }
    }
    List<CallableDeclaration<?>> compatible = new ArrayList<>();
    for (CallableDeclaration<?> candidate : byArity) {
      if (argumentsFit(candidate.getParameters(), arguments)) {
        compatible.add(candidate);
      }
    }
    if (compatible.isEmpty()) {
      return byArity.get(0);
    }
    for (CallableDeclaration<?> candidate : compatible) {
      boolean mostSpecific = true;
      for (CallableDeclaration<?> other : compatible) {
        if (!Nodes.same(other, candidate)
            && !parametersFit(candidate.getParameters(), other.getParameters())) {
          mostSpecific = false;
        }
      }
      if (mostSpecific) {
        return candidate;
      }
    }
    return compatible.get(0);
  }

  private static boolean arityMatches(NodeList<Parameter> parameters, int arity) {
    int count = parameters.size();
    boolean varargs = count > 0 && parameters.get(count - 1).isVarArgs();
    return count == arity || (varargs && arity >= count - 1);
  }

  private boolean argumentsFit(NodeList<Parameter> parameters, List<Expression> arguments) {
    for (int i = 0; i < arguments.size(); i++) {
      Parameter parameter = parameters.get(Math.min(i, parameters.size() - 1));
      String expected = resolveType(parameter.getType());
      String actual = typeOf(arguments.get(i));
      if (expected != null
          && actual != null
          && !assignable(actual, expected)
          && !(parameter.isVarArgs() && assignable(actual, expected + "[]"))) {
        return false;
      }
    }
    return true;
  }

  private boolean parametersFit(NodeList<Parameter> candidate, NodeList<Parameter> other) {
    for (int i = 0; i < Math.min(candidate.size(), other.size()); i++) {
      String from = resolveType(candidate.get(i).getType());
      String to = resolveType(other.get(i).getType());
      if (from != null && to != null && !assignable(from, to)) {
        return false;
      }
    }
    return true;
  }

  private static final List<String> WIDENING =
      List.of("byte", "short", "int", "long", "float", "double");

  /** Assignment compatibility: identity, widening, boxing, subtyping. */
  boolean assignable(String from, String to) {
    if (from.equals(to)) {
      return true;
    }
    if (isPrimitive(from) && isPrimitive(to)) {
      if (from.equals("char")) {
        return WIDENING.indexOf(to) >= WIDENING.indexOf("int");
      }
      int fromRank = WIDENING.indexOf(from);
      int toRank = WIDENING.indexOf(to);
      return fromRank >= 0 && toRank >= 0 && fromRank <= toRank;
    }
    if (isPrimitive(from)) {
      return to.equals(box(from))
          || to.equals(OBJECT)
          || to.equals("java.lang.Number")
          || to.equals("java.io.Serializable")
          || to.equals("java.lang.Comparable");
    }
    if (isPrimitive(to)) {
      String unboxed = unbox(from);
      return !unboxed.equals(from) && assignable(unboxed, to);
    }
    return isSubtype(from, to);
  }

  private static String box(String primitive) {
    return switch (primitive) {
      case "int" -> "java.lang.Integer";
      case "char" -> "java.lang.Character";
      default -> "java.lang." + Character.toUpperCase(primitive.charAt(0)) + primitive.substring(1);
    };
  }

  // ================================================================== misc

  /** The types a catch clause catches, qualified. */
  List<String> caughtTypes(CatchClause clause) {
    Type type = clause.getParameter().getType();
    List<String> result = new ArrayList<>();
    if (type instanceof UnionType union) {
      for (ReferenceType alternative : union.getElements()) {
        result.add(orEmpty(resolveType(alternative)));
      }
    } else {
      result.add(orEmpty(resolveType(type)));
    }
    return result;
  }

  private static String orEmpty(@Nullable String name) {
    return name == null ? "" : name;
  }

  /** The compilation unit the resolver reads. */
  CompilationUnit unit() {
    return file.unit;
  }

  /**
   * Whether a declaration has the {@code final} modifier, or is implicitly final (an interface
   * field).
   */
  static boolean isFinal(Node declaration) {
    if (declaration instanceof VariableDeclarator variable) {
      Node holder = variable.getParentNode().orElse(null);
      if (holder instanceof FieldDeclaration field) {
        if (field.isFinal()) {
          return true;
        }
        return field.getParentNode().orElse(null) instanceof ClassOrInterfaceDeclaration owner
            && owner.isInterface();
      }
      if (holder instanceof com.github.javaparser.ast.expr.VariableDeclarationExpr local) {
        return local.getModifiers().stream()
            .anyMatch(m -> m.getKeyword() == Modifier.Keyword.FINAL);
      }
    }
    return false;
  }
}
