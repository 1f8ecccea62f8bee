package inputs.validationresultdropped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.DefaultResponseErrorHandler;

/**
 * RestTemplate error handler of the client lookup. It takes only 404 (client deleted) for an error,
 * so only a 404 reaches handleError, and a 404 carries no field errors: error.message is all there
 * is. Every other status is returned to the caller as it is.
 */
public class ClientLookupErrorHandlerOnlyForMissingClients extends DefaultResponseErrorHandler {

  /** The client is no longer in the registry. */
  public static class ClientMissingException extends RuntimeException {
    public ClientMissingException(String message) {
      super(message);
    }
  }

  private final ObjectMapper mapper = new ObjectMapper();

  @Override
  public boolean hasError(ClientHttpResponse response) throws IOException {
    return response.getStatusCode().value() == 404;
  }

  @Override
  public void handleError(URI url, HttpMethod method, ClientHttpResponse response) throws IOException {
    JsonNode body = mapper.readTree(response.getBody());
    throw new ClientMissingException(body.path("error").path("message").asText("client not found"));
  }
}
