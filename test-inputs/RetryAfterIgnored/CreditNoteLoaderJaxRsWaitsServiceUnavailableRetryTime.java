package inputs.retryafterignored;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import java.util.Date;
import java.util.Optional;

/** Loads credit notes from the invoicing service; waits as long as the service asks when it is down. */
public class CreditNoteLoaderJaxRsWaitsServiceUnavailableRetryTime {

  private static final int MAX_ATTEMPTS = 3;
  private static final long DEFAULT_WAIT_MILLIS = 5_000L;

  /** A credit note as the invoicing service returns it. */
  public static class CreditNote {
    public String number;
    public String invoiceNumber;
    public long amountCents;
  }

  private final WebTarget creditNotes;

  public CreditNoteLoaderJaxRsWaitsServiceUnavailableRetryTime(Client client, String baseUrl) {
    this.creditNotes = client.target(baseUrl).path("credit-notes");
  }

  public Optional<CreditNote> load(String number) throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        return Optional.of(
            creditNotes.path(number).request(MediaType.APPLICATION_JSON).get(CreditNote.class));
      } catch (NotFoundException e) {
        return Optional.empty();
      } catch (ServiceUnavailableException e) {
        if (attempt >= MAX_ATTEMPTS) {
          throw e;
        }
        Thread.sleep(waitMillis(e));
      }
    }
  }

  private static long waitMillis(ServiceUnavailableException e) {
    Date now = new Date();
    Date retryAt = e.getRetryTime(now);
    return retryAt == null ? DEFAULT_WAIT_MILLIS : Math.max(0L, retryAt.getTime() - now.getTime());
  }
}
