package parityinputs;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/** Control flow: labeled break and continue out of a switch, fall-through, switch expressions with yield, a constant-false if, do-while with status / 100, an interface constant as case label. */
public class Flow {
  interface Codes {
    int THROTTLED = 429;
  }

  static final boolean DEBUG = false;

  public String labeled(URL url) throws IOException, InterruptedException {
    String body = null;
    outer:
    for (int attempt = 0; attempt < 5; attempt++) {
      // BUG: Diagnostic contains: NonRetryableErrorRetried
      // BUG: Diagnostic contains: RetryAfterIgnored
      // BUG: Diagnostic contains: RetryWithoutBackoff
      HttpURLConnection connection = (HttpURLConnection) url.openConnection();
      int status = connection.getResponseCode();
      switch (status) {
        case 200:
          try (InputStream in = connection.getInputStream()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          }
          break outer;
        case Codes.THROTTLED:
          // BUG: Diagnostic contains: RetryAfterIgnored
          // BUG: Diagnostic contains: RetryWithoutBackoff
          Thread.sleep(100);
        case 500:
          continue;
        default:
          break;
      }
      if (DEBUG) {
        Thread.sleep(5);
      }
    }
    return body;
  }

  public int yielding(URL url) throws IOException, InterruptedException {
    for (int i = 0; i < 3; i++) {
      HttpURLConnection c = (HttpURLConnection) url.openConnection();
      final int code = c.getResponseCode();
      long delay = switch (code) {
        case 200 -> 0;
        case 503 -> {
          long d = 1000;
          yield d;
        }
        default -> throw new IOException("bad " + code);
      };
      if (delay > 0) {
        // BUG: Diagnostic contains: RetryAfterIgnored
        Thread.sleep(delay);
        continue;
      }
      return code;
    }
    return -1;
  }

  public int doWhile(URL url) throws IOException {
    HttpURLConnection c;
    int tries = 0;
    do {
      // BUG: Diagnostic contains: NonRetryableErrorRetried
      // BUG: Diagnostic contains: RetryAfterIgnored
      // BUG: Diagnostic contains: RetryWithoutBackoff
      c = (HttpURLConnection) url.openConnection();
      tries++;
    } while ((c.getResponseCode() / 100 == 4 || c.getResponseCode() == 503) && tries < 3);
    return c.getResponseCode();
  }
}
