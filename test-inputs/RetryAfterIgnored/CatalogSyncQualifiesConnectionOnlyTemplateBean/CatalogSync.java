package inputs.retryafterignored.qualifiedbean;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

/**
 * Fetches the supplier catalogue and keeps a copy on disk. The REST call is given the template
 * that only retries connection failures; the cache template only ever writes files.
 */
@Service
public class CatalogSync {

  private final RetryTemplate retryTemplate;
  private final RetryTemplate cacheRetries;
  private final RestTemplate supplierApi;
  private final Path cacheFile;

  public CatalogSync(
      @Qualifier("supplierRetryTemplate") RetryTemplate retryTemplate,
      @Qualifier("cacheRetryTemplate") RetryTemplate cacheRetries,
      RestTemplate supplierApi) {
    this.retryTemplate = retryTemplate;
    this.cacheRetries = cacheRetries;
    this.supplierApi = supplierApi;
    this.cacheFile = Path.of("/var/cache/catalog.json");
  }

  public String refresh() {
    String catalog =
        retryTemplate.execute(context -> supplierApi.getForObject("/v2/catalog", String.class));
    cacheRetries.execute(
        context -> {
          try {
            return Files.writeString(cacheFile, catalog);
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        });
    return catalog;
  }
}
