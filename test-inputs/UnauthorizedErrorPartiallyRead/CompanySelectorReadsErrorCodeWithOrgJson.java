package inputs.unauthorizederrorpartiallyread;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * Lists the companies a user can open, for the company picker of the desktop app. A 401 is explained with the
 * OAuth error code only: getString("error") throws a JSONException when the 401 is in the API format, where error
 * is an object, and the user sees a parse error instead of the reason.
 */
public class CompanySelectorReadsErrorCodeWithOrgJson {

  /** A company the user can pick. */
  public record CompanyChoice(int id, String name) {}

  /** The user has to sign in again. */
  public static class SignInRequiredException extends IOException {
    public SignInRequiredException(String message) {
      super(message);
    }
  }

  private final OkHttpClient http;

  public CompanySelectorReadsErrorCodeWithOrgJson(OkHttpClient http) {
    this.http = http;
  }

  public List<CompanyChoice> companies(String accessToken) throws IOException {
    Request request = new Request.Builder()
        .url("https://api-v2.fattureincloud.it/user/companies")
        .header("Authorization", "Bearer " + accessToken)
        .header("Accept", "application/json")
        .build();
    try (Response response = http.newCall(request).execute()) {
      String body = response.body().string();
      if (response.code() == 401) {
        JSONObject json = new JSONObject(body);
        // BUG: Diagnostic contains: UnauthorizedErrorPartiallyRead
        String oauthError = json.getString("error");
        throw new SignInRequiredException("please sign in to Fatture in Cloud again (" + oauthError + ")");
      }
      if (!response.isSuccessful()) {
        throw new IOException("company list failed with HTTP " + response.code() + ": " + body);
      }
      JSONArray companies = new JSONObject(body).getJSONObject("data").getJSONArray("companies");
      List<CompanyChoice> choices = new ArrayList<>();
      for (int i = 0; i < companies.length(); i++) {
        JSONObject company = companies.getJSONObject(i);
        choices.add(new CompanyChoice(company.getInt("id"), company.getString("name")));
      }
      return choices;
    }
  }
}
