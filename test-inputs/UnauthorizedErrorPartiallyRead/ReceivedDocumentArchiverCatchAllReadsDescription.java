package inputs.unauthorizederrorpartiallyread;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.ReceivedDocumentsApi;
import it.fattureincloud.sdk.model.ReceivedDocument;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Archives the expense documents received in a month for the accountant. Any SDK failure, a 401 included, ends the
 * run with the error_description of the body: a 401 in the API format has none (its reason is in error.message),
 * so the accountant reads an empty reason.
 */
public class ReceivedDocumentArchiverCatchAllReadsDescription {

  /** The result of one archiving run. */
  public record ArchiveRun(List<ReceivedDocument> archived, String failure) {}

  private final ReceivedDocumentsApi receivedDocuments;
  private final ObjectMapper mapper = new ObjectMapper();
  private final int companyId;

  public ReceivedDocumentArchiverCatchAllReadsDescription(ApiClient apiClient, int companyId) {
    this.receivedDocuments = new ReceivedDocumentsApi(apiClient);
    this.companyId = companyId;
  }

  public ArchiveRun archiveMonth(int year, int month) throws IOException {
    String from = String.format("%04d-%02d-01", year, month);
    String to = month == 12 ? String.format("%04d-01-01", year + 1) : String.format("%04d-%02d-01", year, month + 1);
    String query = "date >= '" + from + "' and date < '" + to + "'";
    List<ReceivedDocument> archived = new ArrayList<>();
    try {
      List<ReceivedDocument> documents = receivedDocuments
          .listReceivedDocuments(companyId, "expense", null, "detailed", "date", 1, 100, query)
          .getData();
      if (documents != null) {
        archived.addAll(documents);
      }
      return new ArchiveRun(archived, null);
    } catch (ApiException e) {
      JsonNode body = mapper.readTree(e.getResponseBody());
      // BUG: Diagnostic contains: UnauthorizedErrorPartiallyRead
      String description = body.path("error_description").asText();
      return new ArchiveRun(archived, "archiving stopped (HTTP " + e.getCode() + "): " + description);
    }
  }
}
