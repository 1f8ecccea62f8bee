package dev.faultline.errorprone.lowering;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EmptyStatementTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.tree.YieldTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.api.JavacTrees;
import com.sun.tools.javac.code.Attribute;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.util.Context;
import dev.faultline.analysis.model.Anchor;
import dev.faultline.analysis.view.CodeView;
import dev.faultline.analysis.view.StatementKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.type.TypeKind;
import org.jspecify.annotations.Nullable;

/**
 * The code view over javac trees: what a call, a type or a constant is, from javac's symbols and
 * types.
 */
final class JavacCodeView implements CodeView<Tree> {
  private final VisitorState state;

  JavacCodeView(VisitorState state) {
    this.state = state;
  }

  @Override
  public Set<String> profileServerWaitHeaders() {
    return ProfileServerWaitHeaders.get(state);
  }

  /**
   * The other compilation units of the compilation whose declarations this view has handed out (a
   * status set's class, a constant's interface): javac has attributed every class of the
   * compilation before the checks run, so their trees are read like this file's.
   */
  private final List<CompilationUnitTree> otherUnits = new ArrayList<>();

  /** The path to a node of this file, or of another unit this view has handed out nodes of. */
  @Nullable TreePath pathOf(Tree node) {
    TreePath path = UnitIndex.of(state, state.getPath().getCompilationUnit()).pathOf(node);
    for (int i = 0; path == null && i < otherUnits.size(); i++) {
      path = UnitIndex.of(state, otherUnits.get(i)).pathOf(node);
    }
    return path;
  }

  /**
   * The declaration of a symbol in another source file of the compilation, or null when it has none
   * (a class from a jar). Its unit is remembered for {@link #pathOf}.
   */
  @SuppressWarnings("ReferenceEquality") // units compare by identity: is it this very file
  private @Nullable TreePath declarationElsewhere(Symbol symbol) {
    TreePath path;
    try {
      path = JavacTrees.instance(state.context).getPath(symbol);
    } catch (RuntimeException e) {
      return null; // no source for it: the declaration stays unknown, as for a library class
    }
    if (path == null || path.getCompilationUnit() == state.getPath().getCompilationUnit()) {
      return null;
    }
    if (!otherUnits.contains(path.getCompilationUnit())) {
      otherUnits.add(path.getCompilationUnit());
    }
    return path;
  }

  /**
   * The declaration of a method in another source file of the compilation, or null (a library
   * method, or one of this file).
   */
  @Nullable TreePath methodElsewhere(MethodSymbol method) {
    return declarationElsewhere(method);
  }

  @Override
  public Tree strip(Tree expression) {
    return expression instanceof ExpressionTree tree ? strip(tree) : expression;
  }

  @Override
  public String typeOf(Tree expression) {
    Type type = ASTHelpers.getType(expression);
    return type == null || type.tsym == null
        ? null
        : JavacLowering.qualifiedName(state.getTypes().erasure(type));
  }

  @Override
  public boolean isSubtype(String type, String supertype) {
    if (type == null || type.isEmpty()) {
      return false;
    }
    // The same pairs are asked about for every call of a file (each row of the library tables):
    // the answer holds for the whole compilation.
    Map<String, Boolean> known =
        JavacContexts.getOrCreate(state.context, SUBTYPES, HashMap<String, Boolean>::new);
    String pair = type + ' ' + supertype;
    Boolean answer = known.get(pair);
    if (answer == null) {
      Type subtype = state.getTypeFromString(type);
      Type target = state.getTypeFromString(supertype);
      answer = subtype != null && target != null && ASTHelpers.isSubtype(subtype, target, state);
      known.put(pair, answer);
    }
    return answer;
  }

  /** Subtype answers by "type supertype", for the compilation. */
  private static final Context.Key<Map<String, Boolean>> SUBTYPES = new Context.Key<>();

  @Override
  public Object literalValue(Tree expression) {
    return expression instanceof LiteralTree literal ? literal.getValue() : null;
  }

