package inputs.retryafterignored;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.ServerErrorException;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import java.util.Date;
import java.util.List;

/** Pushes the day's ledger entries to the accounting service. */
public class LedgerExportJaxRsWaitsRetryTimeOnlyWhenServiceUnavailable {

  private static final int MAX_ATTEMPTS = 4;

  /** One ledger line. */
  public static class LedgerEntry {
    public String account;
    public long debitCents;
    public long creditCents;
  }

  /** The accounting service's receipt for a batch. */
  public static class BatchReceipt {
    public String batchId;
    public int accepted;
  }

  private final WebTarget batches;

  public LedgerExportJaxRsWaitsRetryTimeOnlyWhenServiceUnavailable(WebTarget accounting) {
    this.batches = accounting.path("ledger").path("batches");
  }

  public BatchReceipt export(List<LedgerEntry> entries) throws InterruptedException {
    long backoffMillis = 1_000L;
    for (int attempt = 1; ; attempt++) {
      try {
        return batches
            .request(MediaType.APPLICATION_JSON_TYPE)
            .post(Entity.entity(entries, MediaType.APPLICATION_JSON_TYPE), BatchReceipt.class);
      } catch (ClientErrorException e) {
        throw new IllegalArgumentException(
            "ledger batch rejected with " + e.getResponse().getStatus(), e);
      } catch (ServiceUnavailableException e) {
        if (attempt >= MAX_ATTEMPTS) {
          throw e;
        }
        Date now = new Date();
        Date retryAt = e.getRetryTime(now);
        Thread.sleep(retryAt != null ? retryAt.getTime() - now.getTime() : backoffMillis);
      } catch (ServerErrorException e) {
        if (attempt >= MAX_ATTEMPTS) {
          throw e;
        }
        Thread.sleep(backoffMillis);
      }
      backoffMillis *= 2;
    }
  }
}
