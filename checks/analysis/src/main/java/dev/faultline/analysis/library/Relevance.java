package dev.faultline.analysis.library;

import java.util.List;

/**
 * A cheap look at a file's text that tells whether any check could find something in it. Every client, status
 * source and error body the front ends recognise is named in the file (its imports, or a qualified name), so a file
 * naming none of these has nothing to analyse: both front ends skip it before any real work.
 */
public final class Relevance {
  /** Text that every analysable file contains at least one of. */
  public static final List<String> MARKERS = List.of(
      "fattureincloud",
      "java.net.http",
      "java.net.",
      "okhttp3",
      "HttpURLConnection",
      "org.springframework.web",
      "org.springframework.http",
      "hc.client5",
      "hc.core5",
      "feign",
      "HttpResponse",
      "ApiException",
      "springframework.retry",
      "springframework.resilience",
      "springframework.core.retry",
      "resilience4j",
      "dev.failsafe",
      "reactor.util.retry",
      "CompletableFuture");

  private Relevance() {}

  /** Whether a check could find anything in a file with this text. */
  public static boolean mayConcernHttpErrors(CharSequence source) {
    String text = source.toString();
    for (String marker : MARKERS) {
      if (text.contains(marker)) {
        return true;
      }
    }
    return false;
  }
}
