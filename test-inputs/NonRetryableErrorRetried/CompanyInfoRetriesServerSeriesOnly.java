package inputs.nonretryableerrorretried;

import org.springframework.http.HttpStatus;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/** Reads the company's plan and VAT data when a user opens the settings page. */
public class CompanyInfoRetriesServerSeriesOnly {

  private final RestClient restClient;

  public CompanyInfoRetriesServerSeriesOnly(RestClient restClient) {
    this.restClient = restClient;
  }

  public String companyInfo(int companyId) throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        return restClient.get().uri("/c/{id}/company/info", companyId).retrieve().body(String.class);
      } catch (RestClientResponseException e) {
        int code = e.getStatusCode().value();
        boolean serverSide = HttpStatus.Series.resolve(code) == HttpStatus.Series.SERVER_ERROR;
        if (!serverSide || code == 503 || attempt == 3) {
          throw e;
        }
        Thread.sleep(1_500L * attempt);
      }
    }
  }
}
