package dev.faultline.scanner.lowering;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
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
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.RecordPatternExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.nodeTypes.NodeWithBody;
import com.github.javaparser.ast.nodeTypes.NodeWithSimpleName;
import com.github.javaparser.ast.nodeTypes.SwitchNode;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.YieldStmt;
import com.github.javaparser.ast.type.PrimitiveType;
import dev.faultline.analysis.model.Anchor;
import dev.faultline.analysis.view.CodeView;
import dev.faultline.analysis.view.StatementKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The code view over JavaParser nodes: what a call, a type or a constant is, from the file, its
 * imports, the library tables and, given a class path, the symbol solver (all through the file's
 * {@link Resolver}).
 */
final class JavaParserCodeView implements CodeView<Node> {
  private final Resolver resolver;
  private final Constants constants;
  private final CalledGetters getters;
  private final ForeignSources foreign;

  JavaParserCodeView(
      Resolver resolver,
      Constants constants,
      ForeignSources foreign,
      Set<String> profileServerWaitHeaders) {
    this.resolver = resolver;
    this.constants = constants;
    this.getters = new CalledGetters(resolver, constants);
    this.foreign = foreign;
    this.profileServerWaitHeaders = profileServerWaitHeaders;
  }

  private final Set<String> profileServerWaitHeaders;

  @Override
  public Set<String> profileServerWaitHeaders() {
    return profileServerWaitHeaders;
  }

  /**
   * The view of the file that holds a node: this one, or that of another project file whose
   * declarations the analysis reads (a status set's class, a strategy class), so that each node is
   * read with its own file's imports.
   */
  private JavaParserCodeView at(Node node) {
    FileLowering other = foreign.holding(node);
    return other == null ? this : other.view;
  }

  @Override
  public Node strip(Node expression) {
    return expression instanceof Expression tree ? strip(tree) : expression;
  }

  @Override
  public @Nullable String typeOf(Node expression) {
    return expression instanceof Expression tree ? at(tree).resolver.typeOf(tree) : null;
  }

  @Override
  public boolean isSubtype(@Nullable String type, String supertype) {
    return resolver.isSubtype(type, supertype);
  }

  @Override
  public @Nullable Object literalValue(Node expression) {
    if (expression instanceof IntegerLiteralExpr || expression instanceof LongLiteralExpr) {
      try {
        return expression instanceof IntegerLiteralExpr literal
            ? literal.asNumber()
            : ((LongLiteralExpr) expression).asNumber();
      } catch (NumberFormatException e) {
        return null; // a literal javac would reject (an octal 0429) has no value
      }
    } else if (expression instanceof StringLiteralExpr literal) {
      return literal.asString();
    } else if (expression instanceof BooleanLiteralExpr literal) {
      return literal.getValue();
    } else if (expression instanceof CharLiteralExpr literal) {
      return literal.asChar();
    } else if (expression instanceof DoubleLiteralExpr literal) {
      return literal.asDouble();
    }
    return null;
  }

  @Override
  public @Nullable String classLiteralType(Node expression) {
    if (!(expression instanceof ClassExpr literal)) {
      return null;
    }
    String type = at(literal).resolver.resolveType(literal.getType());
    return type == null ? "" : type;
  }

  @Override
  public boolean isLambda(Node expression) {
    return expression instanceof LambdaExpr;
  }

  @Override
  public boolean isMethodReference(Node expression) {
    return expression instanceof MethodReferenceExpr;
  }

  @Override
  public @Nullable String writtenMethodReference(Node expression) {
    return expression instanceof MethodReferenceExpr reference
        ? reference.getScope() + "::" + reference.getIdentifier()
        : null;
  }

  @Override
  public int lambdaParameterCount(Node lambda) {
    return ((LambdaExpr) lambda).getParameters().size();
  }

  @Override
  public Anchor anchor(Node node) {
    return new NodeAnchor(node);
  }

  @Override
  public boolean isCall(Node expression) {
    return expression instanceof MethodCallExpr;
  }

  @Override
  public String calledName(Node call) {
    return ((MethodCallExpr) call).getNameAsString();
  }

  @Override
  public @Nullable String calledOwner(Node call) {
    return at(call).resolver.target((MethodCallExpr) call).owner();
  }

  @Override
  public boolean isStaticCall(Node call) {
    return at(call).resolver.target((MethodCallExpr) call).isStatic();
  }

