package dev.faultline.scanner.lowering;

import static dev.faultline.scanner.lowering.LibraryRows.BOOLEAN;
import static dev.faultline.scanner.lowering.LibraryRows.INT;
import static dev.faultline.scanner.lowering.LibraryRows.OKHTTP;
import static dev.faultline.scanner.lowering.LibraryRows.SPRING_CLIENT;
import static dev.faultline.scanner.lowering.LibraryRows.SPRING_HTTP;
import static dev.faultline.scanner.lowering.LibraryRows.STRING;

import java.util.List;

/**
 * Rows of the scanner's library tables: Error bodies: Jackson, Gson, org.json, the clients'
 * raw-body accessors, loggers.
 */
final class ErrorBodyRows {
  private ErrorBodyRows() {}

  static void addTo(LibraryRows rows) {
    String jackson = "com.fasterxml.jackson.databind.";
    String jsonNode = jackson + "JsonNode";
    rows.supertypes(jsonNode, "com.fasterxml.jackson.core.TreeNode", "java.lang.Iterable");
    rows.supertypes(jackson + "node.ObjectNode", jackson + "node.ContainerNode");
    rows.supertypes(jackson + "node.ArrayNode", jackson + "node.ContainerNode");
    rows.supertypes(jackson + "node.ContainerNode", jackson + "node.BaseJsonNode");
    rows.supertypes(jackson + "node.BaseJsonNode", jsonNode);
    for (String reader : List.of(jackson + "ObjectMapper", jackson + "ObjectReader")) {
      rows.returns(reader + "#readTree", jsonNode);
    }
    rows.returns(jackson + "ObjectMapper#reader", jackson + "ObjectReader");
    rows.returns(jackson + "ObjectMapper#readerFor", jackson + "ObjectReader");
    rows.returns(jackson + "ObjectMapper#createObjectNode", jackson + "node.ObjectNode");
    rows.returns(jackson + "ObjectMapper#valueToTree", jsonNode);
    for (String method :
        List.of(
            "get",
            "path",
            "at",
            "findValue",
            "findPath",
            "required",
            "withObject",
            "withArray",
            "deepCopy")) {
      rows.returns(jsonNode + "#" + method, jsonNode);
    }
    for (String method : List.of("asText", "textValue", "toString", "toPrettyString")) {
      rows.returns(jsonNode + "#" + method, STRING);
    }
    for (String method : List.of("asInt", "intValue", "size")) {
      rows.returns(jsonNode + "#" + method, INT);
    }
    for (String method :
        List.of(
            "has",
            "hasNonNull",
            "isNull",
            "isMissingNode",
            "isObject",
            "isArray",
            "isTextual",
            "isEmpty",
            "asBoolean",
            "booleanValue",
            "isContainerNode",
            "isValueNode",
            "isNumber")) {
      rows.returns(jsonNode + "#" + method, BOOLEAN);
    }
    rows.returns(jsonNode + "#asLong", "long");
    rows.returns(jsonNode + "#asDouble", "double");
    rows.returns(jsonNode + "#elements", "java.util.Iterator");
    rows.returns(jsonNode + "#iterator", "java.util.Iterator");
    rows.returns(jsonNode + "#fieldNames", "java.util.Iterator");
    rows.known(
        jackson + "ObjectMapper",
        jackson + "ObjectReader",
        jsonNode,
        "com.fasterxml.jackson.core.JsonProcessingException",
        "com.fasterxml.jackson.annotation.JsonProperty",
        "com.fasterxml.jackson.annotation.JsonIgnoreProperties");
    rows.supertypes("com.fasterxml.jackson.core.JsonProcessingException", "java.io.IOException");
    String gson = "com.google.gson.";
    rows.supertypes(gson + "JsonObject", gson + "JsonElement");
    rows.supertypes(gson + "JsonArray", gson + "JsonElement", "java.lang.Iterable");
    rows.supertypes(gson + "JsonPrimitive", gson + "JsonElement");
    rows.supertypes(gson + "JsonNull", gson + "JsonElement");
    rows.returns(gson + "JsonParser#parseString", gson + "JsonElement");
    rows.returns(gson + "JsonParser#parseReader", gson + "JsonElement");
    rows.returns(gson + "JsonParser#parse", gson + "JsonElement");
    rows.returns(gson + "JsonElement#getAsJsonObject", gson + "JsonObject");
    rows.returns(gson + "JsonElement#getAsJsonArray", gson + "JsonArray");
    rows.returns(gson + "JsonElement#getAsJsonPrimitive", gson + "JsonPrimitive");
    rows.returns(gson + "JsonElement#getAsString", STRING);
    rows.returns(gson + "JsonElement#getAsInt", INT);
    rows.returns(gson + "JsonElement#getAsBoolean", BOOLEAN);
    rows.returns(gson + "JsonElement#isJsonObject", BOOLEAN);
    rows.returns(gson + "JsonElement#isJsonArray", BOOLEAN);
    rows.returns(gson + "JsonElement#isJsonPrimitive", BOOLEAN);
    rows.returns(gson + "JsonElement#isJsonNull", BOOLEAN);
    rows.returns(gson + "JsonObject#get", gson + "JsonElement");
    rows.returns(gson + "JsonObject#getAsJsonObject", gson + "JsonObject");
    rows.returns(gson + "JsonObject#getAsJsonArray", gson + "JsonArray");
    rows.returns(gson + "JsonObject#getAsJsonPrimitive", gson + "JsonPrimitive");
    rows.returns(gson + "JsonObject#has", BOOLEAN);
    rows.returns(gson + "JsonObject#size", INT);
    rows.returns(gson + "JsonArray#get", gson + "JsonElement");
    rows.returns(gson + "JsonArray#size", INT);
    rows.returns(gson + "JsonArray#iterator", "java.util.Iterator");
    rows.known(
        gson + "Gson",
        gson + "JsonParser",
        gson + "JsonElement",
        "com.google.gson.annotations.SerializedName");
    String orgJson = "org.json.";
    for (String owner : List.of(orgJson + "JSONObject", orgJson + "JSONArray")) {
      rows.returns(owner + "#getJSONObject", orgJson + "JSONObject");
      rows.returns(owner + "#optJSONObject", orgJson + "JSONObject");
      rows.returns(owner + "#getJSONArray", orgJson + "JSONArray");
      rows.returns(owner + "#optJSONArray", orgJson + "JSONArray");
      rows.returns(owner + "#getString", STRING);
      rows.returns(owner + "#optString", STRING);
      rows.returns(owner + "#getInt", INT);
      rows.returns(owner + "#optInt", INT);
      rows.returns(owner + "#getBoolean", BOOLEAN);
      rows.returns(owner + "#optBoolean", BOOLEAN);
      rows.returns(owner + "#length", INT);
      rows.returns(owner + "#isNull", BOOLEAN);
      rows.returns(owner + "#get", "java.lang.Object");
      rows.returns(owner + "#opt", "java.lang.Object");
    }
    rows.returns(orgJson + "JSONObject#has", BOOLEAN);
    rows.returns(orgJson + "JSONObject#keySet", "java.util.Set");
    rows.supertypes(orgJson + "JSONArray", "java.lang.Object", "java.lang.Iterable");
    rows.known(orgJson + "JSONObject", orgJson + "JSONException");
    rows.supertypes(orgJson + "JSONException", "java.lang.RuntimeException");
    rows.returns(
        SPRING_CLIENT + "RestClientResponseException#getResponseBodyAsByteArray", "byte[]");
    rows.returns(SPRING_HTTP + "client.ClientHttpResponse#getBody", "java.io.InputStream");
    rows.returns(SPRING_HTTP + "client.ClientHttpResponse#getStatusText", STRING);
    rows.returns(OKHTTP + "ResponseBody#bytes", "byte[]");
    rows.returns(OKHTTP + "ResponseBody#byteStream", "java.io.InputStream");
    rows.returns(OKHTTP + "ResponseBody#charStream", "java.io.Reader");
    rows.returns("org.slf4j.LoggerFactory#getLogger", "org.slf4j.Logger");
    rows.returns(
        "org.apache.logging.log4j.LogManager#getLogger", "org.apache.logging.log4j.Logger");
    rows.returns("org.apache.commons.logging.LogFactory#getLog", "org.apache.commons.logging.Log");
    rows.known(
        "org.slf4j.Logger", "org.apache.logging.log4j.Logger", "org.apache.commons.logging.Log");
  }
}
