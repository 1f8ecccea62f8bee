package inputs.retryafterignored;

import java.time.Duration;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.publisher.Mono;
import reactor.retry.Retry;
import reactor.retry.RetryContext;

/** Reads stock levels from the warehouse API, retrying only when the connection fails, with a jittered back-off. */
public class WarehouseStockReaderRetriesConnectionFailuresWithReactorExtra {

  private static final Retry<Object> CONNECTION_FAILURES = Retry.onlyIf(
          (RetryContext<Object> ctx) -> ctx.exception() instanceof WebClientRequestException)
      .exponentialBackoffWithJitter(Duration.ofMillis(200), Duration.ofSeconds(5))
      .retryMax(5);

  private final WebClient webClient;

  public WarehouseStockReaderRetriesConnectionFailuresWithReactorExtra(WebClient webClient) {
    this.webClient = webClient;
  }

  public Mono<String> stock(String sku) {
    Mono<String> read = webClient.get()
        .uri("/v1/stock/{sku}", sku)
        .retrieve()
        .bodyToMono(String.class);
    return CONNECTION_FAILURES.apply(read).next();
  }
}
