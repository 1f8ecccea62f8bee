package inputs.validationresultdropped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.ResponseErrorHandler;

/**
 * RestTemplate error handler of the client import job. Every error status becomes a
 * {@link ClientImportException} with error.message: the per-field validation_result of a 422 is
 * lost, and so is the OAuth error_description of a 401.
 */
public class ClientImportErrorHandlerKeepsOnlyMessage implements ResponseErrorHandler {

  /** A client row Fatture in Cloud did not import. */
  public static class ClientImportException extends RuntimeException {
    public ClientImportException(String message) {
      super(message);
    }
  }

  private final ObjectMapper mapper = new ObjectMapper();

  @Override
  public boolean hasError(ClientHttpResponse response) throws IOException {
    return response.getStatusCode().isError();
  }

  @Override
  public void handleError(URI url, HttpMethod method, ClientHttpResponse response) throws IOException {
    String text = StreamUtils.copyToString(response.getBody(), StandardCharsets.UTF_8);
    JsonNode error = mapper.readTree(text).path("error");
    // BUG: Diagnostic contains: ValidationResultDropped
    // BUG: Diagnostic contains: UnauthorizedErrorPartiallyRead
    String message = error.path("message").asText();
    throw new ClientImportException(method + " " + url.getPath() + ": " + message);
  }
}
