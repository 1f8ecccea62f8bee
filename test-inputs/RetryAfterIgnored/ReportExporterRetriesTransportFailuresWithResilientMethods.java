package inputs.retryafterignored;

import java.util.Map;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Downloads the monthly VAT report from Fatture in Cloud. Only connection failures and time-outs are retried, after
 * a fixed pause: an HTTP error, with or without Retry-After, goes straight back to the caller.
 */
public class ReportExporterRetriesTransportFailuresWithResilientMethods {

  private final RestClient fattureInCloud;

  public ReportExporterRetriesTransportFailuresWithResilientMethods(RestClient fattureInCloud) {
    this.fattureInCloud = fattureInCloud;
  }

  @Retryable(includes = ResourceAccessException.class, maxRetries = 3, delay = 2_000)
  @SuppressWarnings("unchecked")
  public Map<String, Object> vatReport(int companyId, int year, int month) {
    return fattureInCloud.get()
        .uri("/c/{companyId}/taxes?year={year}&month={month}", companyId, year, month)
        .retrieve()
        .body(Map.class);
  }
}
