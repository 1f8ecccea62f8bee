package inputs.unauthorizederrorpartiallyread;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Sends a finished e-invoice to the SDI through Fatture in Cloud. A 401 is explained inline: error_description when
 * the body has one (OAuth format), otherwise error.message (API format). The OAuth body is the only one with a
 * non-empty error_description, so the early return happens exactly for that format and both formats are read.
 */
public class EInvoiceSendJobFallsBackToApiMessageInline {

  /** Sending stopped because the authorisation was refused. */
  public static class SendUnauthorizedException extends IOException {
    public SendUnauthorizedException(String message) {
      super(message);
    }
  }

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper mapper = new ObjectMapper();
  private final String accessToken;

  public EInvoiceSendJobFallsBackToApiMessageInline(String accessToken) {
    this.accessToken = accessToken;
  }

  public JsonNode send(int companyId, int documentId) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("https://api-v2.fattureincloud.it/c/" + companyId
            + "/issued_documents/" + documentId + "/e_invoice/send"))
        .header("Authorization", "Bearer " + accessToken)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"data\":{}}"))
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    int status = response.statusCode();
    if (status == 401) {
      JsonNode body = mapper.readTree(response.body());
      String description = body.path("error_description").asText("");
      if (!description.isEmpty()) {
        throw new SendUnauthorizedException("e-invoice " + documentId + " not sent, token refused: " + description);
      }
      String message = body.path("error").path("message").asText("no reason given");
      throw new SendUnauthorizedException("e-invoice " + documentId + " not sent, access refused: " + message);
    }
    if (status != 200) {
      throw new IOException("e-invoice " + documentId + " failed with HTTP " + status + ": " + response.body());
    }
    return mapper.readTree(response.body()).path("data");
  }
}
