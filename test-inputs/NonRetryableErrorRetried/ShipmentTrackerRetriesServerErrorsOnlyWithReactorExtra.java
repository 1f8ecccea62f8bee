package inputs.nonretryableerrorretried;

import java.time.Duration;
import java.util.function.Predicate;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;
import reactor.retry.RetryContext;
import reactor.util.retry.Retry;

/** Tracks shipments with the carrier API; 5xx answers other than 503 are retried, every 4xx goes to the caller. */
public class ShipmentTrackerRetriesServerErrorsOnlyWithReactorExtra {

  private final WebClient webClient;

  public ShipmentTrackerRetriesServerErrorsOnlyWithReactorExtra(WebClient webClient) {
    this.webClient = webClient;
  }

  public Mono<String> track(String trackingNumber) {
    Predicate<RetryContext<Object>> serverErrors = ctx -> ctx.exception() instanceof WebClientResponseException failure
        && failure.getStatusCode().is5xxServerError()
        && failure.getStatusCode().value() != 503;
    return webClient.get()
        .uri("/v2/shipments/{number}", trackingNumber)
        .retrieve()
        .bodyToMono(String.class)
        .retryWhen(Retry.withThrowable(reactor.retry.Retry.onlyIf(serverErrors)
            .fixedBackoff(Duration.ofSeconds(1))
            .retryMax(3)));
  }
}
