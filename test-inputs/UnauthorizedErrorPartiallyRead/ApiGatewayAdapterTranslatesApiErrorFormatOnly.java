package inputs.unauthorizederrorpartiallyread;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import it.fattureincloud.sdk.ApiException;
import java.util.Map;

/**
 * The adapter of the company API gateway that turns a failed Fatture in Cloud SDK call into the gateway's own
 * problem document. It assumes every error body is in the API format: for a 401 in the OAuth format (error is a
 * string) getAsJsonObject("error") throws, and the gateway answers 500 instead of telling the caller to
 * re-authorise.
 */
public class ApiGatewayAdapterTranslatesApiErrorFormatOnly {

  /** The gateway's error document (RFC 9457 style). */
  public record GatewayProblem(int status, String title, String detail, Map<String, String> invalidFields) {}

  private static final Map<Integer, String> TITLES = Map.of(
      401, "Upstream authorisation failed",
      403, "Upstream access forbidden",
      404, "Upstream resource not found",
      409, "Upstream conflict",
      422, "Upstream validation failed",
      429, "Upstream rate limit reached");

  public GatewayProblem translate(ApiException e) {
    int status = e.getCode() == 0 ? 502 : e.getCode();
    String title = TITLES.getOrDefault(status, "Upstream error");
    JsonObject error = JsonParser.parseString(e.getResponseBody()).getAsJsonObject().getAsJsonObject("error");
    Map<String, String> invalidFields = new java.util.TreeMap<>();
    JsonElement validation = error.get("validation_result");
    if (validation != null && validation.isJsonObject()) {
      for (Map.Entry<String, JsonElement> field : validation.getAsJsonObject().entrySet()) {
        invalidFields.put(field.getKey(), field.getValue().toString());
      }
    }
    // BUG: Diagnostic contains: UnauthorizedErrorPartiallyRead
    String detail = error.get("message").getAsString();
    return new GatewayProblem(status, title, detail, invalidFields);
  }
}
