package inputs.retryafterignored;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResponseErrorHandler;
import org.springframework.web.client.RestTemplate;

/**
 * Exports quotes. The error handler raises a gateway failure only for 500, 502 and 504 (the proxy in front of the API
 * drops requests then), and that is all the retry retries: a 429 or a 503, which come with Retry-After, are not
 * retried at all.
 */
public class QuoteExportRetriesGatewayFailureTypeOfItsHandlerOnly {

  /** The proxy failed before the API answered. */
  public static class QuoteGatewayFailureException extends RuntimeException {
    public QuoteGatewayFailureException(int status) {
      super("gateway failure " + status);
    }
  }

  /** Any other error: reported to the caller. */
  public static class QuoteExportFailedException extends RuntimeException {
    public QuoteExportFailedException(int status) {
      super("export failed with " + status);
    }
  }

  private final RestTemplate restTemplate;

  private final Retry retry = Retry.of("quote-export", RetryConfig.custom()
      .maxAttempts(4)
      .retryExceptions(QuoteGatewayFailureException.class)
      .intervalFunction(IntervalFunction.ofExponentialBackoff(300, 2.0))
      .build());

  public QuoteExportRetriesGatewayFailureTypeOfItsHandlerOnly(RestTemplate restTemplate) {
    this.restTemplate = restTemplate;
    this.restTemplate.setErrorHandler(new ResponseErrorHandler() {
      @Override
      public boolean hasError(ClientHttpResponse response) throws IOException {
        return response.getStatusCode().isError();
      }

      @Override
      public void handleError(URI url, HttpMethod method, ClientHttpResponse response) throws IOException {
        int code = response.getStatusCode().value();
        if (code == 500 || code == 502 || code == 504) {
          throw new QuoteGatewayFailureException(code);
        }
        throw new QuoteExportFailedException(code);
      }
    });
  }

  public String export(Map<String, Object> quote) {
    return retry.executeSupplier(
        () -> restTemplate.postForObject("https://api.example.com/v1/quotes/export", quote, String.class));
  }
}
