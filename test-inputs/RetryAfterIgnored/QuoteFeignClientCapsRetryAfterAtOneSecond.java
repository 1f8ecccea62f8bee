package inputs.retryafterignored;

import feign.Feign;
import feign.Param;
import feign.RequestLine;
import feign.Retryer;

/**
 * Builds the Feign client that reads quotes from Fatture in Cloud. Feign's default error decoder hands the Retry-After
 * of a 429 to the Retryer, but this Retryer.Default never waits longer than its one-second maxPeriod, while the API
 * asks for up to a minute: every re-send comes back rate limited.
 */
public class QuoteFeignClientCapsRetryAfterAtOneSecond {

  /** The quotes endpoint of the Fatture in Cloud API. */
  public interface QuotesApi {
    @RequestLine("GET /c/{companyId}/issued_documents/{documentId}")
    String quote(@Param("companyId") int companyId, @Param("documentId") int documentId);
  }

  private static final long PERIOD_MILLIS = 100L;
  private static final long MAX_PERIOD_MILLIS = 1_000L;
  private static final int MAX_ATTEMPTS = 5;

  public QuotesApi quotes(String baseUrl) {
    return Feign.builder()
        .retryer(
            // BUG: Diagnostic contains: RetryAfterIgnored
            new Retryer.Default(PERIOD_MILLIS, MAX_PERIOD_MILLIS, MAX_ATTEMPTS))
        .target(QuotesApi.class, baseUrl);
  }
}
