package inputs.retryafterignored;

import java.time.Duration;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/** Reads the customer feed of the CRM API, re-subscribing on throttling and maintenance with an exponential back-off. */
public class CustomerFeedRetriesThrottlingWithReactorExtraBackoff {

  private final WebClient webClient;

  public CustomerFeedRetriesThrottlingWithReactorExtraBackoff(WebClient webClient) {
    this.webClient = webClient;
  }

  public Mono<String> customers(int page) {
    return webClient.get()
        .uri("/v1/customers?page={page}", page)
        .accept(MediaType.APPLICATION_JSON)
        .retrieve()
        .bodyToMono(String.class)
        // BUG: Diagnostic contains: RetryAfterIgnored
        .retryWhen(Retry.withThrowable(reactor.retry.Retry.<Object>onlyIf(ctx ->
                ctx.exception() instanceof WebClientResponseException failure
                    && (failure.getStatusCode().value() == 429 || failure.getStatusCode().value() == 503))
            .exponentialBackoff(Duration.ofSeconds(1), Duration.ofSeconds(20))
            .retryMax(4)));
  }
}
