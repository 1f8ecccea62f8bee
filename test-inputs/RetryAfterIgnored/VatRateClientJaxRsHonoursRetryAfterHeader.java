package inputs.retryafterignored;

import java.util.Optional;
import javax.ws.rs.client.Client;
import javax.ws.rs.client.WebTarget;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

/** Reads VAT rates by country for invoice lines; a throttled or busy service is asked again later. */
public class VatRateClientJaxRsHonoursRetryAfterHeader {

  private static final int MAX_ATTEMPTS = 4;
  private static final long FALLBACK_SECONDS = 2L;

  private final WebTarget rates;

  public VatRateClientJaxRsHonoursRetryAfterHeader(Client client, String baseUrl) {
    this.rates = client.target(baseUrl).path("vat-rates");
  }

  public Optional<String> rate(String countryCode) throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      Response response = rates.path(countryCode).request("application/json").get();
      try {
        int status = response.getStatus();
        if (status == Response.Status.OK.getStatusCode()) {
          return Optional.of(response.readEntity(String.class));
        }
        if (status == Response.Status.NOT_FOUND.getStatusCode()) {
          return Optional.empty();
        }
        boolean retryable =
            status == Response.Status.TOO_MANY_REQUESTS.getStatusCode()
                || status == Response.Status.SERVICE_UNAVAILABLE.getStatusCode();
        if (!retryable || attempt >= MAX_ATTEMPTS) {
          throw new IllegalStateException("VAT rate service answered " + status);
        }
        Thread.sleep(retryAfterSeconds(response) * 1000L);
      } finally {
        response.close();
      }
    }
  }

  private static long retryAfterSeconds(Response response) {
    String value = response.getHeaderString(HttpHeaders.RETRY_AFTER);
    if (value == null || !value.trim().matches("\\d+")) {
      return FALLBACK_SECONDS;
    }
    // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
    return Long.parseLong(value.trim());
  }
}
