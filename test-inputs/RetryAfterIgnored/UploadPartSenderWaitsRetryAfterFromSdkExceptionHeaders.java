package inputs.retryafterignored;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Uploads one part of a chunked file upload through the storage SDK's own request layer, which
 * throws the SDK's exception for every error status; transient failures are sent again after the
 * delay the server asks for in Retry-After, or the SDK's exponential back-off without it.
 */
public class UploadPartSenderWaitsRetryAfterFromSdkExceptionHeaders {

  /** The storage SDK's failure: the status and headers of the response that failed. */
  public static class StorageApiException extends RuntimeException {
    private final int responseCode;
    private final Map<String, List<String>> headers;

    public StorageApiException(String message, int responseCode, Map<String, List<String>> headers) {
      super(message);
      this.responseCode = responseCode;
      this.headers = headers;
    }

    public int getResponseCode() {
      return responseCode;
    }

    public Map<String, List<String>> getHeaders() {
      return headers;
    }
  }

  /** The storage SDK's answer to a call that succeeded. */
  public static class StorageResponse {
    private final int responseCode;
    private final String body;

    StorageResponse(int responseCode, String body) {
      this.responseCode = responseCode;
      this.body = body;
    }

    public String getBody() {
      return body;
    }
  }

  private final URL partUrl;
  private final byte[] part;
  private final PartRetryBackoffCounter backoffCounter;

  public UploadPartSenderWaitsRetryAfterFromSdkExceptionHeaders(
      URL partUrl, byte[] part, PartRetryBackoffCounter backoffCounter) {
    this.partUrl = partUrl;
    this.part = part;
    this.backoffCounter = backoffCounter;
  }

  public static boolean isResponseRetryable(int responseCode) {
    return responseCode >= 500 || responseCode == 429;
  }

  public String sendPart(int maxAttempts) {
    this.backoffCounter.reset(maxAttempts);
    while (this.backoffCounter.getAttemptsRemaining() > 0) {
      try {
        StorageResponse response = this.trySend();
        return response.getBody();
      } catch (StorageApiException apiException) {
        if (!this.backoffCounter.decrement()
            || !isResponseRetryable(apiException.getResponseCode())) {
          throw apiException;
        }
        if (apiException.getResponseCode() == 500) {
          System.err.println("part upload failed on the server, sending it again");
        }
        try {
          List<String> retryAfter = apiException.getHeaders().get("Retry-After");
          if (retryAfter == null || retryAfter.isEmpty()) {
            this.backoffCounter.waitBackoff();
          } else {
            // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
            this.backoffCounter.waitBackoff(Long.parseLong(retryAfter.get(0).trim()) * 1000L);
          }
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw apiException;
        }
      }
    }
    throw new IllegalStateException("no attempts left");
  }

  private StorageResponse trySend() {
    try {
      HttpURLConnection connection = (HttpURLConnection) partUrl.openConnection();
      connection.setRequestMethod("PUT");
      connection.setDoOutput(true);
      try (OutputStream out = connection.getOutputStream()) {
        out.write(part);
      }
      int responseCode = connection.getResponseCode();
      InputStream stream =
          responseCode >= 400 ? connection.getErrorStream() : connection.getInputStream();
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      if (stream != null) {
        try (InputStream in = stream) {
          in.transferTo(body);
        }
      }
      String text = body.toString(StandardCharsets.UTF_8);
      if (responseCode >= 400) {
        throw new StorageApiException(
            "upload failed: " + text, responseCode, connection.getHeaderFields());
      }
      return new StorageResponse(responseCode, text);
    } catch (IOException e) {
      throw new StorageApiException("could not reach the storage service", 0, Map.of());
    }
  }
}

/** The SDK's exponential back-off between attempts, kept apart from the request code. */
class PartRetryBackoffCounter {
  private int attemptsRemaining;
  private int attempt;

  void reset(int attempts) {
    attemptsRemaining = attempts;
    attempt = 0;
  }

  int getAttemptsRemaining() {
    return attemptsRemaining;
  }

  boolean decrement() {
    attemptsRemaining--;
    return attemptsRemaining > 0;
  }

  void waitBackoff() throws InterruptedException {
    Thread.sleep((long) Math.pow(2, attempt++) * 100L);
  }

  void waitBackoff(long millis) throws InterruptedException {
    Thread.sleep(millis);
  }
}
