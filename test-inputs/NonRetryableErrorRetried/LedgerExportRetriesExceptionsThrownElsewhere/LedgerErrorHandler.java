package inputs.nonretryableerrorretried.thrownelsewhere;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.DefaultResponseErrorHandler;

/** Reads every 4xx and 5xx answer of the ledger into a LedgerApiException with its status. */
public class LedgerErrorHandler extends DefaultResponseErrorHandler {
  @Override
  public void handleError(URI url, HttpMethod method, ClientHttpResponse response) throws IOException {
    int status = response.getStatusCode().value();
    throw new LedgerApiException(status, StreamUtils.copyToString(response.getBody(), StandardCharsets.UTF_8));
  }
}
