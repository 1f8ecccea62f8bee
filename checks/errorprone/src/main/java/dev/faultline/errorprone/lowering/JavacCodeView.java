package dev.faultline.errorprone.lowering;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
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

  @Override
  public Tree lambdaExpressionBody(Tree lambda) {
    Tree body = ((LambdaExpressionTree) lambda).getBody();
    return body instanceof ExpressionTree ? body : null;
  }

  @Override
  public String instanceOfType(Tree expression) {
    if (!(expression instanceof InstanceOfTree test)) {
      return null;
    }
    Type type = test.getType() == null ? null : ASTHelpers.getType(test.getType());
    return type == null || type.tsym == null ? "" : type.tsym.getQualifiedName().toString();
  }

  @Override
  public String logicalOperator(Tree expression) {
    return switch (expression.getKind()) {
      case LOGICAL_COMPLEMENT -> "!";
      case CONDITIONAL_AND -> "&&";
      case CONDITIONAL_OR -> "||";
      default -> null;
    };
  }

  @Override
  public List<? extends Tree> logicalOperands(Tree expression) {
    return expression instanceof BinaryTree binary ? List.of(binary.getLeftOperand(), binary.getRightOperand())
        : List.of(((UnaryTree) expression).getExpression());
  }

  @Override
  public List<Tree> conditionalsIn(Tree root) {
    List<Tree> conditionals = new ArrayList<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitIf(IfTree tree, Void unused) {
        conditionals.add(tree);
        return super.visitIf(tree, null);
      }

      @Override
      public Void visitConditionalExpression(ConditionalExpressionTree tree, Void unused) {
        conditionals.add(tree);
        return super.visitConditionalExpression(tree, null);
      }
    }.scan(root, null);
    return conditionals;
  }

  @Override
  public Tree conditionalTest(Tree conditional) {
    return conditional instanceof IfTree statement ? statement.getCondition()
        : ((ConditionalExpressionTree) conditional).getCondition();
  }

  @Override
  public Tree conditionalThen(Tree conditional) {
    return conditional instanceof IfTree statement ? statement.getThenStatement()
        : ((ConditionalExpressionTree) conditional).getTrueExpression();
  }

  @Override
  public Tree conditionalElse(Tree conditional) {
    return conditional instanceof ConditionalExpressionTree expression ? expression.getFalseExpression() : null;
  }

  // [reactive] new members above this line

  // [catalogue] new members above this line

  // [values] new members above this line
}
