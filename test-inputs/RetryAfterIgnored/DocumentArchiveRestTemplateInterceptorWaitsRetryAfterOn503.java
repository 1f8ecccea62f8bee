package inputs.retryafterignored;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestTemplate;

/**
 * Interceptor of the document archive client: a 503 or 429 is re-sent once, after the number of seconds the
 * Retry-After header asks for (two seconds when the header is missing or is an HTTP-date); every other status goes
 * back to the RestTemplate as it is.
 */
public class DocumentArchiveRestTemplateInterceptorWaitsRetryAfterOn503 {

  private static final long FALLBACK_SECONDS = 2;

  public static RestTemplate archiveTemplate() {
    RestTemplate template = new RestTemplate();
    List<ClientHttpRequestInterceptor> interceptors = new ArrayList<>(template.getInterceptors());
    interceptors.add(DocumentArchiveRestTemplateInterceptorWaitsRetryAfterOn503::resendAfterRetryAfter);
    template.setInterceptors(interceptors);
    return template;
  }

  static ClientHttpResponse resendAfterRetryAfter(
      HttpRequest request, byte[] body, ClientHttpRequestExecution execution) throws IOException {
    ClientHttpResponse response = execution.execute(request, body);
    int status = response.getStatusCode().value();
    if (status != 503 && status != 429) {
      return response;
    }
    // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
    long seconds = parseSeconds(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER));
    response.close();
    try {
      Thread.sleep(seconds * 1000L);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while honouring Retry-After");
    }
    return execution.execute(request, body);
  }

  private static long parseSeconds(String header) {
    if (header == null) {
      return FALLBACK_SECONDS;
    }
    try {
      return Math.max(0, Long.parseLong(header.trim()));
    } catch (NumberFormatException httpDate) {
      return FALLBACK_SECONDS;
    }
  }
}
