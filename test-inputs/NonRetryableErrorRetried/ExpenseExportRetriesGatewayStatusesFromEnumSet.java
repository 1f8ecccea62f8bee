package inputs.nonretryableerrorretried;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestTemplate;

/** Exports received documents (expenses) to the accounting firm's archive every night. */
public class ExpenseExportRetriesGatewayStatusesFromEnumSet {

  private static final Set<HttpStatus> GATEWAY_FAILURES =
      EnumSet.of(HttpStatus.BAD_GATEWAY, HttpStatus.GATEWAY_TIMEOUT);

  private final RestTemplate restTemplate;

  public ExpenseExportRetriesGatewayStatusesFromEnumSet(RestTemplate restTemplate) {
    this.restTemplate = restTemplate;
  }

  public String export(int companyId, int documentId) throws InterruptedException {
    String url = "/c/" + companyId + "/received_documents/" + documentId;
    for (int attempt = 1; ; attempt++) {
      try {
        return restTemplate.getForObject(url, String.class);
      } catch (HttpStatusCodeException e) {
        HttpStatus status = HttpStatus.valueOf(e.getStatusCode().value());
        if (attempt == 4 || !GATEWAY_FAILURES.contains(status)) {
          throw e;
        }
        Thread.sleep(2_000L * attempt);
      }
    }
  }
}
