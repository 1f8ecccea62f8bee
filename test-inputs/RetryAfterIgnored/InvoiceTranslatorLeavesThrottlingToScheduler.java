package inputs.retryafterignored;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.NonRetriableException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpMethod;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.internal.RetryUtils;

/**
 * Translates the description of an outgoing invoice for a foreign customer through a translation
 * model behind LangChain4j's HTTP client. A throttled request (429, 503) and a rejected one (any
 * other 4xx but 408) become a NonRetriableException, which RetryUtils does not run again: the
 * invoice goes back to the scheduler, which waits for the quota window. RetryUtils only re-sends a
 * timed-out request, a gateway error or a connection failure, none of which carries Retry-After.
 */
public class InvoiceTranslatorLeavesThrottlingToScheduler {
  private final HttpClient httpClient;
  private final String endpoint;

  public InvoiceTranslatorLeavesThrottlingToScheduler(HttpClient httpClient, String endpoint) {
    this.httpClient = httpClient;
    this.endpoint = endpoint;
  }

  public String translate(String description, String language) {
    HttpRequest request =
        HttpRequest.builder()
            .method(HttpMethod.POST)
            .url(endpoint + "/translate?target=" + language)
            .addHeader("Content-Type", "text/plain; charset=utf-8")
            .body(description)
            .build();
    return RetryUtils.withRetry(() -> send(request), 3);
  }

  private String send(HttpRequest request) {
    try {
      return httpClient.execute(request).body();
    } catch (HttpException e) {
      int status = e.statusCode();
      if (status == 429 || status == 503) {
        throw new NonRetriableException("translation quota exhausted, rescheduled", e);
      }
      if (status >= 400 && status < 500 && status != 408) {
        throw new NonRetriableException("translation rejected: " + e.getMessage(), e);
      }
      throw e;
    }
  }
}
