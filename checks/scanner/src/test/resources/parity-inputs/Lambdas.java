package parityinputs;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** Implicitly typed lambda parameters and var in for-each loops, typed from the JDK's generics. */
public class Lambdas {
  private final HttpClient http = HttpClient.newHttpClient();

  public CompletableFuture<String> thenCompose(HttpRequest request) {
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenCompose(response -> {
      if (response.statusCode() == 429) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(HttpResponse::body);
      }
      return CompletableFuture.completedFuture(response.body());
    });
  }

  public void forEachVar(List<HttpRequest> requests) throws IOException, InterruptedException {
    for (var request : requests) {
      var response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 404) {
        // BUG: Diagnostic contains: NonRetryableErrorRetried
        http.send(request, HttpResponse.BodyHandlers.ofString());
      }
    }
  }

  public void mapEntries(Map<String, HttpResponse<String>> responses, HttpRequest request)
      throws IOException, InterruptedException {
    for (var entry : responses.entrySet()) {
      if (entry.getValue().statusCode() == 409) {
        http.send(request, HttpResponse.BodyHandlers.ofString());
      }
    }
    Optional<HttpResponse<String>> last = responses.values().stream().findFirst();
    if (last.isPresent() && last.get().statusCode() == 400) {
      // BUG: Diagnostic contains: NonRetryableErrorRetried
      http.send(request, HttpResponse.BodyHandlers.ofString());
    }
  }

  public String function(HttpRequest request) {
    Function<HttpResponse<String>, String> reader = response -> {
      try {
        if (response.statusCode() == 401) {
          return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        }
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
      return response.body();
    };
    return reader.apply(null);
  }
}
