package inputs.retryafterignored;

import java.io.IOException;
import java.io.InterruptedIOException;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestTemplate;

/**
 * RestTemplate interceptor of the invoice synchronisation job: a 429 or 503 from the invoicing API is re-sent up to
 * three times after a growing pause of the job's own, whatever the Retry-After header of the response asks for.
 */
public class InvoiceSyncRestTemplateInterceptorPausesFixedOnThrottle implements ClientHttpRequestInterceptor {

  private static final int MAX_ATTEMPTS = 3;
  private static final long BASE_PAUSE_MILLIS = 750L;

  public static RestTemplate invoicingTemplate() {
    RestTemplate template = new RestTemplate();
    template.getInterceptors().add(new InvoiceSyncRestTemplateInterceptorPausesFixedOnThrottle());
    return template;
  }

  @Override
  public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
      throws IOException {
    ClientHttpResponse response = execution.execute(request, body);
    int attempt = 1;
    while (isThrottled(response) && attempt < MAX_ATTEMPTS) {
      response.close();
      try {
        // BUG: Diagnostic contains: RetryAfterIgnored
        Thread.sleep(BASE_PAUSE_MILLIS * attempt);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while re-sending " + request.getURI());
      }
      response = execution.execute(request, body);
      attempt++;
    }
    return response;
  }

  private static boolean isThrottled(ClientHttpResponse response) throws IOException {
    return response.getStatusCode() == HttpStatus.TOO_MANY_REQUESTS
        || response.getStatusCode().value() == 503;
  }
}