  @Override
  public @Nullable Node receiver(Node call) {
    return ((MethodCallExpr) call).getScope().orElse(null);
  }

  @Override
  public List<? extends Node> arguments(Node call) {
    if (call instanceof ExplicitConstructorInvocationStmt invocation) {
      return invocation.getArguments();
    }
    return call instanceof ObjectCreationExpr creation
        ? creation.getArguments()
        : ((MethodCallExpr) call).getArguments();
  }

  @Override
  public List<Node> callsIn(Node root) {
    return List.copyOf(root.findAll(MethodCallExpr.class));
  }

  @Override
  public @Nullable Node annotation(Node declaration, String type) {
    Node annotatedNode =
        declaration instanceof VariableDeclarator variable
                && variable.getParentNode().orElse(null) instanceof FieldDeclaration field
            ? field
            : declaration;
    if (!(annotatedNode instanceof NodeWithAnnotations<?> annotated)) {
      return null;
    }
    for (AnnotationExpr annotation : annotated.getAnnotations()) {
      if (type.equals(
          at(annotation).resolver.resolveTypeName(annotation.getNameAsString(), annotation))) {
        return annotation;
      }
    }
    return null;
  }

  @Override
  public @Nullable Node attribute(Node annotation, String name) {
    if (annotation instanceof SingleMemberAnnotationExpr single) {
      return name.equals("value") ? single.getMemberValue() : null;
    }
    if (annotation instanceof NormalAnnotationExpr normal) {
      for (MemberValuePair pair : normal.getPairs()) {
        if (pair.getNameAsString().equals(name)) {
          return pair.getValue();
        }
      }
    }
    return null;
  }

  @Override
  public @Nullable List<? extends Node> arrayElements(Node value) {
    if (value instanceof ArrayCreationExpr creation) {
      return creation.getInitializer().map(ArrayInitializerExpr::getValues).orElse(null);
    }
    return value instanceof ArrayInitializerExpr array ? array.getValues() : null;
  }

  @Override
  public List<Node> classLiteralsIn(Node root) {
    List<Node> literals = new ArrayList<>();
    collectClassLiterals(root, literals);
    return literals;
  }

  private static void collectClassLiterals(Node node, List<Node> literals) {
    if (node instanceof ClassExpr) {
      literals.add(node);
      return;
    }
    if (node instanceof LambdaExpr) {
      return;
    }
    for (Node child : node.getChildNodes()) {
      collectClassLiterals(child, literals);
    }
  }

  @Override
  public @Nullable String createdType(Node expression) {
    return expression instanceof ObjectCreationExpr creation
        ? at(creation).resolver.resolveType(creation.getType())
        : null;
  }

  @Override
  public @Nullable String qualifiedClassName(Node classDeclaration) {
    return classDeclaration instanceof TypeDeclaration<?> type
        ? at(type).resolver.classType(type)
        : null;
  }

  @Override
  public @Nullable Node declaredClass(String type) {
    return resolver.declaredInProject(type);
  }

  @Override
  public @Nullable Node declaredMethod(Node classDeclaration, String name) {
    for (Node member : SourceFile.members(classDeclaration)) {
      if (member instanceof MethodDeclaration method
          && method.getNameAsString().equals(name)
          && method.getBody().isPresent()) {
        return method;
      }
    }
    return null;
  }

  @Override
  public @Nullable Node methodBody(Node method) {
    return SourceFile.body(method);
  }

  @Override
  public List<Node> callsInEnclosingMethod(Node node) {
    List<Node> calls = new ArrayList<>();
    Node method = node.getParentNode().orElse(null);
    while (method != null
        && !(method instanceof MethodDeclaration
            || method instanceof ConstructorDeclaration
            || method instanceof CompactConstructorDeclaration)) {
      method = method.getParentNode().orElse(null);
    }
    BlockStmt body = method == null ? null : SourceFile.body(method);
    if (body != null) {
      collectCallsOutsideClasses(body, calls);
    }
    return calls;
  }

  /**
   * The calls in a node and its descendants, outer first, outside nested class bodies (as javac's
   * visitClass skip).
   */
  private static void collectCallsOutsideClasses(Node node, List<Node> calls) {
    if (node instanceof MethodCallExpr) {
      calls.add(node);
    }
    for (Node child : node.getChildNodes()) {
      if (!SourceFile.isClassLike(child)) {
        collectCallsOutsideClasses(child, calls);
      }
    }
  }

