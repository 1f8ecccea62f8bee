package inputs.retryafterignored;

import java.util.List;
import java.util.Map;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestClient;

/**
 * Imports supplier invoices received on Fatture in Cloud. The abstract page reader is retried on a 503 after a
 * fixed second, whatever the Retry-After header of the 503 asks for; each subclass reads its own document type.
 */
public abstract class ReceivedDocumentImporterRetriesUnavailableOnOwnDelay {

  protected final RestClient fattureInCloud;

  protected ReceivedDocumentImporterRetriesUnavailableOnOwnDelay(RestClient fattureInCloud) {
    this.fattureInCloud = fattureInCloud;
  }

  // BUG: Diagnostic contains: RetryAfterIgnored
  @Retryable(includes = HttpServerErrorException.ServiceUnavailable.class, maxRetries = 4, delay = 1000)
  protected abstract List<Map<String, Object>> readPage(int companyId, int page);

  public int importAll(int companyId) {
    int imported = 0;
    for (int page = 1; ; page++) {
      List<Map<String, Object>> documents = readPage(companyId, page);
      if (documents.isEmpty()) {
        return imported;
      }
      imported += documents.size();
    }
  }
}
