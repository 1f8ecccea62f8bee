package inputs.validationresultdropped;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Submits sales quotes from the CRM to Fatture in Cloud over plain OkHttp, parsing errors with Gson. A 422 becomes
 * a rejected result whose reason is only error.message; the field paths in validation_result are dropped.
 */
public class QuoteSubmitterGsonReturnsMessageOnly {

  /** The outcome shown next to the quote in the CRM. */
  public record SubmissionResult(boolean accepted, String reason) {
    static SubmissionResult success() {
      return new SubmissionResult(true, null);
    }

    static SubmissionResult rejected(String reason) {
      return new SubmissionResult(false, reason);
    }
  }

  private static final MediaType JSON = MediaType.get("application/json");

  private final OkHttpClient http = new OkHttpClient();
  private final String accessToken;
  private final int companyId;

  public QuoteSubmitterGsonReturnsMessageOnly(String accessToken, int companyId) {
    this.accessToken = accessToken;
    this.companyId = companyId;
  }

  public SubmissionResult submitQuote(String quoteJson) throws IOException {
    Request request = new Request.Builder()
        .url("https://api-v2.fattureincloud.it/c/" + companyId + "/issued_documents")
        .header("Authorization", "Bearer " + accessToken)
        .post(RequestBody.create(quoteJson, JSON))
        .build();
    try (Response response = http.newCall(request).execute()) {
      if (response.code() == 422) {
        String body = response.body().string();
        JsonObject error = JsonParser.parseString(body).getAsJsonObject().getAsJsonObject("error");
        // BUG: Diagnostic contains: ValidationResultDropped
        return SubmissionResult.rejected(error.get("message").getAsString());
      }
      if (!response.isSuccessful()) {
        throw new IOException("Fatture in Cloud answered " + response.code() + ": " + response.body().string());
      }
      return SubmissionResult.success();
    }
  }
}
