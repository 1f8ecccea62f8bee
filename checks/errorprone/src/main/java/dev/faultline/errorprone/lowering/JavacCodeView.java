package dev.faultline.errorprone.lowering;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Attribute;
import java.util.Set;
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
    if (type == null || type.isEmpty()) {
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

  @Override
  public String receiverType(Tree call) {
    Type type = call instanceof ExpressionTree expression ? ASTHelpers.getReceiverType(expression) : null;
    String name = type == null || type.tsym == null ? "" : JavacLowering.qualifiedName(state.getTypes().erasure(type));
    // An anonymous class has no name to look a type up by: its calls match no library family.
    return name.isEmpty() ? null : name;
  }

  @Override
  public List<String> calledThrownTypes(Tree call) {
    MethodSymbol symbol = ASTHelpers.getSymbol((MethodInvocationTree) call);
    if (symbol == null) {
      return null;
    }
    List<String> thrown = new ArrayList<>();
    for (Type type : symbol.getThrownTypes()) {
      thrown.add(JavacLowering.qualifiedName(type));
    }
    return thrown;
  }

  @Override
  public Object constantValue(Tree expression) {
    return ASTHelpers.constValue(expression);
  }

  @Override
  public String referencedField(Tree expression) {
    Symbol symbol = ASTHelpers.getSymbol(expression);
    return symbol instanceof Symbol.VarSymbol && symbol.owner != null
        ? symbol.owner.getQualifiedName() + "." + symbol.getSimpleName() : null;
  }

  @Override
  public String calledReturnType(Tree call) {
    MethodSymbol symbol = ASTHelpers.getSymbol((MethodInvocationTree) call);
    if (symbol == null) {
      return null;
    }
    Type returned = symbol.getReturnType();
    return returned.isPrimitive() ? returned.toString() : JavacLowering.qualifiedName(returned);
  }

  @Override
  public String annotationValueOnCalledMember(Tree call, String field, Set<String> annotationTypes) {
    MethodSymbol getter = ASTHelpers.getSymbol((MethodInvocationTree) call);
    if (getter == null) {
      return null;
    }
    String annotated = annotationValue(getter, annotationTypes);
    if (annotated != null) {
      return annotated;
    }
    for (Symbol member : ASTHelpers.getEnclosedElements(getter.owner)) {
      if (member instanceof Symbol.VarSymbol && member.getSimpleName().contentEquals(field)) {
        String name = annotationValue(member, annotationTypes);
        if (name != null) {
          return name;
        }
      }
    }
    return null;
  }

  private static String annotationValue(Symbol symbol, Set<String> annotationTypes) {
    for (Attribute.Compound annotation : symbol.getAnnotationMirrors()) {
      if (annotationTypes.contains(annotation.type.tsym.getQualifiedName().toString())) {
        for (var entry : annotation.getElementValues().entrySet()) {
          if (entry.getKey().getSimpleName().contentEquals("value")
              && entry.getValue().getValue() instanceof String name && !name.isEmpty()) {
            return name;
          }
        }
      }
    }
    return null;
  }

  // [catalogue] new members above this line

  // [values] new members above this line
}