  @Override
  public String classLiteralType(Tree expression) {
    return expression instanceof MemberSelectTree select
            && select.getIdentifier().contentEquals("class")
        ? JavacLowering.qualifiedName(ASTHelpers.getType(select.getExpression()))
        : null;
  }

  @Override
  public boolean isLambda(Tree expression) {
    return expression instanceof LambdaExpressionTree;
  }

  @Override
  public boolean isMethodReference(Tree expression) {
    return expression instanceof MemberReferenceTree;
  }

  @Override
  public @Nullable String writtenMethodReference(Tree expression) {
    return expression instanceof MemberReferenceTree reference
        ? reference.getQualifierExpression() + "::" + reference.getName()
        : null;
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
    return call instanceof NewClassTree creation
        ? creation.getArguments()
        : ((MethodInvocationTree) call).getArguments();
  }

  @Override
  public List<Tree> callsIn(Tree root) {
    return calls(root, true);
  }

  @Override
  public Tree annotation(Tree declaration, String type) {
    ModifiersTree modifiers =
        declaration instanceof MethodTree method
            ? method.getModifiers()
            : declaration instanceof ClassTree declared
                ? declared.getModifiers()
                : declaration instanceof VariableTree variable ? variable.getModifiers() : null;
    if (modifiers == null) {
      return null;
    }
    for (AnnotationTree annotation : modifiers.getAnnotations()) {
      if (type.equals(
          JavacLowering.qualifiedName(ASTHelpers.getType(annotation.getAnnotationType())))) {
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
        if (assignment.getVariable() instanceof IdentifierTree id
            && id.getName().contentEquals(name)) {
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
    Symbol type =
        expression instanceof NewClassTree creation
            ? ASTHelpers.getSymbol(creation.getIdentifier())
            : null;
    return type == null ? null : type.getQualifiedName().toString();
  }

  @Override
  public @Nullable String qualifiedClassName(Tree classDeclaration) {
    ClassSymbol symbol =
        classDeclaration instanceof ClassTree tree ? ASTHelpers.getSymbol(tree) : null;
    return symbol == null ? null : symbol.getQualifiedName().toString();
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
    if (found[0] == null) {
      Symbol symbol;
      try {
        symbol = state.getSymbolFromString(type);
      } catch (RuntimeException e) {
        return null; // a class javac cannot complete stays unknown
      }
      TreePath path = symbol instanceof ClassSymbol ? declarationElsewhere(symbol) : null;
      if (path != null && path.getLeaf() instanceof ClassTree declaration) {
        return declaration;
      }
    }
    return found[0];
  }

  @Override
  public Tree declaredMethod(Tree classDeclaration, String name) {
    Tree declared =
        classDeclaration instanceof NewClassTree creation
            ? creation.getClassBody()
            : classDeclaration;
    if (!(declared instanceof ClassTree declaration)) {
      return null;
    }
    for (Tree member : declaration.getMembers()) {
      if (member instanceof MethodTree method
          && method.getName().contentEquals(name)
          && method.getBody() != null) {
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
    TreePath path = pathOf(node);
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

  @Override
  public boolean createsAnonymousClass(Tree expression) {
    return expression instanceof NewClassTree creation && creation.getClassBody() != null;
  }

  @Override
  public String methodName(Tree member) {
    return member instanceof MethodTree method ? method.getName().toString() : null;
  }

  @Override
  public List<? extends Tree> parameters(Tree method) {
    return ((MethodTree) method).getParameters();
  }

  @Override
  public String declaredType(Tree variable) {
    Type type =
        variable instanceof MethodTree method
            ? (method.getReturnType() == null ? null : ASTHelpers.getType(method.getReturnType()))
            : ASTHelpers.getType(variable);
    return type == null || type.tsym == null
        ? null
        : JavacLowering.qualifiedName(state.getTypes().erasure(type));
  }

  @Override
  public boolean declaredInSubtypeOf(Tree method, String type) {
    MethodSymbol symbol = ASTHelpers.getSymbol((MethodTree) method);
    Type supertype = state.getTypeFromString(type);
    return symbol != null
        && supertype != null
        && ASTHelpers.isSubtype(symbol.owner.type, supertype, state);
  }

  @Override
  @SuppressWarnings(
      "ReferenceEquality") // trees compare by identity: is the path's leaf this very method
  public List<Tree> methodsOfClass(Tree method) {
    TreePath path = state.getPath().getLeaf() == method ? state.getPath() : pathOf(method);
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
    } else if (statement instanceof EnhancedForLoopTree) {
      return StatementKind.FOR_EACH;
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
    } else if (statement instanceof VariableTree
        || statement instanceof ExpressionStatementTree
        || statement instanceof EmptyStatementTree) {
      return StatementKind.EXPRESSION;
    }
    return StatementKind.OTHER;
  }

  @Override
  public List<? extends Tree> guardedParts(Tree tryStatement) {
    TryTree tryTree = (TryTree) tryStatement;
    List<Tree> parts = new ArrayList<>(tryTree.getResources());
    parts.add(tryTree.getBlock());
    return parts;
  }

  @Override
  public List<? extends Tree> catchParameters(Tree tryStatement) {
    return ((TryTree) tryStatement)
        .getCatches().stream().map(clause -> (Tree) clause.getParameter()).toList();
  }

  @Override
  public List<? extends Tree> catchBlocks(Tree tryStatement) {
    return ((TryTree) tryStatement)
        .getCatches().stream().map(clause -> (Tree) clause.getBlock()).toList();
  }

  @Override
  public List<? extends Tree> statementsOf(Tree statement) {
    return statement instanceof TryTree tryTree
        ? tryTree.getBlock().getStatements()
        : ((BlockTree) statement).getStatements();
  }

  @Override
  public Tree condition(Tree ifOrConditional) {
    return ifOrConditional instanceof IfTree ifTree
        ? ifTree.getCondition()
        : ((ConditionalExpressionTree) ifOrConditional).getCondition();
  }

  @Override
  public Tree thenPart(Tree ifOrConditional) {
    return ifOrConditional instanceof IfTree ifTree
        ? ifTree.getThenStatement()
        : ((ConditionalExpressionTree) ifOrConditional).getTrueExpression();
  }

  @Override
  public Tree elsePart(Tree ifOrConditional) {
    return ifOrConditional instanceof IfTree ifTree
        ? ifTree.getElseStatement()
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
    return switchNode instanceof SwitchTree switchTree
        ? switchTree.getExpression()
        : ((SwitchExpressionTree) switchNode).getExpression();
  }

  @Override
  public List<? extends Tree> cases(Tree switchNode) {
    return switchNode instanceof SwitchTree switchTree
        ? switchTree.getCases()
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
    return caseTree.getCaseKind() == CaseTree.CaseKind.RULE
            && caseTree.getBody() instanceof ExpressionTree body
        ? body
        : null;
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
    Symbol symbol =
        expression instanceof IdentifierTree identifier ? ASTHelpers.getSymbol(identifier) : null;
    return symbol != null && symbol.equals(ASTHelpers.getSymbol(variable));
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

  @Override
  public Tree lambdaExpressionBody(Tree lambda) {
    Tree body = ((LambdaExpressionTree) lambda).getBody();
    return body instanceof ExpressionTree ? body : null;
  }

  @Override
  public @Nullable Tree lambdaBlockBody(Tree lambda) {
    Tree body = ((LambdaExpressionTree) lambda).getBody();
    return body instanceof BlockTree ? body : null;
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
    return expression instanceof BinaryTree binary
        ? List.of(binary.getLeftOperand(), binary.getRightOperand())
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
  public String receiverType(Tree call) {
    Type type =
        call instanceof ExpressionTree expression ? ASTHelpers.getReceiverType(expression) : null;
    String name =
        type == null || type.tsym == null
            ? ""
            : JavacLowering.qualifiedName(state.getTypes().erasure(type));
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
  public String referencedField(Tree expression) {
    Symbol symbol = ASTHelpers.getSymbol(expression);
    return symbol instanceof Symbol.VarSymbol && symbol.owner != null
        ? symbol.owner.getQualifiedName() + "." + symbol.getSimpleName()
        : null;
  }

  @Override
  public Tree fieldReadOn(Tree expression) {
    return expression instanceof MemberSelectTree select
            && ASTHelpers.getSymbol(select) instanceof Symbol.VarSymbol field
            && !ASTHelpers.isStatic(field)
        ? select.getExpression()
        : null;
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
  public String annotationValueOnCalledMember(
      Tree call, String field, Set<String> annotationTypes) {
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
              && entry.getValue().getValue() instanceof String name
              && !name.isEmpty()) {
            return name;
          }
        }
      }
    }
    return null;
  }

  @Override
  public boolean isName(Tree expression) {
    return expression instanceof IdentifierTree;
  }

  @Override
  public Object declarationOf(Tree node) {
    boolean refers =
        node instanceof IdentifierTree
            || node instanceof MemberSelectTree
            || node instanceof MethodInvocationTree
            || node instanceof VariableTree
            || node instanceof MethodTree;
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
  public @Nullable Object updatedVariable(Tree node) {
    Tree target = null;
    if (node instanceof CompoundAssignmentTree compound) {
      target = compound.getVariable();
    } else if (node instanceof UnaryTree unary
        && (node.getKind() == Tree.Kind.POSTFIX_INCREMENT
            || node.getKind() == Tree.Kind.PREFIX_INCREMENT
            || node.getKind() == Tree.Kind.POSTFIX_DECREMENT
            || node.getKind() == Tree.Kind.PREFIX_DECREMENT)) {
      target = unary.getExpression();
    }
    Symbol symbol = target == null ? null : ASTHelpers.getSymbol(target);
    return symbol instanceof Symbol.VarSymbol ? symbol : null;
  }

  @Override
  public Tree writtenValue(Tree write) {
    return write instanceof AssignmentTree assignment
        ? assignment.getExpression()
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

  /**
   * Adds the children of the tree it visits to the list it is given, and goes no deeper; holds no
   * state, so one serves every call.
   */
  private static final TreeScanner<Void, List<Tree>> CHILDREN =
      new TreeScanner<>() {
        @Override
        public Void scan(Tree child, List<Tree> found) {
          if (child != null && !(child instanceof ClassTree)) {
            found.add(child);
          }
          return null;
        }
      };

  @Override
  public List<Tree> childrenOf(Tree node) {
    List<Tree> children = new ArrayList<>(4);
    node.accept(CHILDREN, children);
    return children;
  }

  @Override
  public List<Tree> conditionalBranches(Tree expression) {
    return expression instanceof ConditionalExpressionTree conditional
        ? List.of(conditional.getTrueExpression(), conditional.getFalseExpression())
        : List.of();
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
        ? JavacTrees.instance(state.context).getTree(owner)
        : null;
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
    return members(classDeclaration, ClassTree.class);
  }

  /** The members of a class declaration of one kind, in source order. */
  private static List<Tree> members(Tree classDeclaration, Class<? extends Tree> kind) {
    List<Tree> members = new ArrayList<>();
    for (Tree member : ((ClassTree) classDeclaration).getMembers()) {
      if (kind.isInstance(member)) {
        members.add(member);
      }
    }
    return members;
  }

  @Override
  public Tree returnedValue(Tree node) {
    return node instanceof ReturnTree returnTree ? returnTree.getExpression() : null;
  }

  @Override
  public boolean isConstructorCallStatement(Tree node) {
    return false; // javac's this(...) and super(...) are method invocations, answered by isCall
  }

  @Override
  public String binaryOperator(Tree expression) {
    return switch (expression.getKind()) {
      case EQUAL_TO -> "==";
      case NOT_EQUAL_TO -> "!=";
      case LESS_THAN -> "<";
      case LESS_THAN_EQUAL -> "<=";
      case GREATER_THAN -> ">";
      case GREATER_THAN_EQUAL -> ">=";
      case CONDITIONAL_AND -> "&&";
      case CONDITIONAL_OR -> "||";
      case DIVIDE -> "/";
      case REMAINDER -> "%";
      case MULTIPLY -> "*";
      case PLUS -> "+";
      case MINUS -> "-";
      case AND -> "&";
      case OR -> "|";
      case XOR -> "^";
      default -> null;
    };
  }

  @Override
  public List<? extends Tree> binaryOperands(Tree expression) {
    BinaryTree binary = (BinaryTree) expression;
    return List.of(binary.getLeftOperand(), binary.getRightOperand());
  }

  @Override
  public boolean isNullLiteral(Tree expression) {
    return expression.getKind() == Tree.Kind.NULL_LITERAL;
  }

  @Override
  public String simpleName(Tree expression) {
    if (expression instanceof IdentifierTree name) {
      return name.getName().toString();
    }
    return expression instanceof MemberSelectTree select ? select.getIdentifier().toString() : null;
  }

  @Override
  public Tree variableDeclaration(Tree name) {
    if (!(name instanceof IdentifierTree) && !(name instanceof MemberSelectTree)) {
      return null;
    }
    Symbol symbol = ASTHelpers.getSymbol(name);
    if (!(symbol instanceof Symbol.VarSymbol)) {
      return null;
    }
    VariableTree here = variables().get(symbol);
    if (here != null
        || !symbol.getKind().isField()
        || !CodeView.isConstantName(symbol.getSimpleName().toString())) {
      return here;
    }
    TreePath path = declarationElsewhere(symbol);
    if (path == null || !(path.getLeaf() instanceof VariableTree field)) {
      return null;
    }
    ClassTree holder = ASTHelpers.findEnclosingNode(path.getParentPath(), ClassTree.class);
    if (holder != null) {
      variableClasses.put(field, holder);
    }
    return field;
  }

  /** The variable declarations of this file by their symbol ({@link UnitIndex}). */
  private Map<Symbol, VariableTree> variables() {
    return UnitIndex.of(state, state.getPath().getCompilationUnit()).variables();
  }

  /** The classes holding the fields of other files this view has handed out. */
  private final IdentityHashMap<Tree, ClassTree> variableClasses = new IdentityHashMap<>();

  @Override
  public Tree initializerOf(Tree variableDeclaration) {
    return ((VariableTree) variableDeclaration).getInitializer();
  }

  @Override
  public boolean isField(Tree variableDeclaration) {
    Symbol symbol = ASTHelpers.getSymbol(variableDeclaration);
    return symbol != null && symbol.getKind().isField();
  }

  @Override
  public @Nullable Tree enclosingMethod(Tree node) {
    TreePath path = pathOf(node);
    for (TreePath up = path == null ? null : path.getParentPath();
        up != null;
        up = up.getParentPath()) {
      if (up.getLeaf() instanceof MethodTree) {
        return up.getLeaf();
      }
    }
    return null;
  }

  @Override
  public Tree enclosingClass(Tree node) {
    if (node instanceof VariableTree) {
      ClassTree holder = UnitIndex.of(state, state.getPath().getCompilationUnit()).classOf(node);
      if (holder == null) {
        holder = variableClasses.get(node);
      }
      if (holder != null) {
        return holder;
      }
    }
    TreePath path = pathOf(node);
    if (path == null) {
      return null;
    }
    return ASTHelpers.findEnclosingNode(
        path.getLeaf() instanceof ClassTree ? path.getParentPath() : path, ClassTree.class);
  }

  @Override
  public List<Tree> initializerBlocksOf(Tree classDeclaration) {
    return members(classDeclaration, BlockTree.class);
  }

  @Override
  public List<? extends Tree> lambdaParameters(Tree lambda) {
    return ((LambdaExpressionTree) lambda).getParameters();
  }

  @Override
  public Tree forEachVariable(Tree loop) {
    return ((EnhancedForLoopTree) loop).getVariable();
  }

  @Override
  public Tree forEachIterable(Tree loop) {
    return ((EnhancedForLoopTree) loop).getExpression();
  }

  @Override
  public Tree loopBody(Tree loop) {
    if (loop instanceof EnhancedForLoopTree forEach) {
      return forEach.getStatement();
    } else if (loop instanceof ForLoopTree forLoop) {
      return forLoop.getStatement();
    } else if (loop instanceof WhileLoopTree whileLoop) {
      return whileLoop.getStatement();
    }
    return ((DoWhileLoopTree) loop).getStatement();
  }

  @Override
  public Object constructorCalled(Tree creation) {
    return creation instanceof NewClassTree newClass ? ASTHelpers.getSymbol(newClass) : null;
  }

  @Override
  public List<Tree> creationsInFile() {
    List<Tree> created = new ArrayList<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitNewClass(NewClassTree tree, Void unused) {
        created.add(tree);
        return super.visitNewClass(tree, null);
      }
    }.scan(state.getPath().getCompilationUnit(), null);
    return created;
  }

  @Override
  @SuppressWarnings("ReferenceEquality") // units compare by identity: is it this very file
  public List<Tree> creationsInPackageOf(String type) {
    Symbol declared;
    try {
      declared = state.getSymbolFromString(type);
    } catch (RuntimeException e) {
      return List.of(); // a class javac cannot complete stays unknown
    }
    if (!(declared instanceof ClassSymbol declaredClass) || sourceUnit(declaredClass) == null) {
      return List.of();
    }
    List<Tree> created = new ArrayList<>();
    for (CompilationUnitTree unit : unitsOfPackage(declaredClass)) {
      if (unit == state.getPath().getCompilationUnit()) {
        continue;
      }
      new TreeScanner<Void, Void>() {
        @Override
        public Void visitNewClass(NewClassTree tree, Void unused) {
          if (ASTHelpers.getSymbol(tree).owner == declaredClass) {
            created.add(tree);
          }
          return super.visitNewClass(tree, null);
        }
      }.scan(unit, null);
      if (!otherUnits.contains(unit)) {
        otherUnits.add(unit);
      }
    }
    return created;
  }

  /**
   * The compilation units of this compilation that declare the classes of the package of a class,
   * this file's included; empty when javac cannot complete the package.
   */
  @SuppressWarnings("ReferenceEquality") // units compare by identity
  private List<CompilationUnitTree> unitsOfPackage(ClassSymbol declaredClass) {
    List<CompilationUnitTree> units = new ArrayList<>();
    try {
      Symbol packageSymbol = declaredClass.outermostClass().owner;
      for (Symbol member : packageSymbol.members().getSymbols()) {
        CompilationUnitTree unit =
            member instanceof ClassSymbol classSymbol ? sourceUnit(classSymbol) : null;
        if (unit != null && !units.contains(unit)) {
          units.add(unit);
        }
      }
    } catch (RuntimeException e) {
      return List.of(); // a package javac cannot complete: nothing is learnt from it
    }
    return units;
  }

  @Override
  @SuppressWarnings("ReferenceEquality") // units compare by identity: is it this very file
  public List<Tree> implementationsInPackageOf(Tree method) {
    MethodSymbol declared =
        method instanceof MethodTree tree && tree.getBody() == null
            ? ASTHelpers.getSymbol(tree)
            : null;
    if (declared == null
        || declared.isStatic()
        || !(declared.owner instanceof ClassSymbol owner)
        || sourceUnit(owner) == null) {
      return List.of();
    }
    List<Tree> implementations = new ArrayList<>();
    for (CompilationUnitTree unit : unitsOfPackage(owner)) {
      int before = implementations.size();
      new TreeScanner<Void, Void>() {
        @Override
        public Void visitMethod(MethodTree tree, Void unused) {
          MethodSymbol symbol = ASTHelpers.getSymbol(tree);
          if (tree.getBody() != null
              && symbol != null
              && symbol != declared
              && symbol.owner instanceof ClassSymbol implementing
              && implementing.isSubClass(owner, state.getTypes())
              && symbol.overrides(declared, implementing, state.getTypes(), true)) {
            implementations.add(tree);
          }
          return super.visitMethod(tree, null);
        }
      }.scan(unit, null);
      if (implementations.size() > before
          && unit != state.getPath().getCompilationUnit()
          && !otherUnits.contains(unit)) {
        otherUnits.add(unit);
      }
    }
    return implementations;
  }

  /** What {@link #declaredInProject} answered in this compilation, by class. */
  private static final Context.Key<Map<String, Boolean>> DECLARED_IN_PROJECT = new Context.Key<>();

  @Override
  public boolean declaredInProject(String type) {
    Map<String, Boolean> known =
        JavacContexts.getOrCreate(state.context, DECLARED_IN_PROJECT, HashMap::new);
    Boolean answer = known.get(type);
    if (answer == null) {
      Symbol declared;
      try {
        declared = state.getSymbolFromString(type);
      } catch (RuntimeException e) {
        declared = null; // a class javac cannot complete stays unknown
      }
      answer = declared instanceof ClassSymbol declaredClass && sourceUnit(declaredClass) != null;
      known.put(type, answer);
    }
    return answer;
  }

  @Override
  @SuppressWarnings("ReferenceEquality") // units compare by identity: is it this very file
  public List<Tree> classesInPackageOf(Tree node) {
    TreePath path = state.getPath().getLeaf() == node ? state.getPath() : pathOf(node);
    ClassTree holder = path == null ? null : ASTHelpers.findEnclosingNode(path, ClassTree.class);
    ClassSymbol symbol = holder == null ? null : ASTHelpers.getSymbol(holder);
    if (symbol == null || sourceUnit(symbol) == null) {
      return List.of();
    }
    List<Tree> classes = new ArrayList<>();
    for (CompilationUnitTree unit : unitsOfPackage(symbol.outermostClass())) {
      for (Tree declared : unit.getTypeDecls()) {
        if (declared instanceof ClassTree) {
          classes.add(declared);
        }
      }
      if (unit != state.getPath().getCompilationUnit() && !otherUnits.contains(unit)) {
        otherUnits.add(unit);
      }
    }
    return classes;
  }

  @Override
  public @Nullable Tree fieldDeclaration(Tree name) {
    if (!(name instanceof IdentifierTree) && !(name instanceof MemberSelectTree)) {
      return null;
    }
    Symbol symbol = ASTHelpers.getSymbol(name);
    if (!(symbol instanceof Symbol.VarSymbol) || !symbol.getKind().isField()) {
      return null;
    }
    VariableTree here = variables().get(symbol);
    if (here != null) {
      return here;
    }
    TreePath path = declarationElsewhere(symbol);
    return path != null && path.getLeaf() instanceof VariableTree field ? field : null;
  }

  /** The compilation unit of this compilation that declares a class, or null (a library class). */
  private @Nullable CompilationUnitTree sourceUnit(ClassSymbol symbol) {
    try {
      TreePath path = JavacTrees.instance(state.context).getPath(symbol);
      return path == null ? null : path.getCompilationUnit();
    } catch (RuntimeException e) {
      return null;
    }
  }

  @Override
  public boolean isLoop(Tree statement) {
    return statement instanceof WhileLoopTree
        || statement instanceof DoWhileLoopTree
        || statement instanceof ForLoopTree;
  }

  @Override
  public @Nullable String updateOperator(Tree expression) {
    return switch (expression.getKind()) {
      case PLUS_ASSIGNMENT -> "+=";
      case MINUS_ASSIGNMENT -> "-=";
      case MULTIPLY_ASSIGNMENT -> "*=";
      case DIVIDE_ASSIGNMENT -> "/=";
      case LEFT_SHIFT_ASSIGNMENT -> "<<=";
      case PREFIX_INCREMENT, POSTFIX_INCREMENT -> "++";
      case PREFIX_DECREMENT, POSTFIX_DECREMENT -> "--";
      default -> null;
    };
  }

  @Override
  public List<? extends Tree> updateOperands(Tree expression) {
    if (expression instanceof com.sun.source.tree.CompoundAssignmentTree compound) {
      return List.of(compound.getVariable(), compound.getExpression());
    }
    return List.of(((UnaryTree) expression).getExpression());
  }
}
