package dev.faultline.analysis.library;

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
   * The markers by their first character (all are ASCII): one pass over the text tries only those
   * that can match.
   */
  private static final String[][] MARKERS_BY_FIRST_CHAR = new String[128][];

  static {
    for (String marker : MARKERS) {
      char first = marker.charAt(0);
      String[] known = MARKERS_BY_FIRST_CHAR[first];
      String[] more =
          known == null ? new String[1] : java.util.Arrays.copyOf(known, known.length + 1);
      more[more.length - 1] = marker;
      MARKERS_BY_FIRST_CHAR[first] = more;
    }
  }

  /** Whether a check could find anything in a file with this text. */
  public static boolean mayConcernHttpErrors(CharSequence source) {
    String text = source.toString();
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      String[] candidates = c < 128 ? MARKERS_BY_FIRST_CHAR[c] : null;
      if (candidates != null) {
        for (String marker : candidates) {
          if (text.startsWith(marker, i)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
