package inputs.retryafterignored;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;

/**
 * Archives the XML of issued e-invoices on the shared drive. Every failure is retried, but the retried work is a
 * file write, not a request to the API: no status, no Retry-After.
 */
public class InvoiceArchiveRetriesLocalWritesWithSpringRetry {

  private final Path archive;

  public InvoiceArchiveRetriesLocalWritesWithSpringRetry(Path archive) {
    this.archive = archive;
  }

  @Retryable(maxAttempts = 4, backoff = @Backoff(delay = 250))
  public Path archiveXml(String documentNumber, String xml) throws IOException {
    Path target = archive.resolve(documentNumber.replace('/', '-') + ".xml");
    Files.writeString(target, xml, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
    return target;
  }
}
