package inputs.nonretryableerrorretried;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Downloads the FatturaPA XML of issued e-invoices for the accountant's monthly archive. */
public class EInvoiceXmlExporterRetriesClientErrorRange {

  private static final int MAX_ATTEMPTS = 4;

  private final String accessToken;
  private final int companyId;

  public EInvoiceXmlExporterRetriesClientErrorRange(String accessToken, int companyId) {
    this.accessToken = accessToken;
    this.companyId = companyId;
  }

  public Path export(int documentId, Path targetDir) throws IOException, InterruptedException {
    URL url = URI.create("https://api-v2.fattureincloud.it/c/" + companyId + "/issued_documents/" + documentId
        + "/e_invoice/xml").toURL();
    int attempt = 0;
    while (true) {
      attempt++;
      // BUG: Diagnostic contains: NonRetryableErrorRetried
      HttpURLConnection connection = (HttpURLConnection) url.openConnection();
      connection.setRequestProperty("Authorization", "Bearer " + accessToken);
      connection.setConnectTimeout(10_000);
      connection.setReadTimeout(30_000);
      int status = connection.getResponseCode();
      if (status == HttpURLConnection.HTTP_OK) {
        try (InputStream in = connection.getInputStream()) {
          Path target = targetDir.resolve("IT-" + documentId + ".xml");
          Files.writeString(target, new String(in.readAllBytes(), StandardCharsets.UTF_8));
          return target;
        }
      }
      if (status / 100 == 4 && attempt < MAX_ATTEMPTS) {
        String retryAfter = connection.getHeaderField("Retry-After");
        // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
        long seconds = retryAfter != null ? Long.parseLong(retryAfter.trim()) : 2L * attempt;
        connection.disconnect();
        Thread.sleep(seconds * 1000L);
        continue;
      }
      connection.disconnect();
      throw new IOException("e-invoice XML of document " + documentId + ": HTTP " + status);
    }
  }
}