  @Override
  public boolean createsAnonymousClass(Node expression) {
    return expression instanceof ObjectCreationExpr creation
        && creation.getAnonymousClassBody().isPresent();
  }

  @Override
  public @Nullable String methodName(Node member) {
    if (member instanceof MethodDeclaration method) {
      return method.getNameAsString();
    }
    return member instanceof ConstructorDeclaration
            || member instanceof CompactConstructorDeclaration
        ? "<init>"
        : null;
  }

  @Override
  public List<? extends Node> parameters(Node method) {
    return method instanceof CallableDeclaration<?> callable ? callable.getParameters() : List.of();
  }

  @Override
  public @Nullable String declaredType(Node variable) {
    if (variable instanceof MethodDeclaration method) {
      return at(method).resolver.resolveType(method.getType());
    }
    if (variable instanceof Parameter parameter) {
      return at(parameter).resolver.resolveType(parameter.getType());
    }
    return variable instanceof VariableDeclarator declarator
        ? at(declarator).resolver.resolveType(declarator.getType())
        : null;
  }

  @Override
  public boolean declaredInSubtypeOf(Node method, String type) {
    Node owner = SourceFile.enclosingClass(method).orElse(null);
    if (owner == null) {
      return false;
    }
    Resolver declaring = at(owner).resolver;
    return declaring.isSubtype(declaring.classType(owner), type);
  }

  @Override
  public List<Node> methodsOfClass(Node method) {
    Node owner = SourceFile.enclosingClass(method).orElse(null);
    if (owner == null) {
      return List.of();
    }
    List<Node> methods = new ArrayList<>();
    for (Node member : SourceFile.members(owner)) {
      if (member instanceof CallableDeclaration<?>) {
        methods.add(member);
      }
    }
    return methods;
  }

  @Override
  public Anchor nameAnchor(Node declaration) {
    return new NodeAnchor(
        declaration instanceof NodeWithSimpleName<?> named ? named.getName() : declaration);
  }

  @Override
  public boolean isSuperCall(Node call) {
    return call instanceof MethodCallExpr methodCall
        && methodCall.getScope().orElse(null) instanceof SuperExpr;
  }

  @Override
  public StatementKind statementKind(Node statement) {
    if (statement instanceof BlockStmt) {
      return StatementKind.BLOCK;
    } else if (statement instanceof IfStmt) {
      return StatementKind.IF;
    } else if (statement instanceof SwitchStmt) {
      return StatementKind.SWITCH;
    } else if (statement instanceof TryStmt) {
      return StatementKind.TRY;
    } else if (statement instanceof ForEachStmt) {
      return StatementKind.FOR_EACH;
    } else if (statement instanceof ReturnStmt) {
      return StatementKind.RETURN;
    } else if (statement instanceof ThrowStmt) {
      return StatementKind.THROW;
    } else if (statement instanceof YieldStmt) {
      return StatementKind.YIELD;
    } else if (statement instanceof BreakStmt) {
      return StatementKind.BREAK;
    } else if (statement instanceof ContinueStmt) {
      return StatementKind.CONTINUE;
    } else if (statement instanceof ExpressionStmt || statement instanceof EmptyStmt) {
      return StatementKind.EXPRESSION;
    }
    return StatementKind.OTHER;
  }

  @Override
  public List<? extends Node> guardedParts(Node tryStatement) {
    TryStmt tryStmt = (TryStmt) tryStatement;
    List<Node> parts = new ArrayList<>(tryStmt.getResources());
    parts.add(tryStmt.getTryBlock());
    return parts;
  }

  @Override
  public List<? extends Node> catchParameters(Node tryStatement) {
    return ((TryStmt) tryStatement)
        .getCatchClauses().stream().map(clause -> (Node) clause.getParameter()).toList();
  }

  @Override
  public List<? extends Node> catchBlocks(Node tryStatement) {
    return ((TryStmt) tryStatement)
        .getCatchClauses().stream().map(clause -> (Node) clause.getBody()).toList();
  }

  @Override
  public List<? extends Node> statementsOf(Node statement) {
    return statement instanceof TryStmt tryStmt
        ? tryStmt.getTryBlock().getStatements()
        : ((BlockStmt) statement).getStatements();
  }

