package inputs.validationresultdropped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.ClientsApi;
import it.fattureincloud.sdk.model.Client;
import it.fattureincloud.sdk.model.CreateClientRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Backend of the "new customer" form. A 422 from Fatture in Cloud is turned into per-field messages: every
 * validation_result key ("data.vat_number", "data.address_postal_code", ...) is mapped to the form input of the same
 * name, and error.message becomes the banner above the form.
 */
public class CustomerFormBackendMapsEveryValidationEntry {

  /** What the form shows after a submit. */
  public record FormResult(Integer clientId, String banner, Map<String, List<String>> fieldErrors) {}

  private static final String DATA_PREFIX = "data.";

  private final ClientsApi clientsApi;
  private final ObjectMapper mapper = new ObjectMapper();
  private final int companyId;

  public CustomerFormBackendMapsEveryValidationEntry(ClientsApi clientsApi, int companyId) {
    this.clientsApi = clientsApi;
    this.companyId = companyId;
  }

  public FormResult submit(Client client) throws ApiException, JsonProcessingException {
    try {
      Client created = clientsApi.createClient(companyId, new CreateClientRequest().data(client)).getData();
      return new FormResult(created.getId(), "Customer saved.", Map.of());
    } catch (ApiException e) {
      if (e.getCode() != 422) {
        throw e;
      }
      JsonNode error = mapper.readTree(e.getResponseBody()).path("error");
      Map<String, List<String>> fieldErrors = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> entry : error.path("validation_result").properties()) {
        List<String> messages = new ArrayList<>();
        entry.getValue().forEach(message -> messages.add(message.asText()));
        fieldErrors.put(formField(entry.getKey()), messages);
      }
      return new FormResult(null, error.path("message").asText(), fieldErrors);
    }
  }

  /** "data.vat_number" is the form input "vat_number"; nested paths keep their dots. */
  private static String formField(String validationKey) {
    return validationKey.startsWith(DATA_PREFIX) ? validationKey.substring(DATA_PREFIX.length()) : validationKey;
  }
}
