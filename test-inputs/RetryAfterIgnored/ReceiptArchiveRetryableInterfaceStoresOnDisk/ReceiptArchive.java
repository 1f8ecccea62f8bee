package inputs.retryafterignored.retryablelocal;

import java.io.IOException;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;

/**
 * Keeps the PDF receipts of paid invoices. Writing to the archive volume fails now and then while
 * it is remounted, so every failure is retried after a second: no HTTP request is retried here.
 */
public interface ReceiptArchive {

  @Retryable(maxAttempts = 3, backoff = @Backoff(delay = 1000))
  void store(String invoiceId, byte[] pdf) throws IOException;
}