  @Override
  public Node condition(Node ifOrConditional) {
    return ifOrConditional instanceof IfStmt ifStmt
        ? ifStmt.getCondition()
        : ((ConditionalExpr) ifOrConditional).getCondition();
  }

  @Override
  public Node thenPart(Node ifOrConditional) {
    return ifOrConditional instanceof IfStmt ifStmt
        ? ifStmt.getThenStmt()
        : ((ConditionalExpr) ifOrConditional).getThenExpr();
  }

  @Override
  public @Nullable Node elsePart(Node ifOrConditional) {
    return ifOrConditional instanceof IfStmt ifStmt
        ? ifStmt.getElseStmt().orElse(null)
        : ((ConditionalExpr) ifOrConditional).getElseExpr();
  }

  @Override
  public boolean isConditional(Node expression) {
    return expression instanceof ConditionalExpr;
  }

  @Override
  public boolean isSwitchExpression(Node expression) {
    return expression instanceof SwitchExpr;
  }

  @Override
  public Node selector(Node switchNode) {
    return ((SwitchNode) switchNode).getSelector();
  }

  @Override
  public List<? extends Node> cases(Node switchNode) {
    return ((SwitchNode) switchNode).getEntries();
  }

  @Override
  public List<? extends Node> caseLabels(Node switchCase) {
    return JavaParserLowering.constantLabels((SwitchEntry) switchCase);
  }

  @Override
  public boolean isArrowCase(Node switchCase) {
    return ((SwitchEntry) switchCase).getType() != SwitchEntry.Type.STATEMENT_GROUP;
  }

  @Override
  public List<? extends Node> caseStatements(Node switchCase) {
    return ((SwitchEntry) switchCase).getStatements();
  }

  @Override
  public @Nullable Node caseValue(Node switchCase) {
    SwitchEntry entry = (SwitchEntry) switchCase;
    return entry.getType() == SwitchEntry.Type.EXPRESSION
            && entry.getStatements().size() == 1
            && entry.getStatements().get(0) instanceof ExpressionStmt expression
        ? expression.getExpression()
        : null;
  }

  @Override
  public @Nullable Node statementExpression(Node statement) {
    if (statement instanceof ReturnStmt returnStmt) {
      return returnStmt.getExpression().orElse(null);
    } else if (statement instanceof YieldStmt yieldStmt) {
      return yieldStmt.getExpression();
    } else if (statement instanceof ThrowStmt throwStmt) {
      return throwStmt.getExpression();
    } else if (statement instanceof ExpressionStmt expression) {
      return expression.getExpression();
    }
    return null;
  }

  @Override
  public boolean refersTo(Node expression, Node variable) {
    return expression instanceof NameExpr name
        && Nodes.same(at(name).resolver.declarationOf(name), variable);
  }

  @Override
  public List<Node> creationsIn(Node root) {
    List<Node> created = new ArrayList<>();
    for (ObjectCreationExpr creation : root.findAll(ObjectCreationExpr.class)) {
      if (runsInItself(creation, root)) {
        created.add(creation);
      }
    }
    return created;
  }

  /**
   * Whether a node runs as part of a piece of code itself, not in a lambda or a class declared in
   * it.
   */
  private static boolean runsInItself(Node node, Node root) {
    for (Node current = node.getParentNode().orElse(null);
        current != null && !Nodes.same(current, root);
        current = current.getParentNode().orElse(null)) {
      if (current instanceof LambdaExpr
          || current instanceof LocalClassDeclarationStmt
          || current instanceof LocalRecordDeclarationStmt
          || (current instanceof ObjectCreationExpr creation
              && creation.getAnonymousClassBody().isPresent())) {
        return false;
      }
    }
    return true;
  }

  @Override
  public @Nullable Object constantValue(Node expression) {
    return expression instanceof Expression tree ? at(tree).constants.value(tree) : null;
  }

  @Override
  public @Nullable Node lambdaExpressionBody(Node lambda) {
    return ((LambdaExpr) lambda).getExpressionBody().orElse(null);
  }

  @Override
  public @Nullable Node lambdaBlockBody(Node lambda) {
    Statement body = ((LambdaExpr) lambda).getBody();
    return body instanceof BlockStmt ? body : null;
  }

