package inputs.nonretryableerrorretried;

import java.io.IOException;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Interceptor of the company registry lookup: a 404 or 403 is taken for a replica that has not caught up yet and
 * the same request is sent once more, though both answers are final for an unchanged request.
 */
public class CompanyLookupInterceptorResendsNotFoundOnce implements ClientHttpRequestInterceptor {

  @Override
  public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
      throws IOException {
    ClientHttpResponse first = execution.execute(request, body);
    HttpStatus status = HttpStatus.resolve(first.getStatusCode().value());
    if (status != HttpStatus.NOT_FOUND && status != HttpStatus.FORBIDDEN) {
      return first;
    }
    first.close();
    // BUG: Diagnostic contains: NonRetryableErrorRetried
    return execution.execute(request, body);
  }
}
