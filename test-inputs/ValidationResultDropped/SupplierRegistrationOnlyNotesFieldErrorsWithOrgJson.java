package inputs.validationresultdropped;

import java.io.IOException;
import java.util.logging.Logger;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.json.JSONObject;

/**
 * Registers suppliers on Fatture in Cloud with OkHttp and org.json. On a 422 it tests whether the body has field
 * errors, and only logs that it does: has("validation_result") reads none of them, and the supplier desk gets
 * error.message alone.
 */
public class SupplierRegistrationOnlyNotesFieldErrorsWithOrgJson {

  private static final Logger LOG = Logger.getLogger("supplier-registration");
  private static final MediaType JSON = MediaType.get("application/json");

  private final OkHttpClient http;
  private final String accessToken;

  public SupplierRegistrationOnlyNotesFieldErrorsWithOrgJson(OkHttpClient http, String accessToken) {
    this.http = http;
    this.accessToken = accessToken;
  }

  public String register(int companyId, JSONObject supplier) throws IOException {
    Request request = new Request.Builder()
        .url("https://api-v2.fattureincloud.it/c/" + companyId + "/entities/suppliers")
        .header("Authorization", "Bearer " + accessToken)
        .post(RequestBody.create(new JSONObject().put("data", supplier).toString(), JSON))
        .build();
    try (Response response = http.newCall(request).execute()) {
      if (response.code() == 422) {
        JSONObject error = new JSONObject(response.body().string()).getJSONObject("error");
        // BUG: Diagnostic contains: ValidationResultDropped
        String message = error.getString("message");
        if (error.has("validation_result")) {
          LOG.warning("supplier " + supplier.optString("name") + " has field errors");
        }
        throw new IOException("Supplier rejected: " + message);
      }
      if (!response.isSuccessful()) {
        throw new IOException("Supplier registration failed: HTTP " + response.code());
      }
      return response.body().string();
    }
  }
}