  @Override
  public @Nullable String instanceOfType(Node expression) {
    if (!(expression instanceof InstanceOfExpr test)
        || test.getPattern().filter(RecordPatternExpr.class::isInstance).isPresent()) {
      return null;
    }
    String type = at(test).resolver.resolveType(test.getType());
    return type == null ? "" : type;
  }

  @Override
  public @Nullable String logicalOperator(Node expression) {
    if (expression instanceof UnaryExpr unary) {
      return unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT ? "!" : null;
    }
    if (expression instanceof BinaryExpr binary) {
      return binary.getOperator() == BinaryExpr.Operator.AND
          ? "&&"
          : binary.getOperator() == BinaryExpr.Operator.OR ? "||" : null;
    }
    return null;
  }

  @Override
  public List<? extends Node> logicalOperands(Node expression) {
    return expression instanceof BinaryExpr binary
        ? List.of(binary.getLeft(), binary.getRight())
        : List.of(((UnaryExpr) expression).getExpression());
  }

  @Override
  public List<Node> conditionalsIn(Node root) {
    List<Node> conditionals = new ArrayList<>();
    root.walk(
        Node.TreeTraversal.PREORDER,
        node -> {
          if (node instanceof IfStmt || node instanceof ConditionalExpr) {
            conditionals.add(node);
          }
        });
    return conditionals;
  }

  @Override
  public @Nullable String receiverType(Node call) {
    return at(call).resolver.target((MethodCallExpr) call).owner();
  }

  @Override
  public @Nullable List<String> calledThrownTypes(Node call) {
    MethodCallExpr methodCall = (MethodCallExpr) call;
    SolverBridge.SolvedMethod solved = at(methodCall).resolver.solver().solve(methodCall);
    if (solved != null) {
      return solved.thrownTypes();
    }
    // Without a class path: every method of a FIC *Api class sends, and declares ApiException, but
    // its accessors.
    String owner = at(methodCall).resolver.target(methodCall).owner();
    if (owner != null && LibraryTables.packageOf(owner).equals(LibraryTables.FIC_API_PACKAGE)) {
      return LibraryTables.FIC_API_LOCAL_METHODS.contains(methodCall.getNameAsString())
          ? List.of()
          : List.of(LibraryTables.FIC_API_EXCEPTION);
    }
    return null;
  }

  @Override
  public @Nullable String referencedField(Node expression) {
    if (!(expression instanceof NameExpr || expression instanceof FieldAccessExpr)) {
      return null;
    }
    Resolver.FieldRef field = at(expression).resolver.fieldRef((Expression) expression);
    return field == null || field.owner() == null ? null : field.owner() + "." + field.name();
  }

  @Override
  public @Nullable Node fieldReadOn(Node expression) {
    if (!(expression instanceof FieldAccessExpr access)) {
      return null;
    }
    Resolver.FieldRef field = resolver.fieldRef(access);
    return field == null || field.staticReference() ? null : access.getScope();
  }

  @Override
  public @Nullable String calledReturnType(Node call) {
    return at(call).getters.returnType((MethodCallExpr) call);
  }

  @Override
  public @Nullable String annotationValueOnCalledMember(
      Node call, String field, Set<String> annotationTypes) {
    return at(call).getters.annotationValue((MethodCallExpr) call, field, annotationTypes);
  }

  @Override
  public boolean isName(Node expression) {
    return expression instanceof NameExpr;
  }

  @Override
  public @Nullable Object declarationOf(Node node) {
    if (node instanceof MethodCallExpr call) {
      return at(call).resolver.target(call).declaration();
    }
    if (node instanceof ExplicitConstructorInvocationStmt call) {
      return at(call).resolver.constructorCalled(call);
    }
    if (node instanceof Expression expression) {
      return at(expression).resolver.declarationOf(expression);
    }
    boolean declaration =
        node instanceof VariableDeclarator
            || node instanceof Parameter
            || node instanceof CallableDeclaration<?>;
    return declaration ? node : null;
  }

  @Override
  public List<Node> writesIn(Node code) {
    List<Node> writes = new ArrayList<>();
    collectWrites(code, writes);
    return writes;
  }

  private void collectWrites(Node node, List<Node> writes) {
    if (node instanceof TypeDeclaration<?>) {
      return;
    }
    if ((node instanceof VariableDeclarator variable && variable.getInitializer().isPresent())
        || (node instanceof AssignExpr assign
            && assign.getOperator() == AssignExpr.Operator.ASSIGN)) {
      writes.add(node);
    }
    for (Node child : childrenOf(node)) {
      collectWrites(child, writes);
    }
  }

