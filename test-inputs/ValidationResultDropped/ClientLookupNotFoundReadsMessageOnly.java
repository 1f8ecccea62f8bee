package inputs.validationresultdropped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.ClientsApi;
import it.fattureincloud.sdk.model.Client;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks up a customer by its Fatture in Cloud id when an order comes in. A 404 (customer deleted on the Fatture in
 * Cloud side) has nothing but error.message to read, so reading only that is right: a 404 is no validation error.
 */
public class ClientLookupNotFoundReadsMessageOnly {

  private static final Logger log = LoggerFactory.getLogger(ClientLookupNotFoundReadsMessageOnly.class);

  private final ClientsApi clientsApi;
  private final ObjectMapper mapper = new ObjectMapper();
  private final int companyId;

  public ClientLookupNotFoundReadsMessageOnly(ClientsApi clientsApi, int companyId) {
    this.clientsApi = clientsApi;
    this.companyId = companyId;
  }

  public Optional<Client> findClient(int clientId) throws ApiException, JsonProcessingException {
    try {
      return Optional.ofNullable(clientsApi.getClient(companyId, clientId, null, "detailed").getData());
    } catch (ApiException e) {
      if (e.getCode() == 404) {
        JsonNode error = mapper.readTree(e.getResponseBody()).path("error");
        log.info("Client {} is gone from Fatture in Cloud: {}", clientId, error.path("message").asText());
        return Optional.empty();
      }
      throw e;
    }
  }
}
