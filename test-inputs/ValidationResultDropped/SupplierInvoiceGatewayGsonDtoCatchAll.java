package inputs.validationresultdropped;

import com.google.gson.Gson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Forwards self-billed supplier invoices to Fatture in Cloud over java.net.http. Any status from 400 up is decoded
 * with Gson into a DTO that has only error.message and error.code, so neither a 422's validation_result nor a 401's
 * OAuth error_description can reach the caller.
 */
public class SupplierInvoiceGatewayGsonDtoCatchAll {

  /** {"error": {"message", "code"}}: all this gateway models. */
  static class ErrorEnvelope {
    ErrorBody error;

    ErrorBody getError() {
      return error;
    }
  }

  static class ErrorBody {
    String message;
    String code;

    String getMessage() {
      return message;
    }
  }

  /** The forward failed; the message is shown in the supplier portal. */
  public static class ForwardFailedException extends IOException {
    public ForwardFailedException(String message) {
      super(message);
    }
  }

  private final HttpClient http = HttpClient.newHttpClient();
  private final Gson gson = new Gson();
  private final String accessToken;
  private final int companyId;

  public SupplierInvoiceGatewayGsonDtoCatchAll(String accessToken, int companyId) {
    this.accessToken = accessToken;
    this.companyId = companyId;
  }

  public String forward(String selfBilledInvoiceJson) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(
            URI.create("https://api-v2.fattureincloud.it/c/" + companyId + "/issued_documents"))
        .header("Authorization", "Bearer " + accessToken)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(selfBilledInvoiceJson))
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 400) {
      ErrorEnvelope envelope = gson.fromJson(response.body(), ErrorEnvelope.class);
      // BUG: Diagnostic contains: ValidationResultDropped
      // BUG: Diagnostic contains: UnauthorizedErrorPartiallyRead
      throw new ForwardFailedException("Fatture in Cloud refused the invoice: " + envelope.getError().getMessage());
    }
    return response.body();
  }
}
