package dev.faultline.scanner.lowering;

import dev.faultline.analysis.library.JsonNames;
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
import dev.faultline.analysis.model.Step;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How client code reads an error body: JSON navigation by key, value, presence and type-check reads, DTO getters.
 * Mirrors the Error Prone front end's {@code BodyAccess}; the raw-body accessors and parsers are in {@link HttpCalls}.
 */
final class BodyAccess {
  private BodyAccess() {}

  /** Types whose methods navigate JSON by key (as opposed to DTO getters). */
  static final Set<String> JSON_TYPES = Set.of(
      "com.fasterxml.jackson.databind.JsonNode",
      "com.fasterxml.jackson.databind.node.ObjectNode",
      "com.fasterxml.jackson.databind.node.ArrayNode",
      "com.google.gson.JsonElement",
      "com.google.gson.JsonObject",
      "com.google.gson.JsonArray",
      "com.google.gson.JsonPrimitive",
      "org.json.JSONObject",
      "org.json.JSONArray",
      "java.util.Map",
      "java.util.List",
      "java.util.Collection");

  private static final Set<String> NAVIGATE_BY_KEY = Set.of(
      "get", "path", "getAsJsonObject", "getAsJsonArray", "getAsJsonPrimitive", "getJSONObject",
      "optJSONObject", "getJSONArray", "optJSONArray", "opt", "findValue", "findPath", "required",
      "getOrDefault", "withObject", "withArray");
  private static final Set<String> VALUE_BY_KEY = Set.of(
      "getString", "optString", "getInt", "optInt", "getLong", "optLong", "getBoolean", "optBoolean",
      "getDouble", "optDouble", "getBigDecimal", "optBigDecimal", "getNumber", "optNumber");
  private static final Set<String> PRESENCE_BY_KEY = Set.of("has", "hasNonNull", "containsKey", "isNull");
  private static final Set<String> TYPE_CHECKS = Set.of(
      "isObject", "isTextual", "isArray", "isContainerNode", "isValueNode", "getNodeType", "isJsonObject",
      "isJsonPrimitive", "isJsonArray", "isJsonNull", "isMissingNode");
  private static final Set<String> NOT_A_READ = Set.of("toString", "hashCode", "getClass", "equals", "deepCopy");
  private static final Set<String> NAME_ANNOTATIONS = Set.of(
      "com.fasterxml.jackson.annotation.JsonProperty", "com.google.gson.annotations.SerializedName");

  /** What a call on a JSON value (or DTO) at some path does. */
  record Access(String field, Step.ReadKind kind) {}

  /** The access a call makes on a receiver that holds the body at {@code receiverPath}, or null. */
  static @Nullable Access access(MethodCallExpr call, String receiverPath, FileLowering context) {
    String name = call.getNameAsString();
    if (NOT_A_READ.contains(name)) {
      return null;
    }
    Resolver resolver = context.resolver;
    Expression receiver = call.getScope().orElse(null);
    boolean jsonReceiver = receiver != null && isJsonType(resolver.typeOf(receiver), resolver);
    if (!call.getArguments().isEmpty()) {
      Object key = context.constants.value(call.getArguments().get(0));
      if (!(key instanceof String text)) {
        return jsonReceiver ? new Access(receiverPath, Step.ReadKind.NAVIGATE) : null;
      }
      if (name.equals("at") && text.startsWith("/")) {
        return new Access(JsonNames.join(receiverPath, text.substring(1).replace('/', '.')), Step.ReadKind.NAVIGATE);
      }
      if (PRESENCE_BY_KEY.contains(name)) {
        return new Access(JsonNames.join(receiverPath, text), Step.ReadKind.PRESENCE);
      }
      if (VALUE_BY_KEY.contains(name)) {
        return new Access(JsonNames.join(receiverPath, text), Step.ReadKind.VALUE);
      }
      if (NAVIGATE_BY_KEY.contains(name)) {
        return new Access(JsonNames.join(receiverPath, text), Step.ReadKind.NAVIGATE);
      }
      return null;
    }
    if (TYPE_CHECKS.contains(name)) {
      return new Access(receiverPath, Step.ReadKind.TYPE_CHECK);
    }
    if (jsonReceiver) {
      return new Access(receiverPath, Step.ReadKind.VALUE);
    }
    String property = JsonNames.propertyName(name);
    if (property == null) {
      return null;
    }
    Getter getter = getter(call, receiver, resolver);
    property = jsonName(getter, name, property, context);
    String returned = getter.returnType();
    boolean value = returned != null && !returned.equals("void")
        && (Resolver.isPrimitive(returned) || returned.startsWith("java.lang."));
    return new Access(JsonNames.join(receiverPath, property), value ? Step.ReadKind.VALUE : Step.ReadKind.NAVIGATE);
  }

