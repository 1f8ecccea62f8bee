package dev.faultline.scanner.lowering;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.faultline.analysis.catalogue.HttpClientCatalogue;
import dev.faultline.analysis.catalogue.CallMeaning;
import dev.faultline.analysis.library.HttpNames;
import dev.faultline.analysis.values.Operands;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the methods of one class do, so that a call of a same-class helper counts as what the helper does: sends a
 * request, waits, reads Retry-After, refreshes credentials.
 */
final class ClassFacts implements Operands.Helpers {
  /** What one helper method does. */
  static final class Helper {
    final Node tree;
    boolean sends;
    boolean throwsOnHttpError;
    final Set<String> thrownTypes = new LinkedHashSet<>();
    boolean waits;
    boolean waitsForRetryAfter;
    boolean returnsRetryAfter;
    boolean refreshesCredentials;

    Helper(Node tree) {
      this.tree = tree;
    }

    private String signature() {
      return sends + " " + throwsOnHttpError + thrownTypes + waits + waitsForRetryAfter + returnsRetryAfter
          + refreshesCredentials;
    }
  }

  private static final int MAX_ROUNDS = 6;

  private final IdentityHashMap<Node, Helper> helpers = new IdentityHashMap<>();

  private ClassFacts() {}

  @Nullable Helper helper(@Nullable Node declaration) {
    return declaration == null ? null : helpers.get(declaration);
  }

  @Override
  public boolean isHelper(@Nullable Object method) {
    return method instanceof Node declaration && helpers.get(declaration) != null;
  }

  @Override
  public boolean returnsRetryAfter(@Nullable Object method) {
    Helper helper = method instanceof Node declaration ? helpers.get(declaration) : null;
    return helper != null && helper.returnsRetryAfter;
  }

  /** The methods with a body that a class body declares: methods, constructors. */
  static List<Node> methodsWithBodies(Node classLike) {
    return SourceFile.members(classLike).stream()
        .filter(member -> body(member) != null)
        .<Node>map(member -> member)
        .toList();
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
  static String name(Node member) {
    if (member instanceof MethodDeclaration method) {
      return method.getNameAsString();
    }
    return "<init>";
  }

  /**
   * The class whose facts a class uses: its outermost enclosing class when it is a member class (a member class calls
   * its outer class's methods, and the other way round); a local or anonymous class has facts of its own.
   */
  static Node outermostMemberOwner(Node classLike) {
    Node outermost = classLike;
    while (outermost instanceof TypeDeclaration<?> type && type.isNestedType()
        && type.getParentNode().orElse(null) instanceof TypeDeclaration<?> owner) {
      outermost = owner;
    }
    return outermost;
  }

  /** The methods with a body of a class and of the member classes nested in it, at any depth. */
  private static void collectMethods(Node classLike, List<Node> methods) {
    methods.addAll(methodsWithBodies(classLike));
    for (BodyDeclaration<?> member : SourceFile.members(classLike)) {
      if (member instanceof TypeDeclaration<?> nested) {
        collectMethods(nested, methods);
      }
    }
  }

  static ClassFacts compute(Node classLike, JavaParserLowering lowering) {
    ClassFacts facts = new ClassFacts();
    List<Node> methods = new java.util.ArrayList<>();
    collectMethods(classLike, methods);
    for (Node member : methods) {
      facts.helpers.put(member, new Helper(member));
    }
    for (int round = 0; round < MAX_ROUNDS; round++) {
      boolean changed = false;
      for (Helper helper : facts.helpers.values()) {
        String before = helper.signature();
        facts.summarize(helper, lowering);
        changed |= !before.equals(helper.signature());
      }
      if (!changed) {
        break;
      }
    }
    return facts;
  }

  private void summarize(Helper helper, JavaParserLowering lowering) {
    FileLowering context = lowering.context();
    Node self = helper.tree;
    if (HttpNames.namesCredentialRefresh(name(self))) {
      helper.refreshesCredentials = true;
    }
    Operands<Node> operands = Operands.of(self, this, lowering);
    BlockStmt body = body(self);
    if (body != null) {
      scan(body, helper, operands, context);
    }
  }

  private void scan(Node node, Helper helper, Operands<Node> operands, FileLowering context) {
    if (node instanceof TypeDeclaration<?>) {
      return;
    }
    if (node instanceof ObjectCreationExpr creation) {
      creation.getScope().ifPresent(scope -> scan(scope, helper, operands, context));
      creation.getArguments().forEach(argument -> scan(argument, helper, operands, context));
      creation.getTypeArguments().ifPresent(types -> types.forEach(t -> scan(t, helper, operands, context)));
      return;
    }
    if (node instanceof MethodCallExpr call) {
      visitCall(call, helper, operands, context);
    }
    if (node instanceof ExplicitConstructorInvocationStmt call) {
      Helper other = helper(context.resolver.constructorCalled(call));
      if (other != null && !Nodes.same(other.tree, helper.tree)) {
        merge(helper, other, call.getArguments(), operands);
      }
    }
    if (node instanceof ReturnStmt returnStmt && returnStmt.getExpression().isPresent()
        && operands.isRetryAfterDerived(returnStmt.getExpression().get())) {
      helper.returnsRetryAfter = true;
    }
    for (Node child : Binder.inSourceOrder(node.getChildNodes())) {
      scan(child, helper, operands, context);
    }
  }

  private void visitCall(MethodCallExpr call, Helper helper, Operands<Node> operands, FileLowering context) {
    CallableDeclaration<?> callee = context.resolver.target(call).declaration();
    CallMeaning.Request request = HttpClientCatalogue.request(context.view, call);
    if (request != null) {
      helper.sends = true;
      helper.throwsOnHttpError |= request.throwsOnHttpError();
      helper.thrownTypes.addAll(request.thrownTypes());
    }
    Helper other = callee == null || Nodes.same(callee, helper.tree) ? null : helpers.get(callee);
    if (other != null) {
      merge(helper, other, call.getArguments(), operands);
    }
    if (HttpNames.namesCredentialRefresh(call.getNameAsString())) {
      helper.refreshesCredentials = true;
    }
    if (HttpClientCatalogue.waitOf(context.view, call) != null) {
      helper.waits = true;
      helper.waitsForRetryAfter |= call.getArguments().stream().anyMatch(operands::isRetryAfterDerived);
    }
  }

  private static void merge(Helper helper, Helper other, List<Expression> arguments, Operands<Node> operands) {
    helper.sends |= other.sends;
    helper.throwsOnHttpError |= other.throwsOnHttpError;
    helper.thrownTypes.addAll(other.thrownTypes);
    helper.refreshesCredentials |= other.refreshesCredentials;
    if (other.waits) {
      helper.waits = true;
      helper.waitsForRetryAfter |= other.waitsForRetryAfter
          || arguments.stream().anyMatch(operands::isRetryAfterDerived);
    }
  }
}