  @Override
  public @Nullable Object writtenVariable(Node write) {
    return write instanceof AssignExpr assign
        ? at(assign).resolver.declarationOf(assign.getTarget())
        : write;
  }

  @Override
  public @Nullable Object updatedVariable(Node node) {
    Expression target = null;
    if (node instanceof AssignExpr assign && assign.getOperator() != AssignExpr.Operator.ASSIGN) {
      target = assign.getTarget();
    } else if (node instanceof UnaryExpr unary
        && (unary.getOperator() == UnaryExpr.Operator.POSTFIX_INCREMENT
            || unary.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT
            || unary.getOperator() == UnaryExpr.Operator.POSTFIX_DECREMENT
            || unary.getOperator() == UnaryExpr.Operator.PREFIX_DECREMENT)) {
      target = unary.getExpression();
    }
    return target == null ? null : at(target).resolver.declarationOf(target);
  }

  @Override
  public Node writtenValue(Node write) {
    return write instanceof AssignExpr assign
        ? assign.getValue()
        : ((VariableDeclarator) write).getInitializer().orElseThrow();
  }

  @Override
  public boolean isAssignment(Node write) {
    return write instanceof AssignExpr;
  }

  @Override
  public boolean declaresBoolean(Node write) {
    if (!(write instanceof VariableDeclarator variable)) {
      return false;
    }
    if (variable.getType() instanceof PrimitiveType primitive) {
      return primitive.getType() == PrimitiveType.Primitive.BOOLEAN;
    }
    if (variable.getType().isVarType()
        && variable.getParentNode().orElse(null) instanceof VariableDeclarationExpr) {
      return "boolean"
          .equals(variable.getInitializer().map(at(variable).resolver::typeOf).orElse(null));
    }
    return false;
  }

  @Override
  public List<Node> childrenOf(Node node) {
    if (node instanceof ObjectCreationExpr creation) {
      List<Node> kept = new ArrayList<>();
      creation.getScope().ifPresent(kept::add);
      kept.addAll(creation.getArguments());
      return kept;
    }
    List<Node> children = node.getChildNodes();
    Position previous = null;
    for (Node child : children) {
      Position begin = child.getBegin().orElse(null);
      if (child instanceof TypeDeclaration<?>
          || begin == null
          || (previous != null && begin.isBefore(previous))) {
        List<Node> kept = new ArrayList<>(children);
        kept.removeIf(other -> other instanceof TypeDeclaration<?>);
        return Binder.inSourceOrder(kept);
      }
      previous = begin;
    }
    return children;
  }

  @Override
  public List<Node> conditionalBranches(Node expression) {
    return expression instanceof ConditionalExpr conditional
        ? List.of(conditional.getThenExpr(), conditional.getElseExpr())
        : List.of();
  }

  /** An expression without the parentheses and casts around it. */
  static Expression strip(Expression expression) {
    Expression tree = stripParens(expression);
    while (tree instanceof CastExpr cast) {
      tree = stripParens(cast.getExpression());
    }
    return tree;
  }

  /** An expression without the parentheses around it. */
  static Expression stripParens(Expression expression) {
    Expression tree = expression;
    while (tree instanceof EnclosedExpr enclosed) {
      tree = enclosed.getInner();
    }
    return tree;
  }

  @Override
  public @Nullable Node outerClassOf(Node classDeclaration) {
    return classDeclaration instanceof TypeDeclaration<?> type
            && type.isNestedType()
            && type.getParentNode().orElse(null) instanceof TypeDeclaration<?> owner
        ? owner
        : null;
  }

  @Override
  public List<Node> methodsOf(Node classDeclaration) {
    return SourceFile.methodsWithBodies(classDeclaration);
  }

  @Override
  public List<Node> memberClassesOf(Node classDeclaration) {
    List<Node> classes = new ArrayList<>();
    for (BodyDeclaration<?> member : SourceFile.members(classDeclaration)) {
      if (member instanceof TypeDeclaration<?> nested) {
        classes.add(nested);
      }
    }
    return classes;
  }

  @Override
  public @Nullable Node returnedValue(Node node) {
    return node instanceof ReturnStmt returnStmt ? returnStmt.getExpression().orElse(null) : null;
  }

