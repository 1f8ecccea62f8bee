package inputs.nonretryableerrorretried.sharedstatuslist;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Pushes supplier records from the ERP to Fatture in Cloud. */
public class SupplierSync {

  private final HttpClient http = HttpClient.newHttpClient();

  public void push(URI suppliers, String json) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(suppliers)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    long delay = 1_000L;
    for (int attempt = 0; attempt < 3; attempt++) {
      // BUG: Diagnostic contains: NonRetryableErrorRetried
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() < 300) {
        return;
      }
      if (!SyncPolicy.RETRY_ON.contains(response.statusCode())) {
        throw new IOException("supplier rejected: " + response.body());
      }
      Thread.sleep(delay);
      delay *= 2;
    }
    throw new IOException("supplier push kept failing");
  }
}
