package inputs.retryafterhttpdateunsupported;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Asks java.net.http for Retry-After as a long: an HTTP-date makes it throw. */
public class QuotaProbeJdkClientReadsRetryAfterWithFirstValueAsLong {
  public long secondsToWait(HttpClient client, URI uri) throws IOException, InterruptedException {
    HttpResponse<Void> response =
        client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding());
    if (response.statusCode() != 429) {
      return 0;
    }
    // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
    return response.headers().firstValueAsLong("Retry-After").orElse(30);
  }
}
