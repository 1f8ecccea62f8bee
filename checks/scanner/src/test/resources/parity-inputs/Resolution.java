package parityinputs;

import static parityinputs.Resolution.Util.exchange;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.TimerTask;

/** Method and name resolution: own helpers, static imports shadowed by members, this.field, outer helpers from an anonymous class, Outer.this, chained factories. */
public class Resolution {
  static class Util {
    static HttpResponse<String> exchange(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
  }

  private final HttpClient http = HttpClient.newHttpClient();

  HttpClient client() {
    return http;
  }

  HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return client().send(request, HttpResponse.BodyHandlers.ofString());
  }

  String viaOwnHelper(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response = send(request);
    if (response.statusCode() == 400) {
      // BUG: Diagnostic contains: NonRetryableErrorRetried
      response = send(request);
    }
    return response.body();
  }

  String viaStaticImport(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response = exchange(http, request);
    if (response.statusCode() == 400) {
      response = Util.exchange(http, request);
    }
    return response.body();
  }

  String viaThisField(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
    while (response.statusCode() == 503) {
      // BUG: Diagnostic contains: RetryAfterIgnored
      // BUG: Diagnostic contains: RetryWithoutBackoff
      Thread.sleep(10);
      response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
    }
    return response.body();
  }

  TimerTask task(HttpRequest request) {
    return new TimerTask() {
      int attempts;

      @Override
      public void run() {
        try {
          HttpResponse<String> response = send(request);
          if (response.statusCode() == 404 && attempts++ < 3) {
            run();
          }
        } catch (IOException | InterruptedException e) {
          cancel();
        }
      }
    };
  }

  class Inner {
    String inner(HttpRequest request) throws IOException, InterruptedException {
      var list = new ArrayList<HttpResponse<String>>();
      list.add(Resolution.this.send(request));
      if (list.get(0).statusCode() == 401) {
        list.add(http.send(request, HttpResponse.BodyHandlers.ofString()));
        list.add(http.send(request, HttpResponse.BodyHandlers.ofString()));
      }
      return list.get(0).body();
    }
  }

  static Resolution make() {
    return new Resolution();
  }

  String chained(URI uri) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri).build();
    HttpResponse<String> response = make().client().send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() == 422) {
      // BUG: Diagnostic contains: NonRetryableErrorRetried
      return make().client().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
    return response.body();
  }
}
