package inputs.nonretryableerrorretried;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.springframework.web.client.RestTemplate;

/**
 * Fetches issued invoices through a small in-house "retry" template that only times and logs each
 * call: its names follow Spring Retry's (builder, retryOn, fixedBackoff, execute) but it runs the
 * work once and re-sends nothing, so no failure of the fetch is sent again.
 */
public class InvoiceFetcherOwnTemplateNamedLikeSpringRetry {

  /** Times a call and logs how long it took; named after the Spring class it replaced. */
  static final class RetryTemplate {
    private final String name;

    private RetryTemplate(String name) {
      this.name = name;
    }

    static Builder builder() {
      return new Builder();
    }

    <T> T execute(Callable<T> work) throws Exception {
      long start = System.nanoTime();
      try {
        return work.call();
      } finally {
        System.out.printf("%s took %d ms%n", name, Duration.ofNanos(System.nanoTime() - start).toMillis());
      }
    }

    static final class Builder {
      private String name = "call";

      Builder retryOn(Class<? extends Throwable> ignored) {
        return this;
      }

      Builder fixedBackoff(long ignoredMillis) {
        return this;
      }

      Builder maxAttempts(int ignored) {
        return this;
      }

      Builder named(String name) {
        this.name = name;
        return this;
      }

      RetryTemplate build() {
        return new RetryTemplate(name);
      }
    }
  }

  private final RestTemplate restTemplate;
  private final RetryTemplate timing =
      RetryTemplate.builder().named("issued-invoices").retryOn(Exception.class).fixedBackoff(500).maxAttempts(5).build();

  public InvoiceFetcherOwnTemplateNamedLikeSpringRetry(RestTemplate restTemplate) {
    this.restTemplate = restTemplate;
  }

  public String issuedInvoices(int companyId) throws Exception {
    return timing.execute(
        () -> restTemplate.getForObject("/c/{companyId}/issued_documents?type=invoice", String.class, companyId));
  }
}
