package parityinputs;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** Type arguments: future.join().statusCode(), lambda units, shadowing a constant, a request in a loop condition, conditional expressions, finally, constants of nested classes and interfaces. */
public class Generics implements Limits {
  private final HttpClient http = HttpClient.newHttpClient();

  public String join(URI uri) throws InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri).build();
    for (int i = 0; i < 3; i++) {
      CompletableFuture<HttpResponse<String>> future = http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
      if (future.join().statusCode() == THROTTLED) {
        // BUG: Diagnostic contains: RetryAfterIgnored
        // BUG: Diagnostic contains: RetryWithoutBackoff
        Thread.sleep(100);
        continue;
      }
      return future.join().body();
    }
    return null;
  }

  public String viaGet(URI uri) throws InterruptedException, ExecutionException {
    HttpRequest request = HttpRequest.newBuilder(uri).build();
    for (int i = 0; i < 3; i++) {
      HttpResponse<String> response = http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).get();
      if (response.statusCode() == THROTTLED) {
        // BUG: Diagnostic contains: RetryAfterIgnored
        // BUG: Diagnostic contains: RetryWithoutBackoff
        Thread.sleep(100);
        continue;
      }
      return response.body();
    }
    return null;
  }

  public String lambdaParam(URI uri, List<HttpRequest> requests) {
    requests.forEach(request -> {
      try {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 409) {
          // BUG: Diagnostic contains: NonRetryableErrorRetried
          http.send(request, HttpResponse.BodyHandlers.ofString());
        }
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    return null;
  }

  public String shadowing(URI uri) throws IOException, InterruptedException {
    int THROTTLED = 404;
    HttpRequest request = HttpRequest.newBuilder(uri).build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() == THROTTLED) {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    }
    return response.body();
  }

  public String inLoopCondition(URI uri) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri).build();
    int n = 0;
    while (http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 503 && n++ < 3) {
      // BUG: Diagnostic contains: RetryAfterIgnored
      // BUG: Diagnostic contains: RetryWithoutBackoff
      Thread.sleep(10);
    }
    return null;
  }

  public String ternary(URI uri, boolean twice) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri).build();
    HttpResponse<String> first = http.send(request, HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> second = first.statusCode() == 400
        // BUG: Diagnostic contains: NonRetryableErrorRetried
        ? http.send(request, HttpResponse.BodyHandlers.ofString())
        : first;
    return second.body();
  }

  public String finallyReturn(URI uri) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri).build();
    HttpResponse<String> response = null;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 422) {
        throw new IllegalStateException();
      }
    } catch (IllegalStateException e) {
      // BUG: Diagnostic contains: NonRetryableErrorRetried
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } finally {
      System.out.println("done");
    }
    return response.body();
  }

  static class Nested {
    static final int LIMITED = Limits.THROTTLED;
  }

  public String nestedConstant(URI uri) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri).build();
    outer:
    while (true) {
      // BUG: Diagnostic contains: NonRetryableErrorRetried
      // BUG: Diagnostic contains: RetryAfterIgnored
      // BUG: Diagnostic contains: RetryWithoutBackoff
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      switch (response.statusCode()) {
        case Nested.LIMITED:
          for (int i = 0; i < 2; i++) {
            if (i == 1) {
              continue outer;
            }
          }
          break;
        case 200:
          break outer;
        default:
          // BUG: Diagnostic contains: RetryAfterIgnored
          Thread.sleep(5);
      }
    }
    return null;
  }
}

interface Limits {
  int THROTTLED = 429;
}
