package inputs.unauthorizederrorpartiallyread;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.IssuedDocumentsApi;
import it.fattureincloud.sdk.model.IssuedDocument;
import it.fattureincloud.sdk.model.ListIssuedDocumentsResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Nightly job that copies the invoices issued since the last run into the ERP. When Fatture in Cloud refuses the
 * stored token the job marks the connection as broken and shows the reason on the admin dashboard; the reason is
 * read from error.message only, so a 401 in the OAuth format (error, error_description) shows an empty reason.
 */
public class InvoiceSyncJobReadsOnlyApiMessageOn401 {

  /** The connection needs the user to authorise the app again. */
  public static class ConnectionBrokenException extends Exception {
    public ConnectionBrokenException(String message) {
      super(message);
    }
  }

  private static final int PAGE_SIZE = 50;

  private final IssuedDocumentsApi issuedDocuments;
  private final ObjectMapper mapper = new ObjectMapper();
  private final int companyId;

  public InvoiceSyncJobReadsOnlyApiMessageOn401(ApiClient apiClient, int companyId) {
    this.issuedDocuments = new IssuedDocumentsApi(apiClient);
    this.companyId = companyId;
  }

  public List<IssuedDocument> invoicesSince(String lastSyncDate) throws ApiException, ConnectionBrokenException,
      IOException {
    List<IssuedDocument> invoices = new ArrayList<>();
    String query = "date >= '" + lastSyncDate + "'";
    int page = 1;
    int lastPage = 1;
    do {
      ListIssuedDocumentsResponse response = fetchPage(query, page);
      if (response.getData() != null) {
        invoices.addAll(response.getData());
      }
      lastPage = response.getLastPage() == null ? page : response.getLastPage();
      page++;
    } while (page <= lastPage);
    return invoices;
  }

  private ListIssuedDocumentsResponse fetchPage(String query, int page) throws ApiException,
      ConnectionBrokenException, IOException {
    try {
      return issuedDocuments.listIssuedDocuments(companyId, "invoice", null, "basic", "date", page, PAGE_SIZE,
          query, null);
    } catch (ApiException e) {
      if (e.getCode() == 401) {
        JsonNode body = mapper.readTree(e.getResponseBody());
        // BUG: Diagnostic contains: UnauthorizedErrorPartiallyRead
        String reason = body.path("error").path("message").asText();
        throw new ConnectionBrokenException("Fatture in Cloud refused the stored token: " + reason);
      }
      throw e;
    }
  }
}
