package inputs.validationresultdropped;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.json.JSONObject;

/**
 * Pushes an instalment plan (payments_list) onto an existing Fatture in Cloud invoice. When the payments do not add
 * up, Fatture in Cloud answers 422 "Il totale dei pagamenti non corrisponde al totale da pagare." with the totals it
 * computed in extra.totals; this class reports the sentence and throws the totals away, so the operator cannot see
 * what amount_due the payments should sum to.
 */
public class PaymentScheduleSyncIgnoresTotalsOnMismatch {

  /** The payments of an invoice do not match its total. */
  public static class PaymentsMismatchException extends IllegalStateException {
    public PaymentsMismatchException(String message) {
      super(message);
    }
  }

  private final HttpClient http = HttpClient.newHttpClient();
  private final String accessToken;
  private final int companyId;

  public PaymentScheduleSyncIgnoresTotalsOnMismatch(String accessToken, int companyId) {
    this.accessToken = accessToken;
    this.companyId = companyId;
  }

  public void replacePayments(int documentId, JSONObject paymentsPatch) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(
            "https://api-v2.fattureincloud.it/c/" + companyId + "/issued_documents/" + documentId))
        .header("Authorization", "Bearer " + accessToken)
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(new JSONObject().put("data", paymentsPatch).toString()))
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    int status = response.statusCode();
    if (status == 422) {
      JSONObject body = new JSONObject(response.body());
      // BUG: Diagnostic contains: ValidationResultDropped
      String message = body.getJSONObject("error").getString("message");
      if (message.contains("totale dei pagamenti")) {
        throw new PaymentsMismatchException("Instalments of document " + documentId + " rejected: " + message);
      }
      throw new IllegalArgumentException(message);
    }
    if (status >= 300) {
      throw new IOException("Payment update failed with HTTP " + status);
    }
  }
}
