package inputs.nonretryableerrorretried.sharedservererrors;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

/** Pushes supplier records and retries only what the gateway failed on. */
public class TolerantSupplierSync {

  private final HttpClient http = HttpClient.newHttpClient();

  public void push(URI suppliers, String json) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(suppliers)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build();
    long delay = 2_000L;
    for (int attempt = 0; attempt < 4; attempt++) {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      int status = response.statusCode();
      if (status < 300) {
        return;
      }
      boolean gatewayFailure =
          Arrays.stream(ServerErrorPolicy.TRANSIENT_CODES).anyMatch(code -> code == status);
      if (!gatewayFailure) {
        throw new IOException("supplier rejected with " + status + ": " + response.body());
      }
      Thread.sleep(delay);
      delay *= 2;
    }
    throw new IOException("gateway kept failing");
  }
}
