package inputs.nonretryableerrorretried.rejectionselsewhere;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.DefaultResponseErrorHandler;

/**
 * Client errors become a CreditNoteRejectedException; server errors keep Spring's own
 * HttpServerErrorException.
 */
public class CreditNoteErrorHandler extends DefaultResponseErrorHandler {
  @Override
  public void handleError(URI url, HttpMethod method, ClientHttpResponse response) throws IOException {
    HttpStatusCode status = response.getStatusCode();
    if (status.is4xxClientError()) {
      throw new CreditNoteRejectedException(
          status.value(), StreamUtils.copyToString(response.getBody(), StandardCharsets.UTF_8));
    }
    super.handleError(url, method, response);
  }
}
