package inputs.nonretryableerrorretried;

import java.io.IOException;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Bearer-token interceptor of the issued-invoice client: a 401 means the access token expired, so the interceptor
 * asks the authorization server for a new one, puts it on the request and sends it once more; other statuses go
 * back as they are.
 */
public class IssuedInvoiceInterceptorRefreshesTokenBeforeResending401 implements ClientHttpRequestInterceptor {

  /** Hands out the cached access token. */
  public interface TokenStore {
    String currentToken();

    String refreshToken();
  }

  private final TokenStore tokens;
  private final Supplier<String> tenant;

  public IssuedInvoiceInterceptorRefreshesTokenBeforeResending401(TokenStore tokens, Supplier<String> tenant) {
    this.tokens = tokens;
    this.tenant = tenant;
  }

  @Override
  public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
      throws IOException {
    request.getHeaders().setBearerAuth(tokens.currentToken());
    request.getHeaders().set("X-Tenant", tenant.get());
    ClientHttpResponse response = execution.execute(request, body);
    if (response.getStatusCode() != HttpStatus.UNAUTHORIZED) {
      return response;
    }
    response.close();
    String fresh = tokens.refreshToken();
    request.getHeaders().set(HttpHeaders.AUTHORIZATION, "Bearer " + fresh);
    return execution.execute(request, body);
  }
}
