package inputs.retryafterignored;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Validates FatturaPA XML with the InvoiceXML API before the invoice is sent to the SDI. */
public class InvoiceXmlValidatorResendsAsyncAfterConnectionFailure {

  private static final URI VALIDATE = URI.create("https://api.invoicexml.com/v1/validate/fatturapa");
  private static final long RECONNECT_DELAY_SECONDS = 3;

  private final HttpClient httpClient;
  private final String apiKey;

  public InvoiceXmlValidatorResendsAsyncAfterConnectionFailure(HttpClient httpClient, String apiKey) {
    this.httpClient = httpClient;
    this.apiKey = apiKey;
  }

  // sendAsync fails only when no response arrives (connection refused, timeout): a 429 or a 422 completes the future
  // normally, so re-sending every failure after a fixed pause re-sends transport failures only.
  public CompletableFuture<HttpResponse<String>> validate(String xml) {
    return send(xml).exceptionallyCompose(ex -> CompletableFuture
        .supplyAsync(() -> xml, CompletableFuture.delayedExecutor(RECONNECT_DELAY_SECONDS, TimeUnit.SECONDS))
        .thenCompose(body -> send(body)));
  }

  private CompletableFuture<HttpResponse<String>> send(String xml) {
    HttpRequest request = HttpRequest.newBuilder(VALIDATE)
        .header("Authorization", "Bearer " + apiKey)
        .header("Content-Type", "application/xml")
        .POST(HttpRequest.BodyPublishers.ofString(xml))
        .build();
    return httpClient.sendAsync(request, HttpResponse.BodyHandlers.ofString());
  }
}
