package inputs.retrywithoutbackoff;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Polls an asynchronous export job until the file is ready. */
public class ExportJobPollerWaitsWhileAccepted {

  private static final long POLL_INTERVAL_MS = 2000;

  private final HttpClient http;

  public ExportJobPollerWaitsWhileAccepted(HttpClient http) {
    this.http = http;
  }

  public String awaitExport(URI jobUri) throws IOException, InterruptedException {
    HttpRequest poll = HttpRequest.newBuilder(jobUri).GET().build();
    HttpResponse<String> response = http.send(poll, HttpResponse.BodyHandlers.ofString());
    // 202 Accepted: the job is still running; asking at a steady pace is what the API expects.
    while (response.statusCode() == 202) {
      Thread.sleep(POLL_INTERVAL_MS);
      response = http.send(poll, HttpResponse.BodyHandlers.ofString());
    }
    if (response.statusCode() != 200) {
      throw new IOException("export failed: HTTP " + response.statusCode());
    }
    return response.body();
  }
}
