package dev.faultline.scanner.lowering;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithSimpleName;
import com.github.javaparser.ast.nodeTypes.SwitchNode;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.YieldStmt;
import dev.faultline.analysis.model.Anchor;
import dev.faultline.analysis.view.CodeView;
import dev.faultline.analysis.view.StatementKind;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The code view over JavaParser nodes: what a call, a type or a constant is, from the file, its imports, the library
 * tables and, given a class path, the symbol solver (all through the file's {@link Resolver}).
 */
final class JavaParserCodeView implements CodeView<Node> {
  private final Resolver resolver;
  private final Constants constants;

  JavaParserCodeView(Resolver resolver) {
    this(resolver, new Constants(resolver));
  }

  JavaParserCodeView(Resolver resolver, Constants constants) {
    this.resolver = resolver;
    this.constants = constants;
  }

  @Override
  public Node strip(Node expression) {
    return expression instanceof Expression tree ? Operands.strip(tree) : expression;
  }

  @Override
  public @Nullable String typeOf(Node expression) {
    return expression instanceof Expression tree ? resolver.typeOf(tree) : null;
  }

  @Override
  public boolean isSubtype(@Nullable String type, String supertype) {
    return resolver.isSubtype(type, supertype);
  }

  @Override
  public @Nullable Object literalValue(Node expression) {
    if (expression instanceof IntegerLiteralExpr literal) {
      return literal.asNumber();
    } else if (expression instanceof LongLiteralExpr literal) {
      return literal.asNumber();
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
    String type = resolver.resolveType(literal.getType());
    return type == null ? "" : type;
  }

  @Override
  public boolean isLambda(Node expression) {
    return expression instanceof LambdaExpr;
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
    return resolver.target((MethodCallExpr) call).owner();
  }

  @Override
  public boolean isStaticCall(Node call) {
    return resolver.target((MethodCallExpr) call).isStatic();
  }

  @Override
  public @Nullable Node receiver(Node call) {
    return ((MethodCallExpr) call).getScope().orElse(null);
  }

  @Override
  public List<? extends Node> arguments(Node call) {
    return call instanceof ObjectCreationExpr creation ? creation.getArguments()
        : ((MethodCallExpr) call).getArguments();
  }

  @Override
  public List<Node> callsIn(Node root) {
    return List.copyOf(root.findAll(MethodCallExpr.class));
  }

  // [spring] new members above this line

  @Override
  public @Nullable String methodName(Node member) {
    if (member instanceof MethodDeclaration method) {
      return method.getNameAsString();
    }
    return member instanceof ConstructorDeclaration || member instanceof CompactConstructorDeclaration
        ? "<init>" : null;
  }

  @Override
  public @Nullable Node methodBody(Node method) {
    return ClassFacts.body(method);
  }

  @Override
  public List<? extends Node> parameters(Node method) {
    return method instanceof CallableDeclaration<?> callable ? callable.getParameters() : List.of();
  }

  @Override
  public @Nullable String declaredType(Node variable) {
    if (variable instanceof Parameter parameter) {
      return resolver.resolveType(parameter.getType());
    }
    return variable instanceof VariableDeclarator declarator ? resolver.resolveType(declarator.getType()) : null;
  }

  @Override
  public boolean declaredInSubtypeOf(Node method, String type) {
    Node owner = SourceFile.enclosingClass(method).orElse(null);
    return owner != null && resolver.isSubtype(resolver.classType(owner), type);
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
    return new NodeAnchor(declaration instanceof NodeWithSimpleName<?> named ? named.getName() : declaration);
  }

  @Override
  public boolean isSuperCall(Node call) {
    return call instanceof MethodCallExpr methodCall && methodCall.getScope().orElse(null) instanceof SuperExpr;
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
  public List<? extends Node> statementsOf(Node statement) {
    return statement instanceof TryStmt tryStmt ? tryStmt.getTryBlock().getStatements()
        : ((BlockStmt) statement).getStatements();
  }

  @Override
  public Node condition(Node ifOrConditional) {
    return ifOrConditional instanceof IfStmt ifStmt ? ifStmt.getCondition()
        : ((ConditionalExpr) ifOrConditional).getCondition();
  }

  @Override
  public Node thenPart(Node ifOrConditional) {
    return ifOrConditional instanceof IfStmt ifStmt ? ifStmt.getThenStmt()
        : ((ConditionalExpr) ifOrConditional).getThenExpr();
  }

  @Override
  public @Nullable Node elsePart(Node ifOrConditional) {
    return ifOrConditional instanceof IfStmt ifStmt ? ifStmt.getElseStmt().orElse(null)
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
    return entry.getType() == SwitchEntry.Type.EXPRESSION && entry.getStatements().size() == 1
        && entry.getStatements().get(0) instanceof ExpressionStmt expression ? expression.getExpression() : null;
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
    return expression instanceof NameExpr name && Nodes.same(resolver.declarationOf(name), variable);
  }

  @Override
  public @Nullable Node annotation(Node declaration, String type) {
    return RetryConfigSupport.annotation(declaration, type, resolver);
  }

  @Override
  public @Nullable String createdType(Node expression) {
    return expression instanceof ObjectCreationExpr creation ? resolver.resolveType(creation.getType()) : null;
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

  /** Whether a node runs as part of a piece of code itself, not in a lambda or a class declared in it. */
  private static boolean runsInItself(Node node, Node root) {
    for (Node current = node.getParentNode().orElse(null); current != null && !Nodes.same(current, root);
        current = current.getParentNode().orElse(null)) {
      if (current instanceof LambdaExpr || current instanceof LocalClassDeclarationStmt
          || current instanceof LocalRecordDeclarationStmt
          || (current instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent())) {
        return false;
      }
    }
    return true;
  }

  @Override
  public @Nullable Object constantValue(Node expression) {
    return expression instanceof Expression tree ? constants.value(tree) : null;
  }

  // [hooks] new members above this line

  // [reactive] new members above this line

  // [catalogue] new members above this line

  // [values] new members above this line
}
