package dev.faultline.errorprone.lowering;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.EmptyStatementTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.YieldTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import dev.faultline.analysis.model.Anchor;
import dev.faultline.analysis.view.CodeView;
import dev.faultline.analysis.view.StatementKind;
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

  @Override
  public String methodName(Tree member) {
    return member instanceof MethodTree method ? method.getName().toString() : null;
  }

  @Override
  public Tree methodBody(Tree method) {
    return method instanceof MethodTree tree ? tree.getBody() : null;
  }

  @Override
  public List<? extends Tree> parameters(Tree method) {
    return ((MethodTree) method).getParameters();
  }

  @Override
  public String declaredType(Tree variable) {
    Type type = ASTHelpers.getType(variable);
    return type == null || type.tsym == null ? null : JavacLowering.qualifiedName(state.getTypes().erasure(type));
  }

  @Override
  public boolean declaredInSubtypeOf(Tree method, String type) {
    MethodSymbol symbol = ASTHelpers.getSymbol((MethodTree) method);
    Type supertype = state.getTypeFromString(type);
    return symbol != null && supertype != null && ASTHelpers.isSubtype(symbol.owner.type, supertype, state);
  }

  @Override
  @SuppressWarnings("ReferenceEquality") // trees compare by identity: is the path's leaf this very method
  public List<Tree> methodsOfClass(Tree method) {
    TreePath path = state.getPath().getLeaf() == method ? state.getPath()
        : TreePath.getPath(state.getPath().getCompilationUnit(), method);
    ClassTree owner = path == null ? null : ASTHelpers.findEnclosingNode(path, ClassTree.class);
    List<Tree> methods = new ArrayList<>();
    if (owner != null) {
      for (Tree member : owner.getMembers()) {
        if (member instanceof MethodTree) {
          methods.add(member);
        }
      }
    }
    return methods;
  }

  @Override
  public Anchor nameAnchor(Tree declaration) {
    return new TreeAnchor(declaration);
  }

  @Override
  public boolean isSuperCall(Tree call) {
    return call instanceof MethodInvocationTree invocation
        && invocation.getMethodSelect() instanceof MemberSelectTree select
        && select.getExpression() instanceof IdentifierTree receiver
        && receiver.getName().contentEquals("super");
  }

  @Override
  public StatementKind statementKind(Tree statement) {
    if (statement instanceof BlockTree) {
      return StatementKind.BLOCK;
    } else if (statement instanceof IfTree) {
      return StatementKind.IF;
    } else if (statement instanceof SwitchTree) {
      return StatementKind.SWITCH;
    } else if (statement instanceof TryTree) {
      return StatementKind.TRY;
    } else if (statement instanceof ReturnTree) {
      return StatementKind.RETURN;
    } else if (statement instanceof ThrowTree) {
      return StatementKind.THROW;
    } else if (statement instanceof YieldTree) {
      return StatementKind.YIELD;
    } else if (statement instanceof BreakTree) {
      return StatementKind.BREAK;
    } else if (statement instanceof ContinueTree) {
      return StatementKind.CONTINUE;
    } else if (statement instanceof VariableTree || statement instanceof ExpressionStatementTree
        || statement instanceof EmptyStatementTree) {
      return StatementKind.EXPRESSION;
    }
    return StatementKind.OTHER;
  }

  @Override
  public List<? extends Tree> statementsOf(Tree statement) {
    return statement instanceof TryTree tryTree ? tryTree.getBlock().getStatements()
        : ((BlockTree) statement).getStatements();
  }

  @Override
  public Tree condition(Tree ifOrConditional) {
    return ifOrConditional instanceof IfTree ifTree ? ifTree.getCondition()
        : ((ConditionalExpressionTree) ifOrConditional).getCondition();
  }

  @Override
  public Tree thenPart(Tree ifOrConditional) {
    return ifOrConditional instanceof IfTree ifTree ? ifTree.getThenStatement()
        : ((ConditionalExpressionTree) ifOrConditional).getTrueExpression();
  }

  @Override
  public Tree elsePart(Tree ifOrConditional) {
    return ifOrConditional instanceof IfTree ifTree ? ifTree.getElseStatement()
        : ((ConditionalExpressionTree) ifOrConditional).getFalseExpression();
  }

  @Override
  public boolean isConditional(Tree expression) {
    return expression instanceof ConditionalExpressionTree;
  }

  @Override
  public boolean isSwitchExpression(Tree expression) {
    return expression instanceof SwitchExpressionTree;
  }

  @Override
  public Tree selector(Tree switchNode) {
    return switchNode instanceof SwitchTree switchTree ? switchTree.getExpression()
        : ((SwitchExpressionTree) switchNode).getExpression();
  }

  @Override
  public List<? extends Tree> cases(Tree switchNode) {
    return switchNode instanceof SwitchTree switchTree ? switchTree.getCases()
        : ((SwitchExpressionTree) switchNode).getCases();
  }

  @Override
  public List<? extends Tree> caseLabels(Tree switchCase) {
    return ((CaseTree) switchCase).getExpressions();
  }

  @Override
  public boolean isArrowCase(Tree switchCase) {
    return ((CaseTree) switchCase).getCaseKind() == CaseTree.CaseKind.RULE;
  }

  @Override
  public List<? extends Tree> caseStatements(Tree switchCase) {
    CaseTree caseTree = (CaseTree) switchCase;
    if (caseTree.getCaseKind() != CaseTree.CaseKind.RULE) {
      return caseTree.getStatements();
    }
    return caseTree.getBody() instanceof StatementTree body ? List.of(body) : List.of();
  }

  @Override
  public Tree caseValue(Tree switchCase) {
    CaseTree caseTree = (CaseTree) switchCase;
    return caseTree.getCaseKind() == CaseTree.CaseKind.RULE && caseTree.getBody() instanceof ExpressionTree body
        ? body : null;
  }

  @Override
  public Tree statementExpression(Tree statement) {
    if (statement instanceof ReturnTree returnTree) {
      return returnTree.getExpression();
    } else if (statement instanceof YieldTree yieldTree) {
      return yieldTree.getValue();
    } else if (statement instanceof ThrowTree throwTree) {
      return throwTree.getExpression();
    } else if (statement instanceof ExpressionStatementTree expression) {
      return expression.getExpression();
    }
    return null;
  }

  @Override
  public boolean refersTo(Tree expression, Tree variable) {
    Symbol symbol = expression instanceof IdentifierTree identifier ? ASTHelpers.getSymbol(identifier) : null;
    return symbol != null && symbol.equals(ASTHelpers.getSymbol(variable));
  }

  @Override
  public Tree annotation(Tree declaration, String type) {
    return declaration instanceof MethodTree method ? RetryConfigSupport.annotation(method, type) : null;
  }

  @Override
  public String createdType(Tree expression) {
    if (!(expression instanceof NewClassTree creation)) {
      return null;
    }
    return JavacLowering.qualifiedName(ASTHelpers.getType(
        creation.getClassBody() == null ? creation : creation.getIdentifier()));
  }

  @Override
  public List<Tree> creationsIn(Tree root) {
    List<Tree> created = new ArrayList<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitNewClass(NewClassTree tree, Void unused) {
        created.add(tree);
        return super.visitNewClass(tree, null);
      }

      @Override
      public Void visitClass(ClassTree tree, Void unused) {
        return null;
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
        return null;
      }
    }.scan(root, null);
    return created;
  }

  @Override
  public Object constantValue(Tree expression) {
    return ASTHelpers.constValue(expression);
  }

  // [hooks] new members above this line

  // [reactive] new members above this line

  // [catalogue] new members above this line

  // [values] new members above this line
}
