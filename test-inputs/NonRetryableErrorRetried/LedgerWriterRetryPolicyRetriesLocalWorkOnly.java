package inputs.nonretryableerrorretried;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.resilience.annotation.Retryable;

/**
 * Appends the invoices downloaded from Fatture in Cloud to the local ledger file. Every failure is retried, but the
 * retried work is the file append and a lock file, not a request: there is no HTTP status to judge.
 */
public class LedgerWriterRetryPolicyRetriesLocalWorkOnly {

  private final Path ledger;
  private final RetryTemplate retryTemplate;

  public LedgerWriterRetryPolicyRetriesLocalWorkOnly(Path ledger) {
    this.ledger = ledger;
    this.retryTemplate = new RetryTemplate(RetryPolicy.builder()
        .maxRetries(4)
        .delay(Duration.ofMillis(200))
        .build());
  }

  public void append(List<String> lines) throws RetryException {
    retryTemplate.execute(() -> Files.write(ledger, lines, java.nio.file.StandardOpenOption.APPEND));
  }

  @Retryable(maxRetries = 2, delay = 100)
  public void lock() {
    try {
      Files.createFile(ledger.resolveSibling(ledger.getFileName() + ".lock"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
