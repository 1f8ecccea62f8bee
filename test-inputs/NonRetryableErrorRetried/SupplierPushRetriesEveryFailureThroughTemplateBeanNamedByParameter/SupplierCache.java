package inputs.nonretryableerrorretried.templatebeanbyname;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.stereotype.Component;

/** Keeps the last pushed supplier records on disk, with the cache template. */
@Component
public class SupplierCache {

  private final RetryTemplate cacheRetryTemplate;

  public SupplierCache(RetryTemplate cacheRetryTemplate) {
    this.cacheRetryTemplate = cacheRetryTemplate;
  }

  public void keep(Path file, String json) {
    cacheRetryTemplate.execute(
        context -> {
          try {
            return Files.writeString(file, json);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
