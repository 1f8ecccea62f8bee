package inputs.unauthorized;

import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.json.JSONObject;

/** Downloads a document's PDF link for the customer portal. */
public class DocumentPortalTypeChecksWithOrgJson {
  private final OkHttpClient http = new OkHttpClient();

  public String pdfUrl(String token, int companyId, int documentId) throws IOException {
    Request request = new Request.Builder()
        .url("https://api-v2.fattureincloud.it/c/" + companyId + "/issued_documents/" + documentId)
        .header("Authorization", "Bearer " + token)
        .build();
    try (Response response = http.newCall(request).execute()) {
      String body = response.body().string();
      if (response.code() == 401) {
        JSONObject json = new JSONObject(body);
        Object error = json.opt("error");
        String reason = error instanceof JSONObject
            ? ((JSONObject) error).optString("message")
            : json.optString("error_description", String.valueOf(error));
        throw new IOException("portal token refused: " + reason);
      }
      if (!response.isSuccessful()) {
        throw new IOException("document " + documentId + ": HTTP " + response.code() + " " + body);
      }
      return new JSONObject(body).getJSONObject("data").optString("url");
    }
  }
}
