package dev.faultline.analysis.library;

import java.util.Arrays;
import java.util.List;

/**
 * A cheap look at a file's text that tells whether any check could find something in it. Every
 * client, status source and error body the front ends recognise is named in the file (its imports,
 * or a qualified name), so a file naming none of these has nothing to analyse: both front ends skip
 * it before any real work.
 */
public final class Relevance {
  /** Text that every analysable file contains at least one of. */
  public static final List<String> MARKERS =
      List.of(
          "fattureincloud",
          "java.net.http",
          "java.net.",
          "okhttp3",
          "retrofit2",
          "HttpURLConnection",
          "org.springframework.web",
          "org.springframework.http",
          "hc.client5",
          "hc.core5",
          "org.apache.http.",
          "feign",
          "api.client.http",
          "microsoft.azure.storage",
          "amazonaws.retry",
          "awssdk.core.retry",
          "awssdk.retries",
          "awscore.retry",
          "ai4j.openai4j",
          "langchain4j.http.client",
          "langchain4j.internal.RetryUtils",
          "javax.ws.rs.",
          "jakarta.ws.rs.",
          "HttpResponse",
          "ApiException",
          "springframework.retry",
          "springframework.resilience",
          "springframework.core.retry",
          "resilience4j",
          "dev.failsafe",
          "jodah.failsafe",
          "reactor.retry",
          "reactor.util.retry",
          "CompletableFuture",
          // An SDK's own HTTP layer (OwnHttpWrappers): a response's status read.
          "esponse.getStatus",
          "esponse.status",
          "esponse.getResponseCode",
          "esponse.code()",
          "esponse.getHttpStatus",
          // A device-code token poll (RFC 8628): the grant type, plain or form-encoded.
          "grant-type:device_code",
          "grant-type%3Adevice_code",
          "OAuth2DeviceCodeManager");

  private Relevance() {}

  /**
   * The markers by their first character (all are ASCII, and at least two characters long), and
   * which second characters follow each first one: one pass over the text tries only the markers
   * that can match where the two characters at hand do.
   */
  private static final String[][] MARKERS_BY_FIRST_CHAR = new String[128][];

  private static final boolean[][] SECOND_CHARS = new boolean[128][];

  static {
    for (String marker : MARKERS) {
      char first = marker.charAt(0);
      String[] known = MARKERS_BY_FIRST_CHAR[first];
      String[] more = known == null ? new String[1] : Arrays.copyOf(known, known.length + 1);
      more[more.length - 1] = marker;
      MARKERS_BY_FIRST_CHAR[first] = more;
      if (SECOND_CHARS[first] == null) {
        SECOND_CHARS[first] = new boolean[128];
      }
      SECOND_CHARS[first][marker.charAt(1)] = true;
    }
  }

  /** Whether a check could find anything in a file with this text. */
  public static boolean mayConcernHttpErrors(CharSequence source) {
    String text = source.toString();
    int last = text.length() - 1;
    for (int i = 0; i < last; i++) {
      char c = text.charAt(i);
      if (c >= 128 || SECOND_CHARS[c] == null) {
        continue;
      }
      char d = text.charAt(i + 1);
      if (d >= 128 || !SECOND_CHARS[c][d]) {
        continue;
      }
      for (String marker : MARKERS_BY_FIRST_CHAR[c]) {
        if (text.startsWith(marker, i)) {
          return true;
        }
      }
    }
    return false;
  }
}
