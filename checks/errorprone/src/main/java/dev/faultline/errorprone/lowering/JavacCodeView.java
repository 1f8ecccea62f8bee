package dev.faultline.errorprone.lowering;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.api.JavacTrees;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import dev.faultline.analysis.model.Anchor;
import dev.faultline.analysis.view.CodeView;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.type.TypeKind;

/** The code view over javac trees: what a call, a type or a constant is, from javac's symbols and types. */
final class JavacCodeView implements CodeView<Tree> {
  private final VisitorState state;

  JavacCodeView(VisitorState state) {
    this.state = state;
  }

  @Override
  public Tree strip(Tree expression) {
    return expression instanceof ExpressionTree tree ? strip(tree) : expression;
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
    List<Tree> calls = new ArrayList<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        calls.add(call);
        return super.visitMethodInvocation(call, null);
      }
    }.scan(root, null);
    return calls;
  }

  // [spring] new members above this line

  // [hooks] new members above this line

  // [reactive] new members above this line

  // [catalogue] new members above this line

  @Override
  public boolean isName(Tree expression) {
    return expression instanceof IdentifierTree;
  }

  @Override
  public Object declarationOf(Tree node) {
    boolean refers = node instanceof IdentifierTree || node instanceof MemberSelectTree
        || node instanceof MethodInvocationTree || node instanceof VariableTree || node instanceof MethodTree;
    return refers ? ASTHelpers.getSymbol(node) : null;
  }

  @Override
  public List<Tree> writesIn(Tree code) {
    List<Tree> writes = new ArrayList<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree tree, Void unused) {
        if (tree.getInitializer() != null) {
          writes.add(tree);
        }
        return super.visitVariable(tree, null);
      }

      @Override
      public Void visitAssignment(AssignmentTree tree, Void unused) {
        writes.add(tree);
        return super.visitAssignment(tree, null);
      }

      @Override
      public Void visitClass(ClassTree tree, Void unused) {
        return null;
      }
    }.scan(code, null);
    return writes;
  }

  @Override
  public Object writtenVariable(Tree write) {
    if (write instanceof AssignmentTree assignment) {
      Symbol target = ASTHelpers.getSymbol(assignment.getVariable());
      return target instanceof Symbol.VarSymbol ? target : null;
    }
    return ASTHelpers.getSymbol((VariableTree) write);
  }

  @Override
  public Tree writtenValue(Tree write) {
    return write instanceof AssignmentTree assignment ? assignment.getExpression()
        : ((VariableTree) write).getInitializer();
  }

  @Override
  public boolean isAssignment(Tree write) {
    return write instanceof AssignmentTree;
  }

  @Override
  public boolean declaresBoolean(Tree write) {
    Symbol variable = write instanceof VariableTree tree ? ASTHelpers.getSymbol(tree) : null;
    return variable != null && variable.type != null && variable.type.getKind() == TypeKind.BOOLEAN;
  }

  @Override
  public List<Tree> childrenOf(Tree node) {
    List<Tree> children = new ArrayList<>();
    node.accept(new TreeScanner<Void, List<Tree>>() {
      @Override
      public Void scan(Tree child, List<Tree> found) {
        if (child != null && !(child instanceof ClassTree)) {
          found.add(child);
        }
        return null;
      }
    }, children);
    return children;
  }

  @Override
  public Object constantValue(Tree expression) {
    return expression instanceof ExpressionTree tree ? ASTHelpers.constValue(tree) : null;
  }

  @Override
  public List<Tree> conditionalBranches(Tree expression) {
    return expression instanceof ConditionalExpressionTree conditional
        ? List.of(conditional.getTrueExpression(), conditional.getFalseExpression()) : List.of();
  }

  @Override
  public String createdType(Tree expression) {
    Symbol type = expression instanceof NewClassTree creation ? ASTHelpers.getSymbol(creation.getIdentifier()) : null;
    return type == null ? null : type.getQualifiedName().toString();
  }

  /** An expression without the parentheses and casts around it. */
  static ExpressionTree strip(ExpressionTree expression) {
    ExpressionTree tree = ASTHelpers.stripParentheses(expression);
    while (tree instanceof TypeCastTree cast) {
      tree = ASTHelpers.stripParentheses(cast.getExpression());
    }
    return tree;
  }

  @Override
  public Tree outerClassOf(Tree classDeclaration) {
    ClassSymbol symbol = ASTHelpers.getSymbol((ClassTree) classDeclaration);
    return symbol != null && symbol.owner instanceof ClassSymbol owner
        ? JavacTrees.instance(state.context).getTree(owner) : null;
  }

  @Override
  public List<Tree> methodsOf(Tree classDeclaration) {
    List<Tree> methods = new ArrayList<>();
    for (Tree member : ((ClassTree) classDeclaration).getMembers()) {
      if (member instanceof MethodTree method && method.getBody() != null) {
        methods.add(method);
      }
    }
    return methods;
  }

  @Override
  public List<Tree> memberClassesOf(Tree classDeclaration) {
    List<Tree> classes = new ArrayList<>();
    for (Tree member : ((ClassTree) classDeclaration).getMembers()) {
      if (member instanceof ClassTree nested) {
        classes.add(nested);
      }
    }
    return classes;
  }

  @Override
  public Tree bodyOf(Tree method) {
    return ((MethodTree) method).getBody();
  }

  @Override
  public String methodName(Tree method) {
    return ASTHelpers.getSymbol((MethodTree) method).getSimpleName().toString();
  }

  @Override
  public Tree returnedValue(Tree node) {
    return node instanceof ReturnTree returnTree ? returnTree.getExpression() : null;
  }

  @Override
  public boolean isConstructorCallStatement(Tree node) {
    return false; // javac's this(...) and super(...) are method invocations, answered by isCall
  }

  // [values] new members above this line
}
