package dev.faultline.scanner.lowering;

import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One parsed source file: its text (for call keys and positions), package, imports, the types it
 * declares and the binding of its names.
 */
public final class SourceFile {
  final CompilationUnit unit;
  private final String text;
  private final List<Integer> lineStarts = new ArrayList<>();
  final String packageName;

  /** Single-type imports: simple name to qualified name. */
  final Map<String, String> singleImports = new LinkedHashMap<>();

  /** On-demand imports ({@code import pkg.*;}): the package or type whose members are imported. */
  final List<String> onDemandImports = new ArrayList<>();

  /** Single static imports: member name to the qualified owner. */
  final Map<String, String> staticImports = new LinkedHashMap<>();

  /** Static on-demand imports: the qualified owners. */
  final List<String> staticOnDemandImports = new ArrayList<>();

  final Binder binder;

  /**
   * Every class-like declaration (named or anonymous), with its qualified name as javac forms it.
   */
  private final Map<String, Node> typesByName = new HashMap<>();

  public SourceFile(CompilationUnit unit, String text) {
    this.unit = unit;
    this.text = text;
    lineStarts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        lineStarts.add(i + 1);
      }
    }
    this.packageName = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    List<String> modules = new ArrayList<>();
    if (unit.getTypes().stream().anyMatch(SourceFile::isCompactClass)) {
      modules.add("java.base"); // a compact source file imports java.base implicitly
    }
    for (ImportDeclaration declaration : unit.getImports()) {
      String name = declaration.getNameAsString();
      if (declaration.isModule()) {
        modules.add(name);
      } else if (declaration.isStatic()) {
        if (declaration.isAsterisk()) {
          staticOnDemandImports.add(name);
        } else {
          int dot = name.lastIndexOf('.');
          if (dot > 0) {
            staticImports.put(name.substring(dot + 1), name.substring(0, dot));
          }
        }
      } else if (declaration.isAsterisk()) {
        onDemandImports.add(name);
      } else {
        singleImports.put(name.substring(name.lastIndexOf('.') + 1), name);
      }
    }
    // Module imports come last: single-type and on-demand imports shadow them.
    for (String module : modules) {
      for (String exported : JdkTypes.exportedPackages(module)) {
        if (!onDemandImports.contains(exported)) {
          onDemandImports.add(exported);
        }
      }
    }
    this.binder = Binder.of(unit);
    unit.walk(TypeDeclaration.class, type -> typesByName.putIfAbsent(qualifiedName(type), type));
  }

  private static boolean isCompactClass(TypeDeclaration<?> type) {
    return type instanceof ClassOrInterfaceDeclaration declaration && declaration.isCompact();
  }

  public CompilationUnit unit() {
    return unit;
  }

  /** The whole source text. */
  String text() {
    return text;
  }

  /** The source text of a node, as written. */
  String text(Node node) {
    Optional<Position> begin = node.getBegin();
    Optional<Position> end = node.getEnd();
    if (begin.isEmpty() || end.isEmpty()) {
      return node.toString();
    }
    int from = offset(begin.get());
    int to = Math.min(text.length(), offset(end.get()) + 1);
    return from < 0 || from > to ? node.toString() : text.substring(from, to);
  }

  private int offset(Position position) {
    int line = position.line - 1;
    if (line < 0 || line >= lineStarts.size()) {
      return -1;
    }
    return lineStarts.get(line) + position.column - 1;
  }

  /** The file-declared type of that qualified name (as {@link #qualifiedName} forms it). */
  @Nullable Node declaredType(String qualified) {
    return typesByName.get(qualified);
  }

  // ------------------------------------------------------------------ class-like declarations

  /** A class body: a type declaration, an anonymous class, or an enum constant with a body. */
  static boolean isClassLike(Node node) {
    return node instanceof TypeDeclaration<?>
        || (node instanceof ObjectCreationExpr creation
            && creation.getAnonymousClassBody().isPresent())
        || (node instanceof EnumConstantDeclaration constant && !constant.getClassBody().isEmpty());
  }

  /** The methods with a body that a class body declares: methods, constructors. */
  static List<Node> methodsWithBodies(Node classLike) {
    return members(classLike).stream()
        .filter(member -> body(member) != null)
        .<Node>map(member -> member)
        .toList();
  }

  /**
   * Whether a member is a method without a body (an interface or abstract method) that carries an
   * annotation: it is judged for the retries its annotations declare.
   */
  static boolean isAnnotatedWithoutBody(Node member) {
    return member instanceof MethodDeclaration method
        && method.getBody().isEmpty()
        && !method.getAnnotations().isEmpty();
  }

  /** The body of a method or constructor, null when it has none. */
  static @Nullable BlockStmt body(Node member) {
    if (member instanceof MethodDeclaration method) {
      return method.getBody().orElse(null);
    }
    if (member instanceof ConstructorDeclaration constructor) {
      return constructor.getBody();
    }
    if (member instanceof CompactConstructorDeclaration compact) {
      return compact.getBody();
    }
    return null;
  }

  /** The name javac gives a method symbol: its name, {@code <init>} for a constructor. */
  static String methodName(Node member) {
    if (member instanceof MethodDeclaration method) {
      return method.getNameAsString();
    }
    return "<init>";
  }

  /** The members of a class-like node. */
  static List<BodyDeclaration<?>> members(Node classLike) {
    if (classLike instanceof TypeDeclaration<?> type) {
      return type.getMembers();
    }
    if (classLike instanceof ObjectCreationExpr creation) {
      return creation
          .getAnonymousClassBody()
          .map(List::<BodyDeclaration<?>>copyOf)
          .orElse(List.of());
    }
    if (classLike instanceof EnumConstantDeclaration constant) {
      return constant.getClassBody();
    }
    return List.of();
  }

  /** The innermost class body that the node is inside of (for a member: the class declaring it). */
  static Optional<Node> enclosingClass(Node node) {
    Node child = node;
    for (Node parent = node.getParentNode().orElse(null);
        parent != null;
        child = parent, parent = parent.getParentNode().orElse(null)) {
      if (parent instanceof TypeDeclaration<?>) {
        return Optional.of(parent);
      }
      if (isClassLike(parent) && isMember(parent, child)) {
        return Optional.of(parent);
      }
    }
    return Optional.empty();
  }

  /** The class bodies around a node, innermost first. */
  static List<Node> enclosingClasses(Node node) {
    List<Node> result = new ArrayList<>();
    for (Optional<Node> current = enclosingClass(node);
        current.isPresent();
        current = enclosingClass(current.get())) {
      result.add(current.get());
    }
    return result;
  }

  static boolean isMember(Node classLike, Node child) {
    // The body declarations among a class-like node's children are its members, except an enum's
    // constants: a
    // constant-time answer for the usual question about a node's own parent (a linear search over
    // thousands of
    // members for every name resolved was the scanner's hottest spot on generated SDK classes).
    if (Nodes.same(child.getParentNode().orElse(null), classLike)) {
      return child instanceof BodyDeclaration<?> && !(child instanceof EnumConstantDeclaration);
    }
    for (BodyDeclaration<?> member : members(classLike)) {
      if (Nodes.same(member, child)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The qualified name javac gives a class-like node: {@code pkg.Outer.Inner} for member types, the
   * simple name for local classes and their members, empty for anonymous classes.
   */
  String qualifiedName(Node classLike) {
    if (!(classLike instanceof TypeDeclaration<?> type)) {
      return "";
    }
    String name = type.getNameAsString();
    Node parent = type.getParentNode().orElse(null);
    if (parent instanceof CompilationUnit) {
      return packageName.isEmpty() ? name : packageName + "." + name;
    }
    if (parent instanceof LocalClassDeclarationStmt
        || parent instanceof LocalRecordDeclarationStmt) {
      return name;
    }
    Optional<Node> outer = enclosingClass(type);
    if (outer.isEmpty()) {
      return name;
    }
    String prefix = qualifiedName(outer.get());
    return prefix.isEmpty() ? name : prefix + "." + name;
  }
}
