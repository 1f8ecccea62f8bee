package inputs.nonretryableerrorretried.transportretries;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Pushes supplier records to the purchasing service. */
public class SupplierPush {

  private final HttpClient http = HttpClient.newHttpClient();
  private final String baseUrl;

  public SupplierPush(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public void push(String supplierId, String json) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder()
            .uri(URI.create(baseUrl + "/suppliers/" + supplierId))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build();
    HttpResponse<String> response =
        TransportRetries.onConnectionFailure(
            () -> http.send(request, HttpResponse.BodyHandlers.ofString()));
    if (response.statusCode() >= 300) {
      throw new IOException("supplier push failed with " + response.statusCode());
    }
  }
}
