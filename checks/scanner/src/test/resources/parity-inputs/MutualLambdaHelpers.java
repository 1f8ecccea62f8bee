package parityinputs;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Helpers that call each other from inside lambdas, as a refresh timer and the refresh it schedules do: lowering one
 * inlines the other, whose lambda inlines the first again. Both front ends must bound that and analyse the class.
 */
public class MutualLambdaHelpers {
  private final HttpClient http = HttpClient.newHttpClient();
  private final URI endpoint = URI.create("https://api.example.com/locations");

  public void init() {
    startRefreshTimer(true).join();
  }

  private CompletableFuture<Void> startRefreshTimer(boolean initial) {
    long delay = initial ? 0 : Duration.ofMinutes(5).toMillis();
    return CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS))
        .thenCompose(ignored -> refreshLocations().thenAccept(status -> startRefreshTimer(false)));
  }

  private CompletableFuture<Integer> refreshLocations() {
    HttpRequest request = HttpRequest.newBuilder(endpoint).build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
        .thenApply(HttpResponse::statusCode)
        .whenComplete((status, failure) -> {
          if (failure != null) {
            startRefreshTimer(false);
          }
        });
  }
}
