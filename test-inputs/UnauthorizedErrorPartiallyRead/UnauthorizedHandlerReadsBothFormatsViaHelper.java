package inputs.unauthorized;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.ClientsApi;
import it.fattureincloud.sdk.model.Client;
import java.io.IOException;

/** Reads a customer; a refused token is explained whichever format the 401 came in. */
public class UnauthorizedHandlerReadsBothFormatsViaHelper {
  private final ClientsApi clients;
  private final ObjectMapper mapper = new ObjectMapper();
  private final int companyId;

  public UnauthorizedHandlerReadsBothFormatsViaHelper(ApiClient apiClient, int companyId) {
    this.clients = new ClientsApi(apiClient);
    this.companyId = companyId;
  }

  public Client client(int id) throws ApiException, IOException {
    try {
      return clients.getClient(companyId, id, null, "detailed").getData();
    } catch (ApiException e) {
      if (e.getCode() == 401) {
        String reason = unauthorizedReason(mapper.readTree(e.getResponseBody()));
        throw new IllegalStateException("Fatture in Cloud refused the token: " + reason);
      }
      throw e;
    }
  }

  private static String unauthorizedReason(JsonNode body) {
    String description = body.path("error_description").asText("");
    if (!description.isEmpty()) {
      return description;
    }
    return body.path("error").path("message").asText("unknown reason");
  }
}
