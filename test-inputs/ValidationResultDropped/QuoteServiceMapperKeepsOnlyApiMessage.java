package inputs.validationresultdropped;

import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * MicroProfile Rest Client exception mapper of the quote service. Every error response (400 and up,
 * the default) becomes a {@link QuoteRejectedException} with error.message: the validation_result of
 * a 422 and the OAuth error_description of a 401 are lost.
 */
public class QuoteServiceMapperKeepsOnlyApiMessage
    implements ResponseExceptionMapper<QuoteServiceMapperKeepsOnlyApiMessage.QuoteRejectedException> {

  /** A quote Fatture in Cloud refused. */
  public static class QuoteRejectedException extends RuntimeException {
    public QuoteRejectedException(String message) {
      super(message);
    }
  }

  /** The API error body: {"error": {"message": "...", "code": "..."}}. */
  public static class ApiErrorBody {
    private ApiError error;

    public ApiError getError() {
      return error;
    }

    public void setError(ApiError error) {
      this.error = error;
    }
  }

  /** The error object of the API format. */
  public static class ApiError {
    private String message;

    public String getMessage() {
      return message;
    }

    public void setMessage(String message) {
      this.message = message;
    }
  }

  @Override
  public QuoteRejectedException toThrowable(Response response) {
    ApiErrorBody body = response.readEntity(ApiErrorBody.class);
    // BUG: Diagnostic contains: ValidationResultDropped
    // BUG: Diagnostic contains: UnauthorizedErrorPartiallyRead
    return new QuoteRejectedException(body.getError().getMessage());
  }
}
