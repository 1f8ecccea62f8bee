package inputs.retryafterignored;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Validates Factur-X PDFs with InvoiceXML before they are archived. */
public class FacturXValidationClientPausesFixedOnRateLimitCode {

  private static final String VALIDATE_URL = "https://api.invoicexml.com/v1/validate/facturx";
  private static final int RATE_LIMITED = 4006;
  private static final int MAX_ATTEMPTS = 5;
  private static final long RATE_LIMIT_PAUSE_MS = 5_000L;

  private final OkHttpClient http = new OkHttpClient();
  private final ObjectMapper mapper = new ObjectMapper();
  private final String apiKey;

  public FacturXValidationClientPausesFixedOnRateLimitCode(String apiKey) {
    this.apiKey = apiKey;
  }

  public JsonNode validate(File pdf) throws IOException, InterruptedException {
    RequestBody body = new MultipartBody.Builder()
        .setType(MultipartBody.FORM)
        .addFormDataPart("file", pdf.getName(), RequestBody.create(pdf, MediaType.get("application/pdf")))
        .addFormDataPart("profile", "en16931")
        .build();
    Request request = new Request.Builder()
        .url(VALIDATE_URL)
        .header("Authorization", "Bearer " + apiKey)
        .post(body)
        .build();

    int attempt = 0;
    while (true) {
      attempt++;
      try (Response response = http.newCall(request).execute()) {
        String payload = response.body().string();
        if (response.isSuccessful()) {
          return mapper.readTree(payload);
        }
        JsonNode problem = mapper.readTree(payload);
        int errorCode = problem.path("errorCode").asInt();
        switch (errorCode) {
          case RATE_LIMITED:
            if (attempt >= MAX_ATTEMPTS) {
              throw new IOException("InvoiceXML still rate limited: " + problem.path("detail").asText());
            }
            break;
          case 4001:
          case 4002:
            throw new IllegalArgumentException("invoice invalid: " + problem.path("errors"));
          case 4007:
            throw new IllegalStateException("monthly InvoiceXML quota exhausted: " + problem.path("detail").asText());
          default:
            throw new IOException("InvoiceXML error " + response.code() + ": " + problem.path("title").asText());
        }
      }
      // BUG: Diagnostic contains: RetryAfterIgnored
      // BUG: Diagnostic contains: RetryWithoutBackoff
      Thread.sleep(RATE_LIMIT_PAUSE_MS);
    }
  }
}
