package inputs.retryafterignored.ownandbean;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.stereotype.Component;

/** Writes the monthly reports to the shared volume, with the report template bean. */
@Component
public class ReportWriter {

  private final RetryTemplate reportRetryTemplate;

  public ReportWriter(RetryTemplate reportRetryTemplate) {
    this.reportRetryTemplate = reportRetryTemplate;
  }

  public void write(Path target, String csv) {
    reportRetryTemplate.execute(
        context -> {
          try {
            return Files.writeString(target, csv);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
