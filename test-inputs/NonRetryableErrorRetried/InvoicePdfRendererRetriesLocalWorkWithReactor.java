package inputs.nonretryableerrorretried;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

/** Renders invoice PDFs from the templates on disk before they are uploaded. */
public class InvoicePdfRendererRetriesLocalWorkWithReactor {

  private final Path templates;

  public InvoicePdfRendererRetriesLocalWorkWithReactor(Path templates) {
    this.templates = templates;
  }

  // Every error is retried, but the retried work reads a file: no HTTP request is re-sent.
  public Mono<byte[]> template(String name) {
    return Mono.fromCallable(() -> Files.readAllBytes(templates.resolve(name + ".html")))
        .subscribeOn(Schedulers.boundedElastic())
        .retryWhen(Retry.backoff(3, Duration.ofMillis(200)));
  }

  public Mono<String> templateText(String name) {
    return template(name).map(String::new).retry(2);
  }
}
