package parityinputs;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Statements before super() and pattern switches. The Error Prone front end treats a pattern case like default (a later default replaces its body), and so does the scanner. */
public class Flexible {
  static class Base {
    Base(String body) {}
  }

  static class Fetching extends Base {
    Fetching(HttpClient http, URI uri) throws IOException, InterruptedException {
      HttpRequest request = HttpRequest.newBuilder(uri).build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 404) {
        // BUG: Diagnostic contains: NonRetryableErrorRetried
        response = http.send(request, HttpResponse.BodyHandlers.ofString());
      }
      super(response.body());
    }
  }

  void patterns(Object o, HttpClient http, HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    switch (o) {
      case Integer i when i > 3 -> http.send(request, HttpResponse.BodyHandlers.ofString());
      case String s -> {
        if (response.statusCode() == 400) {
          http.send(request, HttpResponse.BodyHandlers.ofString());
        }
      }
      default -> {}
    }
    if (o instanceof Integer _) {
      return;
    }
  }
}
