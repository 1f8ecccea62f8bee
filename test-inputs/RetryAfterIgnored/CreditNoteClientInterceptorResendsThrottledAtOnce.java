package inputs.retryafterignored;

import org.springframework.http.HttpStatus;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;

/**
 * RestClient of the credit-note service: the interceptor re-sends a 429 at once, up to four times, instead of waiting
 * the seconds the Retry-After header asks for.
 */
public class CreditNoteClientInterceptorResendsThrottledAtOnce {

  private static final int MAX_RESENDS = 4;

  public static RestClient creditNoteClient(String baseUrl) {
    return RestClient.builder().baseUrl(baseUrl).requestInterceptor(resendThrottled()).build();
  }

  static ClientHttpRequestInterceptor resendThrottled() {
    return (request, body, execution) -> {
      ClientHttpResponse response = execution.execute(request, body);
      for (int resend = 0;
          resend < MAX_RESENDS && response.getStatusCode().isSameCodeAs(HttpStatus.TOO_MANY_REQUESTS);
          resend++) {
        response.close();
        // BUG: Diagnostic contains: RetryAfterIgnored
        // BUG: Diagnostic contains: RetryWithoutBackoff
        response = execution.execute(request, body);
      }
      return response;
    };
  }
}
