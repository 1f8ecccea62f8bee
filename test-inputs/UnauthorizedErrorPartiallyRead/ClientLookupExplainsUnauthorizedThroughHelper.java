package inputs.unauthorizederrorpartiallyread;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.ClientsApi;
import it.fattureincloud.sdk.model.Client;
import java.io.IOException;
import java.util.Optional;

/**
 * Looks up a customer of the e-commerce shop in Fatture in Cloud before an invoice is drafted. A refused token is
 * explained through a helper that reads both formats of a 401: the OAuth error_description first, and the API
 * error.message when there is none.
 */
public class ClientLookupExplainsUnauthorizedThroughHelper {

  /** The shop must ask the merchant to reconnect Fatture in Cloud. */
  public static class ReconnectRequiredException extends Exception {
    public ReconnectRequiredException(String message) {
      super(message);
    }
  }

  private final ClientsApi clients;
  private final ObjectMapper mapper = new ObjectMapper();
  private final int companyId;

  public ClientLookupExplainsUnauthorizedThroughHelper(ApiClient apiClient, int companyId) {
    this.clients = new ClientsApi(apiClient);
    this.companyId = companyId;
  }

  public Optional<Client> find(int clientId) throws ApiException, IOException, ReconnectRequiredException {
    try {
      return Optional.ofNullable(clients.getClient(companyId, clientId, null, "detailed").getData());
    } catch (ApiException e) {
      if (e.getCode() == 404) {
        return Optional.empty();
      }
      if (e.getCode() == 401) {
        String reason = unauthorizedReason(mapper.readTree(e.getResponseBody()));
        throw new ReconnectRequiredException("Fatture in Cloud refused the token: " + reason);
      }
      throw e;
    }
  }

  /** The reason of a 401, whichever of its two formats the body is in. */
  private static String unauthorizedReason(JsonNode body) {
    String description = body.path("error_description").asText("");
    if (!description.isEmpty()) {
      return description;
    }
    String message = body.path("error").path("message").asText("");
    return message.isEmpty() ? "no reason given" : message;
  }
}
