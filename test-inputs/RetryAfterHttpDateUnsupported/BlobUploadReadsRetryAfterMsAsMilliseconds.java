package inputs.retryafterhttpdateunsupported;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** retry-after-ms and x-ms-retry-after-ms are milliseconds by definition: a number parse is right. */
public class BlobUploadReadsRetryAfterMsAsMilliseconds {
  public int upload(HttpClient client, URI uri, byte[] data)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(uri).PUT(HttpRequest.BodyPublishers.ofByteArray(data)).build();
    HttpResponse<Void> first = client.send(request, HttpResponse.BodyHandlers.discarding());
    if (first.statusCode() != 429) {
      return first.statusCode();
    }
    String ms =
        first
            .headers()
            .firstValue("x-ms-retry-after-ms")
            .or(() -> first.headers().firstValue("retry-after-ms"))
            .orElse("500");
    Thread.sleep(Long.parseLong(ms));
    return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
