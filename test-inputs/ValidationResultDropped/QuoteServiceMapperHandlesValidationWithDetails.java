package inputs.validationresultdropped;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * MicroProfile Rest Client exception mapper of the quote service for validation errors only: it
 * handles 422 and keeps error.message with error.validation_result and the totals in extra. A 401
 * never reaches it.
 */
public class QuoteServiceMapperHandlesValidationWithDetails
    implements ResponseExceptionMapper<QuoteServiceMapperHandlesValidationWithDetails.QuoteInvalidException> {

  /** A quote that did not pass validation, with what to fix. */
  public static class QuoteInvalidException extends RuntimeException {
    private final transient JsonNode fieldErrors;
    private final transient JsonNode totals;

    public QuoteInvalidException(String message, JsonNode fieldErrors, JsonNode totals) {
      super(message);
      this.fieldErrors = fieldErrors;
      this.totals = totals;
    }

    public JsonNode fieldErrors() {
      return fieldErrors;
    }

    public JsonNode totals() {
      return totals;
    }
  }

  @Override
  public boolean handles(int status, MultivaluedMap<String, Object> headers) {
    return status == 422;
  }

  @Override
  public QuoteInvalidException toThrowable(Response response) {
    JsonNode body = response.readEntity(JsonNode.class);
    JsonNode error = body.path("error");
    return new QuoteInvalidException(
        error.path("message").asText(), error.path("validation_result"), body.path("extra").path("totals"));
  }
}
