package dev.faultline.errorprone;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/** The flags every check shares: a wrong one is reported in the build, it never crashes javac. */
final class FaultlineFlagsTest {
  private static final String[] RATE_LIMITED_LOOP = {
    "import java.net.URI;",
    "import java.net.http.HttpClient;",
    "import java.net.http.HttpRequest;",
    "import java.net.http.HttpResponse;",
    "class Fetch {",
    "  private final HttpClient http = HttpClient.newHttpClient();",
    "  // BUG: Diagnostic contains: unknown API profile 'fic'; built-in profiles are fatture-in-cloud, invoicexml",
    "  String fetch(URI uri) throws Exception {",
    "    while (true) {",
    "      HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(),"
        + " HttpResponse.BodyHandlers.ofString());",
    "      if (response.statusCode() != 429) {",
    "        return response.body();",
    "      }",
    "      // BUG: Diagnostic contains: Retry-After",
    "      Thread.sleep(1000);",
    "    }",
    "  }",
    "}"
  };

  @Test
  void unknownProfileIsReportedWithTheValidNamesAndTheDefaultsApply() {
    CompilationTestHelper.newInstance(RetryAfterIgnored.class, getClass())
        .setArgs("-XepOpt:Faultline:Profiles=fic")
        .addSourceLines("Fetch.java", RATE_LIMITED_LOOP)
        .doTest();
  }

  @Test
  void selectingOnlyInvoiceXmlStillKnowsItsRateLimit() {
    CompilationTestHelper.newInstance(RetryAfterIgnored.class, getClass())
        .setArgs("-XepOpt:Faultline:Profiles=invoicexml")
        .addSourceLines("Fetch.java", withoutFirstMarker())
        .doTest();
  }

  @Test
  void aProfileWithoutRateLimitsSilencesTheCheck() throws Exception {
    java.nio.file.Path profile = java.nio.file.Files.createTempFile("no-rate-limits", ".json");
    java.nio.file.Files.writeString(
        profile,
        "{\"name\":\"internal\",\"title\":\"Internal API\",\"source\":\"\","
            + "\"permanentStatuses\":[400],\"retryAfterStatuses\":[]}");
    String[] lines = withoutFirstMarker();
    for (int i = 0; i < lines.length; i++) {
      lines[i] = lines[i].contains("BUG") ? "" : lines[i];
    }
    try {
      CompilationTestHelper.newInstance(RetryAfterIgnored.class, getClass())
          .setArgs("-XepOpt:Faultline:ProfileFiles=" + profile)
          .addSourceLines("Fetch.java", lines)
          .doTest();
    } finally {
      java.nio.file.Files.delete(profile);
    }
  }

  /** A wait taken from a header the profile names is the server's wait, as Retry-After's is. */
  @Test
  void aWaitFromAHeaderTheProfileNamesHonoursTheServer() throws Exception {
    String[] throttled = {
      "import java.net.URI;",
      "import java.net.http.HttpClient;",
      "import java.net.http.HttpRequest;",
      "import java.net.http.HttpResponse;",
      "class Fetch {",
      "  private final HttpClient http = HttpClient.newHttpClient();",
      "  String fetch(URI uri) throws Exception {",
      "    while (true) {",
      "      HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(),"
          + " HttpResponse.BodyHandlers.ofString());",
      "      if (response.statusCode() != 429) {",
      "        return response.body();",
      "      }",
      "      // BUG: Diagnostic contains: Retry-After",
      "      Thread.sleep(Long.parseLong(response.headers().firstValue(\"X-Throttle-Wait\")"
          + ".orElse(\"1\")) * 1000);",
      "    }",
      "  }",
      "}"
    };
    CompilationTestHelper.newInstance(RetryAfterIgnored.class, getClass())
        .addSourceLines("Fetch.java", throttled)
        .doTest();

    java.nio.file.Path profile = java.nio.file.Files.createTempFile("throttle-header", ".json");
    java.nio.file.Files.writeString(
        profile,
        "{\"name\":\"throttled\",\"title\":\"Throttled API\",\"source\":\"\","
            + "\"permanentStatuses\":[400],\"retryAfterStatuses\":[429],"
            + "\"serverWaitHeaders\":[\"X-Throttle-Wait\"]}");
    String[] honoured = throttled.clone();
    honoured[12] = "";
    try {
      CompilationTestHelper.newInstance(RetryAfterIgnored.class, getClass())
          .setArgs("-XepOpt:Faultline:ProfileFiles=" + profile)
          .addSourceLines("Fetch.java", honoured)
          .doTest();
    } finally {
      java.nio.file.Files.delete(profile);
    }
  }

  private static String[] withoutFirstMarker() {
    String[] lines = RATE_LIMITED_LOOP.clone();
    lines[6] = "";
    return lines;
  }
}
