package inputs.nonretryableerrorretried;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Exchanges a signed assertion for an access token through the identity SDK's own request layer,
 * which throws the SDK's exception for every error status. Gateway failures are sent again, and so
 * is a request that could not be written (told by the exception's message); the wait is the one
 * Retry-After asks for when the server sends it.
 */
public class TokenExchangeRetriesUnwrittenRequestsByMessageFromSdkException {

  static final String ERROR_WRITING_REQUEST = "could not write the token request";

  /** The identity SDK's failure: the status and body of the response that failed. */
  public static class IdentityApiException extends RuntimeException {
    private final int responseCode;
    private final String response;
    private final Map<String, List<String>> headers;

    public IdentityApiException(
        String message, int responseCode, String response, Map<String, List<String>> headers) {
      super(message);
      this.responseCode = responseCode;
      this.response = response;
      this.headers = headers;
    }

    public Map<String, List<String>> getHeaders() {
      return headers;
    }

    public int getResponseCode() {
      return responseCode;
    }

    public String getResponse() {
      return response;
    }
  }

  /** The identity SDK's answer to a call that succeeded. */
  public static class TokenResponse {
    private final String json;

    TokenResponse(String json) {
      this.json = json;
    }

    public String getJson() {
      return json;
    }
  }

  private final URL tokenUrl;

  public TokenExchangeRetriesUnwrittenRequestsByMessageFromSdkException(URL tokenUrl) {
    this.tokenUrl = tokenUrl;
  }

  public static boolean isRequestRetryable(IdentityApiException e) {
    return Objects.equals(e.getMessage(), ERROR_WRITING_REQUEST);
  }

  public static boolean isResponseRetryable(int responseCode, IdentityApiException e) {
    return responseCode == 500 || responseCode == 502 || responseCode == 504;
  }

  public String exchange(String assertion) throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        TokenResponse response = postAssertion(assertion);
        return response.getJson();
      } catch (IdentityApiException e) {
        if (attempt >= 3
            || (!isRequestRetryable(e) && !isResponseRetryable(e.getResponseCode(), e))) {
          throw e;
        }
        List<String> retryAfter = e.getHeaders().get("Retry-After");
        if (retryAfter == null) {
          Thread.sleep(250L * attempt);
        } else {
          // BUG: Diagnostic contains: RetryAfterHttpDateUnsupported
          Thread.sleep(Long.parseLong(retryAfter.get(0)) * 1000L);
        }
      }
    }
  }

  private TokenResponse postAssertion(String assertion) {
    HttpURLConnection connection;
    try {
      connection = (HttpURLConnection) tokenUrl.openConnection();
      connection.setRequestMethod("POST");
      connection.setDoOutput(true);
      connection
          .getOutputStream()
          .write(("grant_type=jwt-bearer&assertion=" + assertion).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IdentityApiException(ERROR_WRITING_REQUEST, 0, null, Map.of());
    }
    try {
      int status = connection.getResponseCode();
      InputStream stream = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
      String body = stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
      if (status >= 400) {
        throw new IdentityApiException(
            "token exchange failed", status, body, connection.getHeaderFields());
      }
      return new TokenResponse(body);
    } catch (IOException e) {
      throw new IdentityApiException("identity service unreachable", 0, null, Map.of());
    }
  }
}
