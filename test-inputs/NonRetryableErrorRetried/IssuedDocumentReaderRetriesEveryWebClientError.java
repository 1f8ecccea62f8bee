package inputs.nonretryableerrorretried;

import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/** Reads issued invoices from the Fatture in Cloud REST API for the reporting service. */
public class IssuedDocumentReaderRetriesEveryWebClientError {

  private final WebClient webClient;

  public IssuedDocumentReaderRetriesEveryWebClientError(WebClient.Builder builder, String accessToken) {
    this.webClient = builder
        .baseUrl("https://api-v2.fattureincloud.it")
        .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
        .build();
  }

  public Mono<String> issuedDocument(int companyId, int documentId) {
    return webClient.get()
        .uri("/c/{companyId}/issued_documents/{documentId}", companyId, documentId)
        .accept(MediaType.APPLICATION_JSON)
        .retrieve()
        .bodyToMono(String.class)
        .timeout(Duration.ofSeconds(20))
        // Every failure is retried: a 401 for an expired token or a 404 for a deleted invoice is sent three more
        // times, and a 429 waits for the back-off instead of the Retry-After time.
        // BUG: Diagnostic contains: NonRetryableErrorRetried
        // BUG: Diagnostic contains: RetryAfterIgnored
        .retryWhen(Retry.backoff(3, Duration.ofSeconds(1)).maxBackoff(Duration.ofSeconds(10)).jitter(0.5));
  }
}