  @Override
  public boolean isConstructorCallStatement(Node node) {
    return node instanceof ExplicitConstructorInvocationStmt;
  }

  @Override
  public @Nullable String binaryOperator(Node expression) {
    return expression instanceof BinaryExpr binary ? binary.getOperator().asString() : null;
  }

  @Override
  public List<? extends Node> binaryOperands(Node expression) {
    BinaryExpr binary = (BinaryExpr) expression;
    return List.of(binary.getLeft(), binary.getRight());
  }

  @Override
  public boolean isNullLiteral(Node expression) {
    return expression instanceof NullLiteralExpr;
  }

  @Override
  public @Nullable String simpleName(Node expression) {
    if (expression instanceof NameExpr name) {
      return name.getNameAsString();
    }
    return expression instanceof FieldAccessExpr access ? access.getNameAsString() : null;
  }

  @Override
  public @Nullable Node variableDeclaration(Node name) {
    if (!(name instanceof NameExpr) && !(name instanceof FieldAccessExpr)) {
      return null;
    }
    Node declaration = at(name).resolver.declarationAcrossFiles((Expression) name);
    return declaration instanceof VariableDeclarator || declaration instanceof Parameter
        ? declaration
        : null;
  }

  @Override
  public @Nullable Node initializerOf(Node variableDeclaration) {
    return variableDeclaration instanceof VariableDeclarator variable
        ? variable.getInitializer().orElse(null)
        : null;
  }

  @Override
  public boolean isField(Node variableDeclaration) {
    return Resolver.isField(variableDeclaration);
  }

  @Override
  public @Nullable Node enclosingMethod(Node node) {
    for (Node up = node.getParentNode().orElse(null);
        up != null;
        up = up.getParentNode().orElse(null)) {
      if (up instanceof CallableDeclaration<?>) {
        return up;
      }
    }
    return null;
  }

  @Override
  public @Nullable Node enclosingClass(Node node) {
    return SourceFile.enclosingClass(node).orElse(null);
  }

  @Override
  public List<Node> initializerBlocksOf(Node classDeclaration) {
    List<Node> blocks = new ArrayList<>();
    for (BodyDeclaration<?> member : SourceFile.members(classDeclaration)) {
      if (member instanceof InitializerDeclaration initializer) {
        blocks.add(initializer.getBody());
      }
    }
    return blocks;
  }

  @Override
  public List<? extends Node> lambdaParameters(Node lambda) {
    return ((LambdaExpr) lambda).getParameters();
  }

  @Override
  public Node forEachVariable(Node loop) {
    return ((ForEachStmt) loop).getVariable().getVariable(0);
  }

  @Override
  public Node forEachIterable(Node loop) {
    return ((ForEachStmt) loop).getIterable();
  }

  @Override
  public Node loopBody(Node loop) {
    return ((NodeWithBody<?>) loop).getBody();
  }

  @Override
  public @Nullable Object constructorCalled(Node creation) {
    return creation instanceof ObjectCreationExpr newObject
        ? at(newObject).resolver.constructorCreated(newObject)
        : null;
  }

  @Override
  public List<Node> creationsInFile() {
    return new ArrayList<>(resolver.file().unit().findAll(ObjectCreationExpr.class));
  }

  @Override
  public List<Node> creationsInPackageOf(String type) {
    return foreign.creationsInPackageOf(type);
  }

  /**
   * The implementations are the methods with a body, of the same name and number of parameters, in
   * a subtype of the method's class, whose parameter types (where both are known) are the same: in
   * this file and in the files of the package whose text names the class.
   */
  @Override
  public List<Node> implementationsInPackageOf(Node method) {
    if (!(method instanceof MethodDeclaration declaration)
        || declaration.getBody().isPresent()
        || declaration.isStatic()) {
      return List.of();
    }
    Node owner = SourceFile.enclosingClass(method).orElse(null);
    String type = owner == null ? null : at(owner).resolver.classType(owner);
    if (type == null) {
      return List.of();
    }
    List<JavaParserCodeView> views = new ArrayList<>();
    views.add(at(method));
    for (FileLowering file :
        foreign.packageFilesNaming(type, type.substring(type.lastIndexOf('.') + 1))) {
      if (!views.contains(file.view)) {
        views.add(file.view);
      }
    }
    List<Node> found = new ArrayList<>();
    for (JavaParserCodeView view : views) {
      for (MethodDeclaration candidate :
          view.resolver.file().unit().findAll(MethodDeclaration.class)) {
        if (!Nodes.same(candidate, declaration)
            && candidate.getBody().isPresent()
            && !candidate.isStatic()
            && candidate.getNameAsString().equals(declaration.getNameAsString())
            && sameParameterTypes(candidate, declaration)
            && view.declaredInSubtypeOf(candidate, type)) {
          found.add(candidate);
        }
      }
    }
    return found;
  }

