package inputs.unauthorized;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.ClientsApi;
import it.fattureincloud.sdk.model.Client;
import it.fattureincloud.sdk.model.CreateClientRequest;
import java.io.IOException;

/** Creates customers; a 422 is shown field by field, anything else is passed on unchanged. */
public class ValidationBranchReadsOnlyApiMessage {
  private final ClientsApi clients;
  private final ObjectMapper mapper = new ObjectMapper();
  private final int companyId;

  public ValidationBranchReadsOnlyApiMessage(ApiClient apiClient, int companyId) {
    this.clients = new ClientsApi(apiClient);
    this.companyId = companyId;
  }

  public Client create(Client client) throws ApiException, IOException {
    try {
      return clients.createClient(companyId, new CreateClientRequest().data(client)).getData();
    } catch (ApiException e) {
      if (e.getCode() == 422) {
        JsonNode error = mapper.readTree(e.getResponseBody()).path("error");
        throw new IllegalArgumentException(error.path("message").asText() + " " + error.path("validation_result"));
      }
      throw e;
    }
  }
}
