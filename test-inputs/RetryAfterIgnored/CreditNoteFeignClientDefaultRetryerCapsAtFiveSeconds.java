package inputs.retryafterignored;

import feign.Feign;
import feign.Param;
import feign.RequestLine;
import feign.Retryer;
import java.util.concurrent.TimeUnit;

/**
 * Builds the Feign client that reads credit notes from Fatture in Cloud. Feign's default error decoder passes the
 * Retry-After of a 429 on to the Retryer, but this Retryer.Default waits five seconds at most, far less than the
 * minute-long window the API asks for.
 */
public class CreditNoteFeignClientDefaultRetryerCapsAtFiveSeconds {

  /** The credit notes endpoint of the Fatture in Cloud API. */
  public interface CreditNotesApi {
    @RequestLine("GET /c/{companyId}/issued_documents/{documentId}")
    String creditNote(@Param("companyId") int companyId, @Param("documentId") int documentId);
  }

  public CreditNotesApi creditNotes(String baseUrl) {
    return Feign.builder()
        // BUG: Diagnostic contains: RetryAfterIgnored
        .retryer(new Retryer.Default(200L, TimeUnit.SECONDS.toMillis(5), 4))
        .target(CreditNotesApi.class, baseUrl);
  }
}
