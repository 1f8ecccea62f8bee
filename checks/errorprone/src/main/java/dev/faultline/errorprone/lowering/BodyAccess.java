package dev.faultline.errorprone.lowering;

import dev.faultline.analysis.library.JsonNames;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import dev.faultline.analysis.model.Step;
import java.util.Set;

/** How client code reads an error body: raw body accessors, JSON parsers, JSON navigation, DTO getters. */
final class BodyAccess {
  private BodyAccess() {}

  /** Types whose methods navigate JSON by key (as opposed to DTO getters). */
  private static final Set<String> JSON_TYPES = Set.of(
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

  /** What a call on a JSON value (or DTO) at some path does. */
  record Access(String field, Step.ReadKind kind) {}

  /**
   * The access a call makes on a receiver that holds the body at {@code receiverPath}, or null.
   *
   * @param receiverPath the receiver's JSON path ("" for the root)
   */
  static Access access(MethodInvocationTree call, String receiverPath, VisitorState state) {
    MethodSymbol symbol = ASTHelpers.getSymbol(call);
    if (symbol == null) {
      return null;
    }
    String name = symbol.getSimpleName().toString();
    if (NOT_A_READ.contains(name)) {
      return null;
    }
    ExpressionTree receiver = ASTHelpers.getReceiver(call);
    boolean jsonReceiver = receiver != null && isJsonType(ASTHelpers.getType(receiver), state);
    if (call.getArguments().size() >= 1) {
      Object key = ASTHelpers.constValue(call.getArguments().get(0));
      if (!(key instanceof String text)) {
        // errors.get(0), node.get(index): reads into the receiver's array.
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
      // asText(), getAsString(), size(), iterator(): the value at the receiver's path.
      return new Access(receiverPath, Step.ReadKind.VALUE);
    }
    String property = JsonNames.propertyName(name);
    if (property == null) {
      return null;
    }
    property = jsonName(symbol, property);
    Type returned = symbol.getReturnType();
    boolean value = returned.isPrimitive()
        || ASTHelpers.isSameType(returned, state.getSymtab().stringType, state)
        || returned.tsym.getQualifiedName().toString().startsWith("java.lang.");
    return new Access(JsonNames.join(receiverPath, property), value ? Step.ReadKind.VALUE : Step.ReadKind.NAVIGATE);
  }

  private static final Set<String> NAME_ANNOTATIONS = Set.of(
      "com.fasterxml.jackson.annotation.JsonProperty", "com.google.gson.annotations.SerializedName");

  /**
   * The JSON name a DTO getter reads: the {@code @JsonProperty} / {@code @SerializedName} of the getter or of its
   * field (or record component), else the getter's property name in snake case.
   */
  private static String jsonName(MethodSymbol getter, String property) {
    String annotated = annotatedName(getter);
    if (annotated != null) {
      return annotated;
    }
    String base = getter.getSimpleName().toString();
    if (base.startsWith("get") && base.length() > 3) {
      base = Character.toLowerCase(base.charAt(3)) + base.substring(4);
    } else if (base.startsWith("is") && base.length() > 2) {
      base = Character.toLowerCase(base.charAt(2)) + base.substring(3);
    }
    for (com.sun.tools.javac.code.Symbol member : ASTHelpers.getEnclosedElements(getter.owner)) {
      if (member instanceof com.sun.tools.javac.code.Symbol.VarSymbol field
          && field.getSimpleName().contentEquals(base)) {
        String fieldName = annotatedName(field);
        if (fieldName != null) {
          return fieldName;
        }
      }
    }
    return property;
  }

  private static String annotatedName(com.sun.tools.javac.code.Symbol symbol) {
    for (com.sun.tools.javac.code.Attribute.Compound annotation : symbol.getAnnotationMirrors()) {
      if (NAME_ANNOTATIONS.contains(annotation.type.tsym.getQualifiedName().toString())) {
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

  static boolean isJsonType(Type type, VisitorState state) {
    if (type == null) {
      return false;
    }
    for (String name : JSON_TYPES) {
      Type json = state.getTypeFromString(name);
      if (json != null && ASTHelpers.isSubtype(state.getTypes().erasure(type), state.getTypes().erasure(json),
          state)) {
        return true;
      }
    }
    return false;
  }
}
