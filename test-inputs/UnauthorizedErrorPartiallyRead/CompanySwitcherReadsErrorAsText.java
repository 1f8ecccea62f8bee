package inputs.unauthorized;

import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.json.JSONObject;

/** Lists the companies a user can open after they pick an account in the desktop app. */
public class CompanySwitcherReadsErrorAsText {
  private final OkHttpClient http = new OkHttpClient();

  public String companies(String token) throws IOException {
    Request request = new Request.Builder()
        .url("https://api-v2.fattureincloud.it/user/companies")
        .header("Authorization", "Bearer " + token)
        .build();
    try (Response response = http.newCall(request).execute()) {
      String body = response.body().string();
      if (response.code() == 401) {
        JSONObject json = new JSONObject(body);
        // getString("error") throws when error is the API format's object.
        // BUG: Diagnostic contains: UnauthorizedErrorPartiallyRead
        throw new IOException("not authorised: " + json.getString("error"));
      }
      if (!response.isSuccessful()) {
        throw new IOException("companies: HTTP " + response.code() + " " + body);
      }
      return body;
    }
  }
}
