package inputs.unauthorizederrorpartiallyread;

import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.json.JSONObject;

/**
 * Gives the customer portal the PDF link of an issued document. On a 401 the value of error is inspected with
 * instanceof: an object is the API format (error.message), anything else is the OAuth format (error,
 * error_description).
 */
public class DocumentPortalDistinguishesFormatsWithOrgJson {

  /** The portal's connection to Fatture in Cloud was refused. */
  public static class PortalUnauthorizedException extends IOException {
    public PortalUnauthorizedException(String message) {
      super(message);
    }
  }

  private final OkHttpClient http;
  private final String accessToken;

  public DocumentPortalDistinguishesFormatsWithOrgJson(OkHttpClient http, String accessToken) {
    this.http = http;
    this.accessToken = accessToken;
  }

  public String pdfUrl(int companyId, int documentId) throws IOException {
    Request request = new Request.Builder()
        .url("https://api-v2.fattureincloud.it/c/" + companyId + "/issued_documents/" + documentId
            + "?fieldset=detailed")
        .header("Authorization", "Bearer " + accessToken)
        .build();
    try (Response response = http.newCall(request).execute()) {
      String body = response.body().string();
      if (response.code() == 401) {
        JSONObject json = new JSONObject(body);
        Object error = json.opt("error");
        String reason;
        if (error instanceof JSONObject) {
          reason = ((JSONObject) error).optString("message", "unauthorised");
        } else {
          reason = json.optString("error_description", String.valueOf(error));
        }
        throw new PortalUnauthorizedException("the portal cannot open document " + documentId + ": " + reason);
      }
      if (!response.isSuccessful()) {
        throw new IOException("document " + documentId + " failed with HTTP " + response.code() + ": " + body);
      }
      return new JSONObject(body).getJSONObject("data").optString("url", null);
    }
  }
}
