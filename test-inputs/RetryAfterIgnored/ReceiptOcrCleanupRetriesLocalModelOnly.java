package inputs.retryafterignored;

import dev.langchain4j.internal.RetryUtils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Normalises the OCR text of a scanned receipt before it is matched to a supplier invoice. The text
 * is read from the shared scan folder, which a sync job may still be writing: RetryUtils runs the
 * read again after a short back-off. No request is sent, so there is no Retry-After to wait for.
 */
public class ReceiptOcrCleanupRetriesLocalModelOnly {
  private static final RetryUtils.RetryPolicy SCAN_FOLDER_POLICY =
      RetryUtils.retryPolicyBuilder().maxRetries(5).delayMillis(200).build();

  private final Path scanFolder;

  public ReceiptOcrCleanupRetriesLocalModelOnly(Path scanFolder) {
    this.scanFolder = scanFolder;
  }

  public String cleanedText(String receiptId) {
    String raw = SCAN_FOLDER_POLICY.withRetry(() -> read(receiptId));
    return raw.replaceAll("\\s+", " ").trim().toUpperCase(Locale.ITALY);
  }

  private String read(String receiptId) throws IOException {
    return Files.readString(scanFolder.resolve(receiptId + ".txt"));
  }
}
