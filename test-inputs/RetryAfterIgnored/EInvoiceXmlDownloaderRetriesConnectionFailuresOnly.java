package inputs.retryafterignored;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Downloads the FatturaPA XML of issued e-invoices for legal archiving. */
public class EInvoiceXmlDownloaderRetriesConnectionFailuresOnly {

  private static final int MAX_ATTEMPTS = 3;

  private final String baseUrl;
  private final String accessToken;

  public EInvoiceXmlDownloaderRetriesConnectionFailuresOnly(String baseUrl, String accessToken) {
    this.baseUrl = baseUrl;
    this.accessToken = accessToken;
  }

  public String downloadXml(int companyId, int documentId) throws IOException, InterruptedException {
    URI uri = URI.create(baseUrl + "/c/" + companyId + "/issued_documents/" + documentId + "/e_invoice/xml");
    int attempt = 0;
    while (true) {
      attempt++;
      try {
        return fetchOnce(uri);
      } catch (SocketTimeoutException | ConnectException transportFailure) {
        if (attempt >= MAX_ATTEMPTS) {
          throw transportFailure;
        }
        // network blip between us and the API, no HTTP response was received
        TimeUnit.SECONDS.sleep(attempt * 2L);
      }
    }
  }

  private String fetchOnce(URI uri) throws IOException {
    HttpURLConnection conn = (HttpURLConnection) uri.toURL().openConnection();
    conn.setConnectTimeout(5_000);
    conn.setReadTimeout(30_000);
    conn.setRequestProperty("Authorization", "Bearer " + accessToken);
    try {
      int status = conn.getResponseCode();
      if (status == HttpURLConnection.HTTP_OK) {
        try (InputStream in = conn.getInputStream()) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
      if (status == HttpURLConnection.HTTP_UNAVAILABLE || status == 429) {
        throw new IllegalStateException("archive API busy (HTTP " + status + "), retry later with Retry-After " + conn.getHeaderField("Retry-After"));
      }
      throw new IllegalStateException("cannot download e-invoice XML: HTTP " + status);
    } finally {
      conn.disconnect();
    }
  }
}
