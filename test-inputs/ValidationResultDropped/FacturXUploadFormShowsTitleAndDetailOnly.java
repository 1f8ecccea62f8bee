package inputs.validationresultdropped;

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

/**
 * Backend of the "check my Factur-X invoice" upload form: sends the PDF to InvoiceXML and shows the result. A 400
 * is shown as "title: detail" only; the errors[] findings, with the rule, line and form field of every violation,
 * are never read, although a 400 with errorCode 4001 or 4002 carries them.
 */
public class FacturXUploadFormShowsTitleAndDetailOnly {

  /** What the upload page renders. */
  public record UploadOutcome(boolean valid, String banner) {}

  private static final MediaType PDF = MediaType.get("application/pdf");

  private final OkHttpClient http = new OkHttpClient();
  private final ObjectMapper mapper = new ObjectMapper();
  private final String validateUrl;
  private final String apiKey;

  public FacturXUploadFormShowsTitleAndDetailOnly(String validateUrl, String apiKey) {
    this.validateUrl = validateUrl;
    this.apiKey = apiKey;
  }

  public UploadOutcome check(File facturX) throws IOException {
    RequestBody form = new MultipartBody.Builder()
        .setType(MultipartBody.FORM)
        .addFormDataPart("file", facturX.getName(), RequestBody.create(facturX, PDF))
        .build();
    Request request = new Request.Builder()
        .url(validateUrl)
        .header("X-Api-Key", apiKey)
        .post(form)
        .build();
    try (Response response = http.newCall(request).execute()) {
      if (response.code() == 400) {
        JsonNode problem = mapper.readTree(response.body().string());
        // BUG: Diagnostic contains: ValidationResultDropped
        return new UploadOutcome(false, problem.path("title").asText() + ": " + problem.path("detail").asText());
      }
      if (!response.isSuccessful()) {
        throw new IOException("InvoiceXML answered HTTP " + response.code());
      }
      return new UploadOutcome(true, "Your Factur-X invoice is valid.");
    }
  }
}
