package inputs.retryafterignored.handlerelsewhere;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.ResponseErrorHandler;

/** Turns every error answer of the payment gateway into one of the two exceptions of the package. */
public class PaymentGatewayErrorHandler implements ResponseErrorHandler {
  @Override
  public boolean hasError(ClientHttpResponse response) throws IOException {
    return response.getStatusCode().isError();
  }

  @Override
  public void handleError(URI url, HttpMethod method, ClientHttpResponse response) throws IOException {
    int status = response.getStatusCode().value();
    String body = StreamUtils.copyToString(response.getBody(), StandardCharsets.UTF_8);
    if (status == 429 || status >= 500) {
      throw new PaymentGatewayBusyException(status, body);
    }
    throw new PaymentGatewayRejectedException(status, body);
  }
}
