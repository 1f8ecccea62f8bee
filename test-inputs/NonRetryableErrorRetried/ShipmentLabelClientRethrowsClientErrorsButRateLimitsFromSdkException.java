package inputs.nonretryableerrorretried;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Creates shipping labels through the carrier SDK's own request layer, which throws the SDK's
 * exception for every error status. Client errors other than 429 go back to the caller; a 429 is
 * sent again after its Retry-After, server errors after a short pause.
 */
public class ShipmentLabelClientRethrowsClientErrorsButRateLimitsFromSdkException {

  /** The carrier SDK's failure: the status and headers of the response that failed. */
  public static class CarrierApiException extends RuntimeException {
    private final int statusCode;
    private final Map<String, List<String>> headers;

    public CarrierApiException(String message, int statusCode, Map<String, List<String>> headers) {
      super(message);
      this.statusCode = statusCode;
      this.headers = headers;
    }

    public int getStatusCode() {
      return statusCode;
    }

    public Map<String, List<String>> getHeaders() {
      return headers;
    }
  }

  /** The carrier SDK's answer to a call that succeeded. */
  public static class CarrierResponse {
    private final String body;

    CarrierResponse(String body) {
      this.body = body;
    }

    public String getBody() {
      return body;
    }
  }

  private final URL labelsUrl;

  public ShipmentLabelClientRethrowsClientErrorsButRateLimitsFromSdkException(URL labelsUrl) {
    this.labelsUrl = labelsUrl;
  }

  public String createLabel(String shipmentId) throws InterruptedException {
    int attempt = 0;
    while (true) {
      try {
        CarrierResponse response = executeCreate(shipmentId);
        return response.getBody();
      } catch (CarrierApiException e) {
        int status = e.getStatusCode();
        if (++attempt >= 4 || (status >= 400 && status < 500 && status != 429)) {
          throw e;
        }
        List<String> retryAfter = e.getHeaders().get("Retry-After");
        if (retryAfter != null && !retryAfter.isEmpty()) {
          // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
          Thread.sleep(Long.parseLong(retryAfter.get(0).trim()) * 1000L);
        } else if (status == 429) {
          throw e;
        } else {
          Thread.sleep(500L * attempt);
        }
      }
    }
  }

  private CarrierResponse executeCreate(String shipmentId) {
    try {
      HttpURLConnection connection = (HttpURLConnection) labelsUrl.openConnection();
      connection.setRequestMethod("POST");
      connection.setDoOutput(true);
      connection.getOutputStream().write(shipmentId.getBytes(StandardCharsets.UTF_8));
      int status = connection.getResponseCode();
      InputStream stream = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
      String body = stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
      if (status >= 400) {
        throw new CarrierApiException(body, status, connection.getHeaderFields());
      }
      return new CarrierResponse(body);
    } catch (IOException e) {
      throw new CarrierApiException("carrier unreachable", 0, Map.of());
    }
  }
}
