package dev.faultline.scanner.lowering;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Binds every simple name in a file to the variable it refers to: a local, a parameter (of a
 * method, lambda or catch), a pattern variable, a field, an enum constant or a record component.
 * Walks the file once in source order with a chain of scopes; names it cannot bind (types,
 * packages, inherited or statically imported fields) stay unbound.
 */
final class Binder {
  private final IdentityHashMap<NameExpr, Node> bindings = new IdentityHashMap<>();

  private static final class Scope {
    final @Nullable Scope parent;
    final Map<String, Node> names = new HashMap<>();

    Scope(@Nullable Scope parent) {
      this.parent = parent;
    }

    @Nullable Node lookup(String name) {
      for (Scope scope = this; scope != null; scope = scope.parent) {
        Node found = scope.names.get(name);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
  }

  private Binder() {}

  static Binder of(Node root) {
    Binder binder = new Binder();
    binder.visit(root, new Scope(null));
    return binder;
  }

  /**
   * The declaration a name refers to: a VariableDeclarator, Parameter, TypePatternExpr or
   * EnumConstantDeclaration.
   */
  @Nullable Node declarationOf(NameExpr name) {
    return bindings.get(name);
  }

  /** The fields (and enum constants, record components) that a class body declares, by name. */
  static Map<String, Node> fieldsOf(List<? extends BodyDeclaration<?>> members) {
    Map<String, Node> fields = new HashMap<>();
    for (BodyDeclaration<?> member : members) {
      if (member instanceof FieldDeclaration field) {
        for (VariableDeclarator variable : field.getVariables()) {
          fields.put(variable.getNameAsString(), variable);
        }
      }
    }
    return fields;
  }

  private void visit(Node node, Scope scope) {
    if (node instanceof NameExpr name) {
      Node declaration = scope.lookup(name.getNameAsString());
      if (declaration != null) {
        bindings.put(name, declaration);
      }
      return;
    }
    if (node instanceof TypeDeclaration<?> type) {
      Scope body = new Scope(scope);
      body.names.putAll(fieldsOf(type.getMembers()));
      if (type instanceof EnumDeclaration enumDeclaration) {
        for (EnumConstantDeclaration constant : enumDeclaration.getEntries()) {
          body.names.put(constant.getNameAsString(), constant);
        }
      }
      if (type instanceof RecordDeclaration record) {
        for (Parameter component : record.getParameters()) {
          body.names.put(component.getNameAsString(), component);
        }
      }
      visitChildren(node, body);
      return;
    }
    if (node instanceof ObjectCreationExpr creation) {
      creation.getScope().ifPresent(outer -> visit(outer, scope));
      creation.getArguments().forEach(argument -> visit(argument, scope));
      creation
          .getAnonymousClassBody()
          .ifPresent(
              members -> {
                Scope body = new Scope(scope);
                body.names.putAll(fieldsOf(members));
                members.forEach(member -> visit(member, body));
              });
      return;
    }
    if (node instanceof EnumConstantDeclaration constant) {
      constant.getArguments().forEach(argument -> visit(argument, scope));
      Scope body = new Scope(scope);
      body.names.putAll(fieldsOf(constant.getClassBody()));
      constant.getClassBody().forEach(member -> visit(member, body));
      return;
    }
    if (node instanceof CallableDeclaration<?> callable) {
      Scope inner = new Scope(scope);
      for (Parameter parameter : callable.getParameters()) {
        inner.names.put(parameter.getNameAsString(), parameter);
      }
      visitChildren(node, inner);
      return;
    }
    if (node instanceof CompactConstructorDeclaration compact) {
      visit(compact.getBody(), new Scope(scope));
      return;
    }
    if (node instanceof LambdaExpr lambda) {
      Scope inner = new Scope(scope);
      for (Parameter parameter : lambda.getParameters()) {
        inner.names.put(parameter.getNameAsString(), parameter);
      }
      visit(lambda.getBody(), inner);
      return;
    }
    if (node instanceof BlockStmt || node instanceof ForStmt) {
      visitChildren(node, new Scope(scope));
      return;
    }
    if (node instanceof SwitchStmt switchStmt) {
      visit(switchStmt.getSelector(), scope);
      Scope inner = new Scope(scope);
      for (SwitchEntry entry : switchStmt.getEntries()) {
        visit(entry, inner);
      }
      return;
    }
    if (node instanceof SwitchExpr switchExpr) {
      visit(switchExpr.getSelector(), scope);
      Scope inner = new Scope(scope);
      for (SwitchEntry entry : switchExpr.getEntries()) {
        visit(entry, inner);
      }
      return;
    }
    if (node instanceof ForEachStmt forEach) {
      visit(forEach.getIterable(), scope);
      Scope inner = new Scope(scope);
      visit(forEach.getVariable(), inner);
      visit(forEach.getBody(), inner);
      return;
    }
    if (node instanceof TryStmt tryStmt) {
      Scope inner = new Scope(scope);
      tryStmt.getResources().forEach(resource -> visit(resource, inner));
      visit(tryStmt.getTryBlock(), inner);
      for (CatchClause clause : tryStmt.getCatchClauses()) {
        Scope caught = new Scope(scope);
        caught.names.put(clause.getParameter().getNameAsString(), clause.getParameter());
        visit(clause.getBody(), caught);
      }
      tryStmt.getFinallyBlock().ifPresent(block -> visit(block, scope));
      return;
    }
    if (node instanceof VariableDeclarationExpr declaration) {
      for (VariableDeclarator variable : declaration.getVariables()) {
        variable.getInitializer().ifPresent(initializer -> visit(initializer, scope));
        scope.names.put(variable.getNameAsString(), variable);
      }
      return;
    }
    if (node instanceof TypePatternExpr pattern) {
      scope.names.put(pattern.getNameAsString(), pattern);
      return;
    }
    visitChildren(node, scope);
  }

  private void visitChildren(Node node, Scope scope) {
    for (Node child : inSourceOrder(node.getChildNodes())) {
      visit(child, scope);
    }
  }

  /**
   * Children sorted by where they begin (JavaParser's child order is construction order, not source
   * order).
   */
  static List<Node> inSourceOrder(List<Node> children) {
    List<Node> sorted = new ArrayList<>(children);
    sorted.sort(
        Comparator.comparing(
            (Node child) -> child.getBegin().orElse(null),
            Comparator.nullsLast(Comparator.naturalOrder())));
    return sorted;
  }
}
