package inputs.validationresultdropped;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.json.JSONObject;

/**
 * Copies the web shop's product catalogue into Fatture in Cloud over OkHttp, parsing errors with org.json. A 422
 * keeps error.message and, when they are there, the validation_result entries and the extra block.
 */
public class ProductCatalogSyncChecksValidationDetails {

  /** A product that could not be copied, with every reason Fatture in Cloud gave. */
  public record ProductRejection(String sku, String message, List<String> details) {}

  private static final MediaType JSON = MediaType.get("application/json");

  private final OkHttpClient http;
  private final String accessToken;
  private final int companyId;

  public ProductCatalogSyncChecksValidationDetails(OkHttpClient http, String accessToken, int companyId) {
    this.http = http;
    this.accessToken = accessToken;
    this.companyId = companyId;
  }

  public ProductRejection copyProduct(String sku, JSONObject product) throws IOException {
    Request request = new Request.Builder()
        .url("https://api-v2.fattureincloud.it/c/" + companyId + "/products")
        .header("Authorization", "Bearer " + accessToken)
        .post(RequestBody.create(new JSONObject().put("data", product).toString(), JSON))
        .build();
    try (Response response = http.newCall(request).execute()) {
      if (response.isSuccessful()) {
        return null;
      }
      if (response.code() != 422) {
        throw new IOException("Product " + sku + ": HTTP " + response.code() + " " + response.body().string());
      }
      JSONObject body = new JSONObject(response.body().string());
      JSONObject error = body.getJSONObject("error");
      List<String> details = new ArrayList<>();
      if (!error.isNull("validation_result")) {
        JSONObject validation = error.getJSONObject("validation_result");
        for (String field : validation.keySet()) {
          details.add(field + ": " + validation.getJSONArray(field).join(", "));
        }
      }
      if (body.has("extra")) {
        details.add("extra: " + body.getJSONObject("extra"));
      }
      return new ProductRejection(sku, error.getString("message"), details);
    }
  }
}
