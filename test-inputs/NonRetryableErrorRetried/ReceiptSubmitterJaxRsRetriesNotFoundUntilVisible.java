package inputs.nonretryableerrorretried;

import java.util.concurrent.TimeUnit;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.client.Client;
import javax.ws.rs.client.Entity;
import javax.ws.rs.client.WebTarget;
import javax.ws.rs.core.MediaType;

/** Attaches payment receipts to invoices that the accounting system has just created. */
public class ReceiptSubmitterJaxRsRetriesNotFoundUntilVisible {

  /** A payment receipt for one invoice. */
  public static class Receipt {
    public String invoiceNumber;
    public long amountCents;
    public String paidOn;
  }

  /** What the accounting system answers for a stored receipt. */
  public static class ReceiptAck {
    public String receiptId;
  }

  private final WebTarget accounting;

  public ReceiptSubmitterJaxRsRetriesNotFoundUntilVisible(Client client, String baseUrl) {
    this.accounting = client.target(baseUrl);
  }

  public ReceiptAck attach(Receipt receipt) throws InterruptedException {
    int attempts = 0;
    while (true) {
      try {
        return accounting.path("invoices/{number}/receipts")
            .resolveTemplate("number", receipt.invoiceNumber)
            .request(MediaType.APPLICATION_JSON)
            // BUG: Diagnostic contains: NonRetryableErrorRetried
            .post(Entity.json(receipt), ReceiptAck.class);
      } catch (NotFoundException e) {
        // the invoice may not be replicated yet: try again shortly
        if (++attempts >= 6) {
          throw e;
        }
        TimeUnit.SECONDS.sleep(attempts);
      }
    }
  }
}
