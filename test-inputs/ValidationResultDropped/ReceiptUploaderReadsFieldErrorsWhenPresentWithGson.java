package inputs.validationresultdropped;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Uploads receipts to Fatture in Cloud with OkHttp and Gson. On a 422 it tests whether the body has field errors
 * and reads each one when it does; a 422 without them has nothing more to say than error.message.
 */
public class ReceiptUploaderReadsFieldErrorsWhenPresentWithGson {

  private static final MediaType JSON = MediaType.get("application/json");

  private final OkHttpClient http;
  private final String accessToken;

  public ReceiptUploaderReadsFieldErrorsWhenPresentWithGson(OkHttpClient http, String accessToken) {
    this.http = http;
    this.accessToken = accessToken;
  }

  public String upload(int companyId, String receiptJson) throws IOException {
    Request request = new Request.Builder()
        .url("https://api-v2.fattureincloud.it/c/" + companyId + "/receipts")
        .header("Authorization", "Bearer " + accessToken)
        .post(RequestBody.create(receiptJson, JSON))
        .build();
    try (Response response = http.newCall(request).execute()) {
      if (response.code() == 422) {
        JsonObject error = JsonParser.parseString(response.body().string()).getAsJsonObject().getAsJsonObject("error");
        String message = error.get("message").getAsString();
        List<String> fieldErrors = new ArrayList<>();
        if (error.has("validation_result")) {
          for (Map.Entry<String, JsonElement> field : error.getAsJsonObject("validation_result").entrySet()) {
            fieldErrors.add(field.getKey() + ": " + field.getValue());
          }
        }
        throw new IOException("Receipt rejected: " + message + " " + fieldErrors);
      }
      if (!response.isSuccessful()) {
        throw new IOException("Receipt upload failed: HTTP " + response.code());
      }
      return response.body().string();
    }
  }
}