  /** The getter a call names: its declaration in this file (a method, or a record component), its return type. */
  private record Getter(@Nullable Node declaration, @Nullable Node owner, @Nullable String returnType) {}

  private static Getter getter(MethodCallExpr call, @Nullable Expression receiver, Resolver resolver) {
    CallableDeclaration<?> declared = resolver.target(call).declaration();
    if (declared != null) {
      return new Getter(declared, declared.getParentNode().orElse(null), resolver.typeOf(call));
    }
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

  /**
   * The JSON name a DTO getter reads: the {@code @JsonProperty} / {@code @SerializedName} of the getter or of its
   * field (or record component), else the getter's property name in snake case.
   */
  private static String jsonName(Getter getter, String method, String property, FileLowering context) {
    if (getter.declaration() instanceof NodeWithAnnotations<?> annotated) {
      String name = annotatedName(annotated.getAnnotations(), context);
      if (name != null) {
        return name;
      }
    }
    String base = method;
    if (base.startsWith("get") && base.length() > 3) {
      base = Character.toLowerCase(base.charAt(3)) + base.substring(4);
    } else if (base.startsWith("is") && base.length() > 2) {
      base = Character.toLowerCase(base.charAt(2)) + base.substring(3);
    }
    Node owner = getter.owner();
    if (owner instanceof RecordDeclaration record) {
      for (Parameter component : record.getParameters()) {
        if (component.getNameAsString().equals(base)) {
          String name = annotatedName(component.getAnnotations(), context);
          if (name != null) {
            return name;
          }
        }
      }
    }
    if (owner != null) {
      for (BodyDeclaration<?> member : SourceFile.members(owner)) {
        if (member instanceof FieldDeclaration field) {
          for (VariableDeclarator variable : field.getVariables()) {
            if (variable.getNameAsString().equals(base)) {
              String name = annotatedName(field.getAnnotations(), context);
              if (name != null) {
                return name;
              }
            }
          }
        }
      }
    }
    return property;
  }

  private static @Nullable String annotatedName(NodeList<AnnotationExpr> annotations, FileLowering context) {
    for (AnnotationExpr annotation : annotations) {
      if (!isNameAnnotation(annotation, context)) {
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
      if (value != null && context.constants.value(value) instanceof String name && !name.isEmpty()) {
        return name;
      }
    }
    return null;
  }

  private static boolean isNameAnnotation(AnnotationExpr annotation, FileLowering context) {
    String written = annotation.getNameAsString();
    if (NAME_ANNOTATIONS.contains(written)) {
      return true;
    }
    String imported = context.file.singleImports.get(written);
    if (imported != null) {
      return NAME_ANNOTATIONS.contains(imported);
    }
    for (String onDemand : context.file.onDemandImports) {
      if (NAME_ANNOTATIONS.contains(onDemand + "." + written)) {
        return true;
      }
    }
    return false;
  }

  static boolean isJsonType(@Nullable String type, Resolver resolver) {
    if (type == null) {
      return false;
    }
    for (String json : JSON_TYPES) {
      if (resolver.isSubtype(type, json)) {
        return true;
      }
    }
    return false;
  }
}
