package dev.faultline.errorprone.lowering;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import dev.faultline.analysis.model.Anchor;
import dev.faultline.analysis.view.CodeView;
import java.util.ArrayList;
import java.util.List;

/** The code view over javac trees: what a call, a type or a constant is, from javac's symbols and types. */
final class JavacCodeView implements CodeView<Tree> {
  private final VisitorState state;

  JavacCodeView(VisitorState state) {
    this.state = state;
  }

  @Override
  public Tree strip(Tree expression) {
    return expression instanceof ExpressionTree tree ? Operands.strip(tree) : expression;
  }

  @Override
  public String typeOf(Tree expression) {
    Type type = ASTHelpers.getType(expression);
    return type == null || type.tsym == null ? null : JavacLowering.qualifiedName(state.getTypes().erasure(type));
  }

  @Override
  public boolean isSubtype(String type, String supertype) {
    if (type == null) {
      return false;
    }
    Type subtype = state.getTypeFromString(type);
    Type target = state.getTypeFromString(supertype);
    return subtype != null && target != null && ASTHelpers.isSubtype(subtype, target, state);
  }

  @Override
  public Object literalValue(Tree expression) {
    return expression instanceof LiteralTree literal ? literal.getValue() : null;
  }

  @Override
  public String classLiteralType(Tree expression) {
    return expression instanceof MemberSelectTree select && select.getIdentifier().contentEquals("class")
        ? JavacLowering.qualifiedName(ASTHelpers.getType(select.getExpression())) : null;
  }

  @Override
  public boolean isLambda(Tree expression) {
    return expression instanceof LambdaExpressionTree;
  }

  @Override
  public int lambdaParameterCount(Tree lambda) {
    return ((LambdaExpressionTree) lambda).getParameters().size();
  }

  @Override
  public Anchor anchor(Tree node) {
    return new TreeAnchor(node);
  }

  @Override
  public boolean isCall(Tree expression) {
    return expression instanceof MethodInvocationTree;
  }

  @Override
  public String calledName(Tree call) {
    MethodSymbol symbol = ASTHelpers.getSymbol((MethodInvocationTree) call);
    return symbol == null ? "" : symbol.getSimpleName().toString();
  }

  @Override
  public String calledOwner(Tree call) {
    MethodSymbol symbol = ASTHelpers.getSymbol((MethodInvocationTree) call);
    return symbol == null ? null : symbol.owner.getQualifiedName().toString();
  }

  @Override
  public boolean isStaticCall(Tree call) {
    Symbol symbol = ASTHelpers.getSymbol((MethodInvocationTree) call);
    return symbol != null && ASTHelpers.isStatic(symbol);
  }

  @Override
  public Tree receiver(Tree call) {
    return ASTHelpers.getReceiver((ExpressionTree) call);
  }

  @Override
  public List<? extends Tree> arguments(Tree call) {
    return call instanceof NewClassTree creation ? creation.getArguments()
        : ((MethodInvocationTree) call).getArguments();
  }

  @Override
  public List<Tree> callsIn(Tree root) {
    return calls(root, true);
  }

  @Override
  public Tree annotation(Tree declaration, String type) {
    ModifiersTree modifiers = declaration instanceof MethodTree method ? method.getModifiers()
        : declaration instanceof ClassTree declared ? declared.getModifiers()
        : declaration instanceof VariableTree variable ? variable.getModifiers() : null;
    if (modifiers == null) {
      return null;
    }
    for (AnnotationTree annotation : modifiers.getAnnotations()) {
      if (type.equals(JavacLowering.qualifiedName(ASTHelpers.getType(annotation.getAnnotationType())))) {
        return annotation;
      }
    }
    return null;
  }

  @Override
  public Tree attribute(Tree annotation, String name) {
    if (!(annotation instanceof AnnotationTree tree)) {
      return null;
    }
    for (ExpressionTree argument : tree.getArguments()) {
      if (argument instanceof AssignmentTree assignment) {
        if (assignment.getVariable() instanceof IdentifierTree id && id.getName().contentEquals(name)) {
          return assignment.getExpression();
        }
      } else if (name.equals("value")) {
        return argument;
      }
    }
    return null;
  }

  @Override
  public List<? extends Tree> arrayElements(Tree value) {
    return value instanceof NewArrayTree array ? array.getInitializers() : null;
  }

  @Override
  public List<Tree> classLiteralsIn(Tree root) {
    List<Tree> literals = new ArrayList<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMemberSelect(MemberSelectTree select, Void unused) {
        if (select.getIdentifier().contentEquals("class")) {
          literals.add(select);
          return null;
        }
        return super.visitMemberSelect(select, null);
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree lambda, Void unused) {
        return null;
      }
    }.scan(root, null);
    return literals;
  }

  @Override
  public String createdType(Tree expression) {
    Symbol type = expression instanceof NewClassTree creation ? ASTHelpers.getSymbol(creation.getIdentifier()) : null;
    return type == null ? null : type.getQualifiedName().toString();
  }

  @Override
  public Tree declaredClass(String type) {
    ClassTree[] found = {null};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitClass(ClassTree tree, Void unused) {
        ClassSymbol symbol = ASTHelpers.getSymbol(tree);
        if (found[0] == null && symbol != null && symbol.getQualifiedName().contentEquals(type)) {
          found[0] = tree;
          return null;
        }
        return super.visitClass(tree, null);
      }
    }.scan(state.getPath().getCompilationUnit(), null);
    return found[0];
  }

  @Override
  public Tree declaredMethod(Tree classDeclaration, String name) {
    if (!(classDeclaration instanceof ClassTree declaration)) {
      return null;
    }
    for (Tree member : declaration.getMembers()) {
      if (member instanceof MethodTree method && method.getName().contentEquals(name) && method.getBody() != null) {
        return method;
      }
    }
    return null;
  }

  @Override
  public Tree methodBody(Tree method) {
    return method instanceof MethodTree tree ? tree.getBody() : null;
  }

  @Override
  public List<Tree> callsInEnclosingMethod(Tree node) {
    TreePath path = TreePath.getPath(state.getPath().getCompilationUnit(), node);
    while (path != null && !(path.getLeaf() instanceof MethodTree)) {
      path = path.getParentPath();
    }
    Tree body = path == null ? null : ((MethodTree) path.getLeaf()).getBody();
    return body == null ? List.of() : calls(body, false);
  }

  /** The method calls in a node, outer calls first, in the classes nested in it too or not. */
  private static List<Tree> calls(Tree root, boolean intoClasses) {
    List<Tree> calls = new ArrayList<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        calls.add(call);
        return super.visitMethodInvocation(call, null);
      }

      @Override
      public Void visitClass(ClassTree tree, Void unused) {
        return intoClasses ? super.visitClass(tree, null) : null;
      }
    }.scan(root, null);
    return calls;
  }

  // [spring] new members above this line

  // [hooks] new members above this line

  // [reactive] new members above this line

  // [catalogue] new members above this line

  // [values] new members above this line
}
