package inputs.unauthorizederrorpartiallyread;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * Uploads issued invoices to Fatture in Cloud through a JAX-RS client. A refused upload (401) is explained through
 * an OAuth error DTO only: a 401 in the API format has no error_description, so the reason is lost.
 */
public class InvoiceUploaderJaxRsNotAuthorizedReadsOAuthDto {

  /** The OAuth 2.0 error format (RFC 6749 section 5.2). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record OAuthError(
      @JsonProperty("error") String error,
      @JsonProperty("error_description") String errorDescription) {}

  private final WebTarget api;

  public InvoiceUploaderJaxRsNotAuthorizedReadsOAuthDto(WebTarget api) {
    this.api = api;
  }

  public Map<?, ?> upload(int companyId, Map<String, Object> invoice) {
    try {
      return api.path("c").path(String.valueOf(companyId)).path("issued_documents")
          .request(MediaType.APPLICATION_JSON_TYPE)
          .post(Entity.json(Map.of("data", invoice)), Map.class);
    } catch (NotAuthorizedException e) {
      OAuthError error = e.getResponse().readEntity(OAuthError.class);
      // BUG: Diagnostic contains: UnauthorizedErrorPartiallyRead
      String description = error.errorDescription();
      throw new IllegalStateException("reconnect the account, invoice upload refused: " + description);
    }
  }
}
