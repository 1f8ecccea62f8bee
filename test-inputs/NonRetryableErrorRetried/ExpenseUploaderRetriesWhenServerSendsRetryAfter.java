package inputs.nonretryableerrorretried;

import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.ReceivedDocumentsApi;
import it.fattureincloud.sdk.model.CreateReceivedDocumentRequest;
import it.fattureincloud.sdk.model.CreateReceivedDocumentResponse;
import java.util.List;
import java.util.Map;

/**
 * Uploads supplier expenses. Any failed upload is sent again only when the server answered with a Retry-After
 * header, after exactly that wait: the server itself asked for the follow-up request, whatever the status (as Feign's
 * default error decoder does). Every other failure goes back to the caller.
 */
public class ExpenseUploaderRetriesWhenServerSendsRetryAfter {

  private static final int MAX_ATTEMPTS = 4;

  private final ReceivedDocumentsApi receivedDocumentsApi;
  private final int companyId;

  public ExpenseUploaderRetriesWhenServerSendsRetryAfter(ReceivedDocumentsApi receivedDocumentsApi, int companyId) {
    this.receivedDocumentsApi = receivedDocumentsApi;
    this.companyId = companyId;
  }

  public CreateReceivedDocumentResponse upload(CreateReceivedDocumentRequest expense)
      throws ApiException, InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        return receivedDocumentsApi.createReceivedDocument(companyId, expense);
      } catch (ApiException e) {
        String retryAfter = retryAfterOf(e);
        if (retryAfter == null || attempt == MAX_ATTEMPTS) {
          throw e;
        }
        Thread.sleep(Long.parseLong(retryAfter.trim()) * 1000L);
      }
    }
  }

  private static String retryAfterOf(ApiException e) {
    Map<String, List<String>> headers = e.getResponseHeaders();
    if (headers == null) {
      return null;
    }
    List<String> values = headers.get("Retry-After");
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
