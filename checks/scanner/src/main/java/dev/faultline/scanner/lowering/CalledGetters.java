package dev.faultline.scanner.lowering;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The getter a call names, as the file declares it (a method, or a record component), for the code
 * view's questions about DTO getters: what it returns, and the annotations on it and on its field.
 * Tree walking over the file, so it stays in the scanner; what the getter means is the shared
 * {@code ErrorBodyCalls}.
 */
final class CalledGetters {
  private final Resolver resolver;
  private final Constants constants;

  CalledGetters(Resolver resolver, Constants constants) {
    this.resolver = resolver;
    this.constants = constants;
  }

  /**
   * The getter a call names: its declaration in this file (a method, or a record component), its
   * return type.
   */
  private record Getter(
      @Nullable Node declaration, @Nullable Node owner, @Nullable String returnType) {}

  private Getter getter(MethodCallExpr call) {
    CallableDeclaration<?> declared = resolver.target(call).declaration();
    if (declared != null) {
      return new Getter(declared, declared.getParentNode().orElse(null), resolver.typeOf(call));
    }
    Expression receiver = call.getScope().orElse(null);
    String receiverType = receiver == null ? null : resolver.typeOf(receiver);
    Node owner = receiverType == null ? null : resolver.file().declaredType(receiverType);
    if (owner instanceof RecordDeclaration record) {
      for (Parameter component : record.getParameters()) {
        if (component.getNameAsString().equals(call.getNameAsString())) {
          return new Getter(component, owner, resolver.resolveType(component.getType()));
        }
      }
    }
    return new Getter(null, owner, resolver.typeOf(call));
  }

  /** The type the getter returns, or null when not known. */
  @Nullable String returnType(MethodCallExpr call) {
    return getter(call).returnType();
  }

  /**
   * The annotation value on the getter, else on its class's record component or field named {@code
   * field}.
   */
  @Nullable String annotationValue(MethodCallExpr call, String field, Set<String> annotationTypes) {
    Getter getter = getter(call);
    if (getter.declaration() instanceof NodeWithAnnotations<?> annotated) {
      String name = annotatedName(annotated.getAnnotations(), annotationTypes);
      if (name != null) {
        return name;
      }
    }
    Node owner = getter.owner();
    if (owner instanceof RecordDeclaration record) {
      for (Parameter component : record.getParameters()) {
        if (component.getNameAsString().equals(field)) {
          String name = annotatedName(component.getAnnotations(), annotationTypes);
          if (name != null) {
            return name;
          }
        }
      }
    }
    if (owner != null) {
      for (BodyDeclaration<?> member : SourceFile.members(owner)) {
        if (member instanceof FieldDeclaration declaration) {
          for (VariableDeclarator variable : declaration.getVariables()) {
            if (variable.getNameAsString().equals(field)) {
              String name = annotatedName(declaration.getAnnotations(), annotationTypes);
              if (name != null) {
                return name;
              }
            }
          }
        }
      }
    }
    return null;
  }

  private @Nullable String annotatedName(
      NodeList<AnnotationExpr> annotations, Set<String> annotationTypes) {
    for (AnnotationExpr annotation : annotations) {
      if (!isOneOf(annotation, annotationTypes)) {
        continue;
      }
      Expression value = null;
      if (annotation instanceof SingleMemberAnnotationExpr single) {
        value = single.getMemberValue();
      } else if (annotation instanceof NormalAnnotationExpr normal) {
        for (var pair : normal.getPairs()) {
          if (pair.getNameAsString().equals("value")) {
            value = pair.getValue();
          }
        }
      }
      if (value != null && constants.value(value) instanceof String name && !name.isEmpty()) {
        return name;
      }
    }
    return null;
  }

  private boolean isOneOf(AnnotationExpr annotation, Set<String> annotationTypes) {
    String written = annotation.getNameAsString();
    if (annotationTypes.contains(written)) {
      return true;
    }
    String imported = resolver.file().singleImports.get(written);
    if (imported != null) {
      return annotationTypes.contains(imported);
    }
    for (String onDemand : resolver.file().onDemandImports) {
      if (annotationTypes.contains(onDemand + "." + written)) {
        return true;
      }
    }
    return false;
  }
}
