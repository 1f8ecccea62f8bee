package parityinputs;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.springframework.web.client.RestTemplate;

/** Records with compact constructors, enum constant bodies, interface default methods, a subclass calling inherited RestTemplate methods, case null, default. */
public class Shapes {
  record Fetcher(HttpClient http, URI uri) {
    Fetcher {
      if (uri == null) {
        throw new IllegalArgumentException();
      }
    }

    String fetch() throws IOException, InterruptedException {
      HttpRequest request = HttpRequest.newBuilder(uri).build();
      while (true) {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        Optional<String> retryAfter = response.headers().firstValue("Retry-After");
        if (response.statusCode() == 429 && retryAfter.isPresent()) {
          // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
          Thread.sleep(Long.parseLong(retryAfter.get()) * 1000);
          continue;
        }
        if (response.statusCode() == 429) {
          // BUG: Diagnostic contains: RetryWithoutBackoff
          Thread.sleep(1000);
          continue;
        }
        return response.body();
      }
    }
  }

  enum Mode {
    EAGER {
      @Override
      String run(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
        for (int i = 0; i < 2; i++) {
          // BUG: Diagnostic contains: NonRetryableErrorRetried
          HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
          switch (response.statusCode()) {
            case 200 -> {
              return response.body();
            }
            case 401, 403 -> {
              continue;
            }
            default -> throw new IOException();
          }
        }
        return null;
      }
    };

    abstract String run(HttpClient http, HttpRequest request) throws IOException, InterruptedException;
  }

  interface Client {
    HttpClient http();

    default String get(HttpRequest request) throws IOException, InterruptedException {
      var response = http().send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 404) {
        // BUG: Diagnostic contains: NonRetryableErrorRetried
        response = http().send(request, HttpResponse.BodyHandlers.ofString());
      }
      return response.body();
    }
  }

  static class Sub extends RestTemplate {
    String twice() {
      try {
        return getForObject("/a", String.class);
      } catch (org.springframework.web.client.HttpClientErrorException.Unauthorized e) {
        // BUG: Diagnostic contains: NonRetryableErrorRetried
        return getForObject("/a", String.class);
      }
    }
  }

  Object patterns(Object o, HttpClient http, HttpRequest request) throws IOException, InterruptedException {
    return switch (o) {
      case null, default -> "x";
    };
  }
}
