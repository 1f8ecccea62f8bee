package inputs.unauthorizederrorpartiallyread;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.annotations.SerializedName;
import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Downloads issued documents for the accounting firm's archive over OkHttp, binding a 401 body to a Gson DTO whose
 * error is kept as a JsonElement: an object is the API format (error.message), a string the OAuth format (error,
 * error_description).
 */
public class IssuedDocumentDownloaderGsonDtoChecksErrorElement {

  /** Either format of a 401 body. */
  public static class UnauthorizedBody {
    @SerializedName("error")
    private JsonElement error;

    @SerializedName("error_description")
    private String errorDescription;

    public JsonElement getError() {
      return error;
    }

    public String getErrorDescription() {
      return errorDescription;
    }
  }

  private final OkHttpClient http;
  private final Gson gson = new Gson();
  private final String accessToken;

  public IssuedDocumentDownloaderGsonDtoChecksErrorElement(OkHttpClient http, String accessToken) {
    this.http = http;
    this.accessToken = accessToken;
  }

  public String download(int companyId, int documentId) throws IOException {
    Request request = new Request.Builder()
        .url("https://api-v2.fattureincloud.it/c/" + companyId + "/issued_documents/" + documentId)
        .header("Authorization", "Bearer " + accessToken)
        .build();
    try (Response response = http.newCall(request).execute()) {
      String body = response.body().string();
      if (response.code() == 401) {
        UnauthorizedBody unauthorized = gson.fromJson(body, UnauthorizedBody.class);
        JsonElement error = unauthorized.getError();
        String reason;
        if (error != null && error.isJsonObject()) {
          reason = error.getAsJsonObject().get("message").getAsString();
        } else {
          reason = unauthorized.getErrorDescription();
        }
        throw new IOException("archive download refused for document " + documentId + ": " + reason);
      }
      if (!response.isSuccessful()) {
        throw new IOException("document " + documentId + " failed with HTTP " + response.code() + ": " + body);
      }
      return body;
    }
  }
}
