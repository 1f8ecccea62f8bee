package inputs.nonretryable;

import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/** Sends credit notes to the accounting gateway. */
public class CreditNoteSyncRetriesAnyClientError {
  private static final int MAX_ATTEMPTS = 5;

  private final RestClient rest;

  public CreditNoteSyncRetriesAnyClientError(RestClient rest) {
    this.rest = rest;
  }

  public String send(String creditNoteJson) throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        // BUG: Diagnostic contains: NonRetryableErrorRetried
        return rest.post().uri("/credit-notes").body(creditNoteJson).retrieve().body(String.class);
      } catch (RestClientResponseException e) {
        boolean worthRetrying = e.getStatusCode().is4xxClientError() || e.getStatusCode().is5xxServerError();
        if (!worthRetrying || attempt == MAX_ATTEMPTS) {
          throw e;
        }
        String retryAfter = e.getResponseHeaders() == null ? null
            : e.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER);
        Thread.sleep(retryAfter != null ? Long.parseLong(retryAfter) * 1000L : 2_000L * attempt);
      }
    }
  }
}
