// A compact source file (Java 25): an implicit class, `import module`, java.base imported implicitly.
import module java.net.http;

final HttpClient http = HttpClient.newHttpClient();

String fetch(URI uri) throws IOException, InterruptedException {
  HttpRequest request = HttpRequest.newBuilder(uri).build();
  for (int i = 0; i < 3; i++) {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() == 429) {
      // BUG: Diagnostic contains: RetryAfterIgnored
      // BUG: Diagnostic contains: RetryWithoutBackoff
      TimeUnit.SECONDS.sleep(1);
      continue;
    }
    return response.body();
  }
  return null;
}

void main() throws Exception {
  IO.println(fetch(URI.create("http://localhost")));
}
