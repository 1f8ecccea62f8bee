package inputs.unauthorizederrorpartiallyread;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Copies the company's payment accounts into the treasury app over OkHttp. On a 401, Gson's get returns null for
 * a missing member: a present error_description means the OAuth format, its absence the API format, whose
 * error.message is read instead. Both formats are handled.
 */
public class PaymentAccountSyncNullChecksDescriptionWithGson {

  /** The treasury app must be reconnected to Fatture in Cloud. */
  public static class TreasuryLinkRefusedException extends IOException {
    public TreasuryLinkRefusedException(String message) {
      super(message);
    }
  }

  private final OkHttpClient http;
  private final String accessToken;

  public PaymentAccountSyncNullChecksDescriptionWithGson(OkHttpClient http, String accessToken) {
    this.http = http;
    this.accessToken = accessToken;
  }

  public JsonElement paymentAccounts(int companyId) throws IOException {
    Request request = new Request.Builder()
        .url("https://api-v2.fattureincloud.it/c/" + companyId + "/info/payment_accounts")
        .header("Authorization", "Bearer " + accessToken)
        .build();
    try (Response response = http.newCall(request).execute()) {
      String body = response.body().string();
      if (response.code() == 401) {
        JsonObject json = JsonParser.parseString(body).getAsJsonObject();
        JsonElement description = json.get("error_description");
        String reason;
        if (description != null) {
          reason = description.getAsString();
        } else {
          reason = json.getAsJsonObject("error").get("message").getAsString();
        }
        throw new TreasuryLinkRefusedException("payment accounts of company " + companyId + ": " + reason);
      }
      if (!response.isSuccessful()) {
        throw new IOException("payment accounts failed with HTTP " + response.code() + ": " + body);
      }
      return JsonParser.parseString(body).getAsJsonObject().get("data");
    }
  }
}
