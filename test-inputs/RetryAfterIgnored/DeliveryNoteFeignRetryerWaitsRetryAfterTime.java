package inputs.retryafterignored;

import feign.Feign;
import feign.Param;
import feign.RequestLine;
import feign.RetryableException;
import feign.Retryer;

/**
 * Feign setup of the client that downloads delivery notes from Fatture in Cloud. Feign's default error decoder turns
 * a 429 or 503 with Retry-After into a RetryableException carrying that time; the custom Retryer waits until then
 * (its own back-off only when the exception has no time), and the fallback Retryer.Default may wait two minutes.
 */
public class DeliveryNoteFeignRetryerWaitsRetryAfterTime implements Retryer {

  /** The delivery notes endpoint of the Fatture in Cloud API. */
  public interface DeliveryNotesApi {
    @RequestLine("GET /c/{companyId}/issued_documents/{documentId}")
    String deliveryNote(@Param("companyId") int companyId, @Param("documentId") int documentId);
  }

  private static final int MAX_ATTEMPTS = 4;
  private static final long BACKOFF_MILLIS = 500L;

  private int attempt = 1;

  @Override
  public void continueOrPropagate(RetryableException e) {
    if (attempt++ >= MAX_ATTEMPTS) {
      throw e;
    }
    Long retryAt = e.retryAfter();
    long waitMillis = retryAt == null ? BACKOFF_MILLIS * attempt : Math.max(0L, retryAt - System.currentTimeMillis());
    try {
      Thread.sleep(waitMillis);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw e;
    }
  }

  @Override
  public Retryer clone() {
    return new DeliveryNoteFeignRetryerWaitsRetryAfterTime();
  }

  public static DeliveryNotesApi client(String baseUrl) {
    return Feign.builder()
        .retryer(new DeliveryNoteFeignRetryerWaitsRetryAfterTime())
        .target(DeliveryNotesApi.class, baseUrl);
  }

  public static DeliveryNotesApi patientClient(String baseUrl) {
    return Feign.builder()
        .retryer(new Retryer.Default(1_000L, 120_000L, 3))
        .target(DeliveryNotesApi.class, baseUrl);
  }
}
