package inputs.unauthorized;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.SuppliersApi;
import it.fattureincloud.sdk.model.ListSuppliersResponse;
import java.io.IOException;

/** Pulls the supplier list for the purchasing module. */
public class SupplierSyncDtoExpectsOAuthError {
  /** The OAuth error shape only: an API error ({"error": {"message": ...}}) does not fit it. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static class OAuthError {
    @JsonProperty("error")
    public String error;

    @JsonProperty("error_description")
    public String description;

    public String getDescription() {
      return description;
    }
  }

  private final SuppliersApi suppliers;
  private final ObjectMapper mapper = new ObjectMapper();
  private final int companyId;

  public SupplierSyncDtoExpectsOAuthError(ApiClient apiClient, int companyId) {
    this.suppliers = new SuppliersApi(apiClient);
    this.companyId = companyId;
  }

  public ListSuppliersResponse suppliers() throws ApiException, IOException {
    try {
      return suppliers.listSuppliers(companyId, null, null, null, 1, 100, null);
    } catch (ApiException e) {
      if (e.getCode() == 401) {
        OAuthError error = mapper.readValue(e.getResponseBody(), OAuthError.class);
        // BUG: Diagnostic contains: UnauthorizedErrorPartiallyRead
        throw new IllegalStateException("reconnect Fatture in Cloud: " + error.getDescription());
      }
      throw e;
    }
  }
}
