package parityinputs;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.BiFunction;

/** this(...) to a constructor that sends, initializer blocks, yield out of a nested loop, var lambda parameters, classes nested in interfaces, local records. */
public class Odd {
  private final HttpClient http;
  private final HttpResponse<String> first;

  Odd(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
    this.http = http;
    this.first = http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  Odd(HttpRequest request) throws IOException, InterruptedException {
    this(HttpClient.newHttpClient(), request);
    if (first.statusCode() == 503) {
      // BUG: Diagnostic contains: RetryAfterIgnored
      Thread.sleep(100);
    }
    http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  {
    Runnable r = () -> System.out.println("init");
    r.run();
  }

  int yieldInLoop(HttpRequest request) throws IOException, InterruptedException {
    for (int i = 0; i < 3; i++) {
      // BUG: Diagnostic contains: NonRetryableErrorRetried
      // BUG: Diagnostic contains: RetryAfterIgnored
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      int delay = switch (response.statusCode()) {
        case 429 -> {
          int d = 0;
          for (int j = 0; j < 2; j++) {
            d += 100;
          }
          yield d;
        }
        case 404 -> -1;
        default -> 0;
      };
      if (delay < 0) {
        continue;
      }
      // BUG: Diagnostic contains: RetryAfterIgnored
      Thread.sleep(delay);
    }
    return 0;
  }

  String typedLambda(HttpRequest request) {
    BiFunction<HttpResponse<String>, Integer, String> handler = (var response, var attempt) -> {
      if (response.statusCode() == 429) {
        try {
          Thread.sleep(10);
          return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException | InterruptedException e) {
          throw new IllegalStateException(e);
        }
      }
      return response.body();
    };
    return handler.apply(first, 1);
  }

  interface Api {
    class Impl {
      String get(HttpClient http, URI uri) throws IOException, InterruptedException {
        record Attempt(int number) {
          boolean last() {
            return number >= 3;
          }
        }
        HttpRequest request = HttpRequest.newBuilder(uri).build();
        for (Attempt a = new Attempt(1); ; a = new Attempt(a.number() + 1)) {
          // BUG: Diagnostic contains: NonRetryableErrorRetried
          HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
          if (response.statusCode() != 409 || a.last()) {
            return response.body();
          }
        }
      }
    }
  }
}
