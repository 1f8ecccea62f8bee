package dev.faultline.scanner.lowering;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.model.Unit;
import dev.faultline.analysis.values.ClassFacts;
import dev.faultline.analysis.values.CodeWalk;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Lowers the methods of one parsed file. Holds what every method of the file shares: the resolver,
 * the constants, the recognisers and the per-class helper summaries. Not thread-safe: one per file
 * and thread.
 */
public final class FileLowering {
  final SourceFile file;
  final Resolver resolver;
  final Constants constants;

  /**
   * The code view of this file's nodes, which the shared recognisers and the HTTP client catalogue
   * ask.
   */
  final JavaParserCodeView view;

  private final IdentityHashMap<Node, ClassFacts<Node>> facts = new IdentityHashMap<>();

  /** What walking a piece of code found for learning its values, by the code. */
  private final IdentityHashMap<Node, CodeWalk<Node>> walks = new IdentityHashMap<>();

  /** Same-class helpers' bodies lowered for calls that give them no part of the error body. */
  private final IdentityHashMap<Node, Map<Integer, Step>> helperBodies = new IdentityHashMap<>();

  public FileLowering(SourceFile file, SolverBridge solver) {
    this(file, solver, ForeignSources.none());
  }

  /**
   * @param foreign the other files of the project this analysis reads classes from (shared with the
   *     lowerings of those files)
   */
  public FileLowering(SourceFile file, SolverBridge solver, ForeignSources foreign) {
    this.file = file;
    this.resolver = new Resolver(file, solver, foreign);
    this.constants = new Constants(resolver);
    this.view =
        new JavaParserCodeView(resolver, constants, foreign, foreign.profileServerWaitHeaders());
  }

  /**
   * Every method and constructor with a body, annotated method without one, field initializer and
   * initializer block, anywhere in the file (nested, local and anonymous classes too).
   */
  public List<Node> methods() {
    List<Node> methods = new ArrayList<>();
    file.unit.walk(
        Node.TreeTraversal.PREORDER,
        node -> {
          boolean method =
              (SourceFile.body(node) != null
                      && (node instanceof MethodDeclaration
                          || node instanceof ConstructorDeclaration
                          || node instanceof CompactConstructorDeclaration))
                  || SourceFile.isAnnotatedWithoutBody(node);
          if ((method || isInitializer(node)) && SourceFile.enclosingClass(node).isPresent()) {
            methods.add(node);
          }
        });
    return methods;
  }

  /**
   * A field's initialized variable, or an initializer block: code that runs when the class is set
   * up.
   */
  private static boolean isInitializer(Node node) {
    return node instanceof InitializerDeclaration
        || (node instanceof VariableDeclarator variable
            && variable.getInitializer().isPresent()
            && variable.getParentNode().orElse(null) instanceof FieldDeclaration);
  }

  /**
   * The units of one method (or initializer): its body and the lambdas in it that run on their own.
   */
  public List<Unit> lower(Node method) {
    Optional<Node> enclosingClass = SourceFile.enclosingClass(method);
    if (enclosingClass.isEmpty()) {
      return List.of();
    }
    return isInitializer(method)
        ? JavaParserLowering.lowerInitializer(method, enclosingClass.get(), this)
        : JavaParserLowering.lowerMethod(method, enclosingClass.get(), this);
  }

  /** A readable name for a method, e.g. {@code InvoiceSync.push}. */
  public static String describe(Node method) {
    String owner =
        SourceFile.enclosingClass(method)
            .map(
                c ->
                    c instanceof com.github.javaparser.ast.body.TypeDeclaration<?> type
                        ? type.getNameAsString()
                        : "<anonymous>")
            .orElse("?");
    String name =
        method instanceof MethodDeclaration declaration
            ? declaration.getNameAsString()
            : method instanceof VariableDeclarator field
                ? field.getNameAsString()
                : method instanceof InitializerDeclaration ? "<clinit>" : "<init>";
    return owner + "." + name;
  }

  /**
   * Whether {@code @SuppressWarnings} names the check on the method or on any declaration around it
   * (class, enclosing method, field or local variable of an anonymous class), as Error Prone
   * honours it.
   */
  public boolean isSuppressed(Node method, String checkName) {
    for (Node node = method; node != null; node = node.getParentNode().orElse(null)) {
      if (!(node instanceof NodeWithAnnotations<?> annotated) || !isDeclaration(node)) {
        continue;
      }
      for (AnnotationExpr annotation : annotated.getAnnotations()) {
        String name = annotation.getNameAsString();
        if (!name.equals("SuppressWarnings") && !name.equals("java.lang.SuppressWarnings")) {
          continue;
        }
        for (Expression value : annotationValues(annotation)) {
          if (checkName.equals(constants.value(value))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean isDeclaration(Node node) {
    return node instanceof BodyDeclaration<?>
        || node instanceof VariableDeclarationExpr
        || node instanceof Parameter;
  }

  private static List<Expression> annotationValues(AnnotationExpr annotation) {
    List<Expression> values = new ArrayList<>();
    Expression value = null;
    if (annotation instanceof SingleMemberAnnotationExpr single) {
      value = single.getMemberValue();
    } else if (annotation instanceof NormalAnnotationExpr normal) {
      for (MemberValuePair pair : normal.getPairs()) {
        if (pair.getNameAsString().equals("value")) {
          value = pair.getValue();
        }
      }
    }
    if (value instanceof ArrayInitializerExpr array) {
      values.addAll(array.getValues());
    } else if (value != null) {
      values.add(value);
    }
    return values;
  }

  /**
   * A same-class helper's body as lowered at that inlining depth for a call that gives it no part
   * of the error body ({@link dev.faultline.analysis.values.Operands#noneCarriesBody}): the same
   * for every such call, so lowered once.
   */
  Step helperBodyGivenNoBody(Node helper, int inlineDepth, Supplier<Step> lower) {
    Map<Integer, Step> byDepth = helperBodies.computeIfAbsent(helper, h -> new HashMap<>());
    Step known = byDepth.get(inlineDepth);
    if (known == null) {
      known = lower.get();
      byDepth.put(inlineDepth, known);
    }
    return known;
  }

  /** What walking a piece of code found for learning its values, computed once per code. */
  CodeWalk<Node> walkOf(Node code) {
    CodeWalk<Node> walk = walks.get(code);
    if (walk == null) {
      walk = CodeWalk.of(code, view);
      walks.put(code, walk);
    }
    return walk;
  }

  /**
   * The facts of the helper methods a class can call as its own, computed once per owning class of
   * the file.
   */
  ClassFacts<Node> facts(Node classLike, JavaParserLowering lowering) {
    Node owner = ClassFacts.owner(classLike, lowering.view());
    ClassFacts<Node> cached = facts.get(owner);
    if (cached == null) {
      cached = ClassFacts.of(owner, lowering);
      facts.put(owner, cached);
    }
    return cached;
  }
}
