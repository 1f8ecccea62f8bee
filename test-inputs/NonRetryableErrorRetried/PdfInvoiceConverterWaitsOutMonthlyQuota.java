package inputs.nonretryableerrorretried;

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

/** Extracts structured invoice data from supplier PDFs with InvoiceXML, for the purchase ledger. */
public class PdfInvoiceConverterWaitsOutMonthlyQuota {

  private static final String EXTRACT_URL = "https://api.invoicexml.com/v1/extract";
  private static final int MAX_ATTEMPTS = 6;

  private final OkHttpClient http = new OkHttpClient();
  private final ObjectMapper mapper = new ObjectMapper();
  private final String apiKey;

  public PdfInvoiceConverterWaitsOutMonthlyQuota(String apiKey) {
    this.apiKey = apiKey;
  }

  public JsonNode extract(File supplierPdf) throws IOException, InterruptedException {
    RequestBody form = new MultipartBody.Builder()
        .setType(MultipartBody.FORM)
        .addFormDataPart("file", supplierPdf.getName(), RequestBody.create(supplierPdf, MediaType.get("application/pdf")))
        .build();
    Request request = new Request.Builder().url(EXTRACT_URL).header("X-Api-Key", apiKey).post(form).build();

    int attempt = 0;
    while (attempt < MAX_ATTEMPTS) {
      attempt++;
      // BUG: Diagnostic contains: NonRetryableErrorRetried
      try (Response response = http.newCall(request).execute()) {
        JsonNode body = mapper.readTree(response.body().string());
        if (response.isSuccessful()) {
          return body.path("data");
        }
        int errorCode = body.path("errorCode").asInt();
        if (errorCode == 4006 || errorCode == 4007) {
          String retryAfter = response.header("Retry-After");
          // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
          Thread.sleep(retryAfter == null ? 60_000L : Long.parseLong(retryAfter.trim()) * 1000L);
          continue;
        }
        if (errorCode == 4001 || errorCode == 4002) {
          throw new IllegalArgumentException(body.path("detail").asText() + " " + body.path("errors"));
        }
        throw new IOException(body.path("title").asText() + ": " + body.path("detail").asText());
      }
    }
    throw new IOException("InvoiceXML still refusing " + supplierPdf.getName() + " after " + MAX_ATTEMPTS + " tries");
  }
}
