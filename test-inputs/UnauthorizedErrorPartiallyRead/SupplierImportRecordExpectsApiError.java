package inputs.unauthorizederrorpartiallyread;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.SuppliersApi;
import it.fattureincloud.sdk.model.CreateSupplierRequest;
import it.fattureincloud.sdk.model.Supplier;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports the suppliers of the purchasing module into Fatture in Cloud. A 401 is bound to a record of the API error
 * format; when the 401 is in the OAuth format, error is a string, binding it to {@link ApiErrorDetail} fails and
 * the error_description is never read.
 */
public class SupplierImportRecordExpectsApiError {

  /** The body of an API error: {"error": {"message": "...", "code": "..."}}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ApiErrorBody(ApiErrorDetail error) {}

  /** The error object of the API error format. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ApiErrorDetail(String message, String code) {}

  /** The import stopped because the stored token is no longer accepted. */
  public static class ImportUnauthorizedException extends Exception {
    public ImportUnauthorizedException(String message) {
      super(message);
    }
  }

  private final SuppliersApi suppliers;
  private final ObjectMapper mapper = new ObjectMapper();
  private final int companyId;

  public SupplierImportRecordExpectsApiError(ApiClient apiClient, int companyId) {
    this.suppliers = new SuppliersApi(apiClient);
    this.companyId = companyId;
  }

  public List<Integer> importAll(List<Supplier> batch) throws ApiException, ImportUnauthorizedException,
      IOException {
    List<Integer> created = new ArrayList<>();
    for (Supplier supplier : batch) {
      created.add(create(supplier));
    }
    return created;
  }

  private Integer create(Supplier supplier) throws ApiException, ImportUnauthorizedException, IOException {
    try {
      return suppliers.createSupplier(companyId, new CreateSupplierRequest().data(supplier)).getData().getId();
    } catch (ApiException e) {
      if (e.getCode() != 401) {
        throw e;
      }
      ApiErrorBody body = mapper.readValue(e.getResponseBody(), ApiErrorBody.class);
      // BUG: Diagnostic contains: UnauthorizedErrorPartiallyRead
      String reason = body.error().message();
      throw new ImportUnauthorizedException("supplier import stopped, token refused: " + reason);
    }
  }
}
