package inputs.unauthorizederrorpartiallyread;

import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * MicroProfile Rest Client exception mapper of the customer invoice portal. Every error response
 * (400 and up, the default) is read as an OAuth error: a 401 in the API format (error.message,
 * error.code) yields a null description.
 */
public class InvoicePortalMapperReadsOAuthDescription
    implements ResponseExceptionMapper<InvoicePortalMapperReadsOAuthDescription.PortalAccessException> {

  /** The portal could not reach Fatture in Cloud on behalf of the customer. */
  public static class PortalAccessException extends RuntimeException {
    public PortalAccessException(String message) {
      super(message);
    }
  }

  /** The OAuth error body: {"error": "invalid_token", "error_description": "..."}. */
  public static class OAuthErrorBody {
    private String error;
    private String errorDescription;

    public String getError() {
      return error;
    }

    public void setError(String error) {
      this.error = error;
    }

    public String getErrorDescription() {
      return errorDescription;
    }

    public void setErrorDescription(String errorDescription) {
      this.errorDescription = errorDescription;
    }
  }

  @Override
  public PortalAccessException toThrowable(Response response) {
    OAuthErrorBody body = response.readEntity(OAuthErrorBody.class);
    // BUG: Diagnostic contains: UnauthorizedErrorPartiallyRead
    return new PortalAccessException("access refused: " + body.getErrorDescription());
  }
}