  @Override
  public boolean declaredInProject(String type) {
    return resolver.file().declaredType(type) != null || foreign.declaredType(type) != null;
  }

  /** The qualified name of the outermost class around a node, or null. */
  private @Nullable String outermostClassType(Node node) {
    Node owner = null;
    for (Node up = SourceFile.enclosingClass(node).orElse(null);
        up != null;
        up = SourceFile.enclosingClass(up).orElse(null)) {
      owner = up;
    }
    return owner == null ? null : at(owner).resolver.classType(owner);
  }

  /**
   * Reads the node's own file and the package's other files that name {@code naming} as text (the
   * files {@link #classesInPackageOf(Node, String)} parses) and asks {@code holds} of each.
   */
  @Override
  public boolean packageTextMayHold(Node node, String naming, Predicate<CharSequence> holds) {
    String type = outermostClassType(node);
    return type == null
        || holds.test(at(node).resolver.file().text())
        || foreign.packageTextMayHold(type, naming, holds);
  }

  @Override
  public List<Node> classesInPackageOf(Node node) {
    return classesInPackageOf(node, "");
  }

  @Override
  public List<Node> classesInPackageOf(Node node, String naming) {
    String type = outermostClassType(node);
    if (type == null) {
      return List.of();
    }
    List<JavaParserCodeView> views = new ArrayList<>();
    views.add(at(node));
    for (FileLowering file : foreign.packageFilesNaming(type, naming)) {
      if (!views.contains(file.view)) {
        views.add(file.view);
      }
    }
    List<Node> classes = new ArrayList<>();
    Set<String> seen =
        new HashSet<>(); // this file may also be among the files read for the package
    for (JavaParserCodeView view : views) {
      for (Node declared : view.resolver.file().unit().getTypes()) {
        String name = view.resolver.classType(declared);
        if (name == null || seen.add(name)) {
          classes.add(declared);
        }
      }
    }
    return classes;
  }

  @Override
  public @Nullable Node fieldDeclaration(Node name) {
    Node declaration =
        name instanceof NameExpr || name instanceof FieldAccessExpr
            ? at(name).resolver.declarationOf((Expression) name)
            : null;
    return declaration instanceof VariableDeclarator && Resolver.isField(declaration)
        ? declaration
        : null;
  }

  /** Whether two methods take as many parameters, of the same types where both types are known. */
  private boolean sameParameterTypes(MethodDeclaration one, MethodDeclaration other) {
    if (one.getParameters().size() != other.getParameters().size()) {
      return false;
    }
    for (int i = 0; i < one.getParameters().size(); i++) {
      String first = declaredType(one.getParameter(i));
      String second = declaredType(other.getParameter(i));
      if (first != null && second != null && !first.equals(second)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean isLoop(Node statement) {
    return statement instanceof com.github.javaparser.ast.stmt.WhileStmt
        || statement instanceof com.github.javaparser.ast.stmt.DoStmt
        || statement instanceof com.github.javaparser.ast.stmt.ForStmt;
  }

  @Override
  public @Nullable String updateOperator(Node expression) {
    if (expression instanceof AssignExpr assign
        && assign.getOperator() != AssignExpr.Operator.ASSIGN) {
      return assign.getOperator().asString();
    }
    if (expression instanceof UnaryExpr unary) {
      return switch (unary.getOperator()) {
        case PREFIX_INCREMENT, POSTFIX_INCREMENT -> "++";
        case PREFIX_DECREMENT, POSTFIX_DECREMENT -> "--";
        default -> null;
      };
    }
    return null;
  }

  @Override
  public List<? extends Node> updateOperands(Node expression) {
    if (expression instanceof AssignExpr assign) {
      return List.of(assign.getTarget(), assign.getValue());
    }
    return List.of(((UnaryExpr) expression).getExpression());
  }
}
