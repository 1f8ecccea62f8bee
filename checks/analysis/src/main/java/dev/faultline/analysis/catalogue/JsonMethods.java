package dev.faultline.analysis.catalogue;

import dev.faultline.analysis.view.CodeView;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How JSON libraries (Jackson, Gson, org.json) and collections are read, as data: the types whose
 * methods navigate by key, and which method names navigate, read a value, test presence or test a
 * node's type. With the parsers of {@link HttpClientMethods}, what {@link ErrorBodyCalls} needs to
 * follow an error body.
 */
public final class JsonMethods {
  private JsonMethods() {}

  /** Types whose methods navigate JSON by key (as opposed to DTO getters). */
  static final Set<String> JSON_TYPES =
      Set.of(
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

  /** Methods given a key that return the value below it, to navigate further. */
  static final Set<String> NAVIGATE_BY_KEY =
      Set.of(
          "get",
          "path",
          "getAsJsonObject",
          "getAsJsonArray",
          "getAsJsonPrimitive",
          "getJSONObject",
          "optJSONObject",
          "getJSONArray",
          "optJSONArray",
          "opt",
          "findValue",
          "findPath",
          "required",
          "getOrDefault",
          "withObject",
          "withArray");

  /** Methods given a key that return the value below it as a scalar. */
  static final Set<String> VALUE_BY_KEY =
      Set.of(
          "getString",
          "optString",
          "getInt",
          "optInt",
          "getLong",
          "optLong",
          "getBoolean",
          "optBoolean",
          "getDouble",
          "optDouble",
          "getBigDecimal",
          "optBigDecimal",
          "getNumber",
          "optNumber");

  /** Methods given a key that test whether it is present. */
  static final Set<String> PRESENCE_BY_KEY = Set.of("has", "hasNonNull", "containsKey", "isNull");

  /** Methods that test a node's type. */
  static final Set<String> TYPE_CHECKS =
      Set.of(
          "isObject",
          "isTextual",
          "isArray",
          "isContainerNode",
          "isValueNode",
          "getNodeType",
          "isJsonObject",
          "isJsonPrimitive",
          "isJsonArray",
          "isJsonNull",
          "isMissingNode");

  /** Methods of every object that read nothing of the body. */
  static final Set<String> NOT_A_READ =
      Set.of("toString", "hashCode", "getClass", "equals", "deepCopy");

  /**
   * The annotations that give a DTO property its JSON name ({@code @JsonProperty},
   * {@code @SerializedName}).
   */
  static final Set<String> NAME_ANNOTATIONS =
      Set.of(
          "com.fasterxml.jackson.annotation.JsonProperty",
          "com.google.gson.annotations.SerializedName");

  /** Whether a type is one of the JSON (or collection) types, or a subtype. */
  public static <N> boolean isJsonType(CodeView<N> view, @Nullable String type) {
    if (type == null) {
      return false;
    }
    for (String json : JSON_TYPES) {
      if (view.isSubtype(type, json)) {
        return true;
      }
    }
    return false;
  }
}
