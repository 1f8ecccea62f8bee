package inputs.nonretryableerrorretried;

import io.github.resilience4j.retry.Retry;
import it.fattureincloud.sdk.ApiClient;
import it.fattureincloud.sdk.ApiException;
import it.fattureincloud.sdk.api.IssuedDocumentsApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Archives downloaded invoices on a network share; the default retry covers the disk writes, not the API call. */
public class InvoiceArchiveRetriesDiskWritesWithResilience4jDefaults {

  private final IssuedDocumentsApi issuedDocumentsApi;
  private final Path archive;
  private final Retry diskRetry = Retry.ofDefaults("archive-share");

  public InvoiceArchiveRetriesDiskWritesWithResilience4jDefaults(ApiClient apiClient, Path archive) {
    this.issuedDocumentsApi = new IssuedDocumentsApi(apiClient);
    this.archive = archive;
  }

  public void archive(int companyId, int documentId) throws ApiException {
    String url = issuedDocumentsApi.getIssuedDocument(companyId, documentId, null, null).getData().getUrl();
    diskRetry.executeRunnable(() -> {
      try {
        Files.writeString(archive.resolve(documentId + ".txt"), url);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
