package inputs.retrywithoutbackoff;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Uploads signed invoice PDFs to the document archive. */
public class ArchiveUploaderWaitsLinearlyLongerEachAttempt {

  private static final long STEP_MS = 1500;
  private static final int MAX_ATTEMPTS = 4;

  private final OkHttpClient http;
  private final String archiveUrl;

  public ArchiveUploaderWaitsLinearlyLongerEachAttempt(OkHttpClient http, String archiveUrl) {
    this.http = http;
    this.archiveUrl = archiveUrl;
  }

  public void upload(String name, byte[] pdf) throws IOException, InterruptedException {
    Request request = new Request.Builder()
        .url(archiveUrl + "/" + name)
        .put(RequestBody.create(pdf, MediaType.get("application/pdf")))
        .build();
    int attempt = 1;
    while (true) {
      try (Response response = http.newCall(request).execute()) {
        if (response.isSuccessful()) {
          return;
        }
        if (response.code() < 500 || attempt >= MAX_ATTEMPTS) {
          throw new IOException("archive upload failed: HTTP " + response.code());
        }
      }
      // BUG: Diagnostic contains: RetryAfterIgnored
      Thread.sleep(STEP_MS * attempt);
      attempt++;
    }
  }
}
