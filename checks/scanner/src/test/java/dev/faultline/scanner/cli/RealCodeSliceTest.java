package dev.faultline.scanner.cli;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faultline.analysis.library.Relevance;
import dev.faultline.scanner.report.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A slice of real third-party code, scanned through the command line in every build: the sources of
 * the Fatture in Cloud Java SDK (an OpenAPI-generated OkHttp client, the API the checks know best)
 * and of Feign core (an HTTP client library). The build unpacks their {@code -sources.jar}s under
 * {@code target/real-code} (see {@code pom.xml}); nothing is committed. The scan must parse every
 * file, crash on none, give the same SARIF bytes whatever {@code --jobs} and on a second run, and
 * find exactly the pinned findings below, each reviewed; any other finding here is a false positive
 * to look at.
 */
class RealCodeSliceTest {
  /**
   * The slice, per library: how many Java files it has, and how many name an HTTP marker and so go
   * through the checks.
   */
  private static final Map<String, int[]> FILES =
      Map.of(
          "fattureincloud-java-sdk", new int[] {274, 274},
          "feign-core", new int[] {90, 90});

  /**
   * Findings per check on the slice, reviewed: Feign's {@code DefaultRetryer.continueOrPropagate}
   * caps the Retry-After wait at {@code maxPeriod}, one second by default (RetryAfterIgnored; a
   * labelled bug place of the recall corpus).
   */
  private static final Map<String, Integer> EXPECTED_FINDINGS = Map.of("RetryAfterIgnored", 1);

  private static Path root;

  @BeforeAll
  static void locate() {
    String configured = System.getProperty("faultline.realCode");
    root =
        Path.of(configured != null ? configured : "target/real-code").toAbsolutePath().normalize();
    assertWithMessage(
            "real code slice not unpacked at %s; run 'mvn generate-test-resources' in checks/scanner",
            root)
        .that(
            Files.isDirectory(root.resolve("fattureincloud-java-sdk"))
                && Files.isDirectory(root.resolve("feign-core")))
        .isTrue();
  }

  private static List<Path> javaFiles(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  @Test
  void theSliceIsWhatWasPinned() throws IOException {
    Map<String, String> counts = new TreeMap<>();
    Map<String, String> expected = new TreeMap<>();
    for (Map.Entry<String, int[]> library : FILES.entrySet()) {
      List<Path> files = javaFiles(root.resolve(library.getKey()));
      long relevant = 0;
      for (Path file : files) {
        if (Relevance.mayConcernHttpErrors(Files.readString(file, UTF_8))) {
          relevant++;
        }
      }
      counts.put(library.getKey(), files.size() + " files, " + relevant + " through the checks");
      expected.put(
          library.getKey(),
          library.getValue()[0] + " files, " + library.getValue()[1] + " through the checks");
    }
    assertThat(counts).isEqualTo(expected);
  }

  @Test
  @Timeout(120)
  void scansCleanlyAndDeterministically() throws IOException {
    int total = FILES.values().stream().mapToInt(c -> c[0]).sum();
    CliRun.Result one = scan("1");
    CliRun.Result four = scan("4");
    CliRun.Result again = scan("4");

    assertWithMessage("stderr").that(one.err).isEqualTo(summary(total, EXPECTED_FINDINGS));
    assertThat(one.exitCode).isEqualTo(EXPECTED_FINDINGS.isEmpty() ? 0 : 1);
    JsonNode run = Json.MAPPER.readTree(one.out()).get("runs").get(0);
    JsonNode invocation = run.get("invocations").get(0);
    assertThat(invocation.get("executionSuccessful").asBoolean()).isTrue();
    assertThat(
            invocation.has("toolExecutionNotifications")
                ? invocation.get("toolExecutionNotifications").size()
                : 0)
        .isEqualTo(0);
    Map<String, Integer> perCheck = new TreeMap<>();
    for (JsonNode result : run.get("results")) {
      perCheck.merge(result.get("ruleId").asText(), 1, Integer::sum);
    }
    assertWithMessage("findings per check on the real code slice")
        .that(perCheck)
        .isEqualTo(EXPECTED_FINDINGS);

    assertWithMessage("SARIF with --jobs 1 and 4").that(four.outBytes()).isEqualTo(one.outBytes());
    assertWithMessage("SARIF of two runs").that(again.outBytes()).isEqualTo(four.outBytes());
    assertThat(four.err).isEqualTo(one.err);
    assertThat(again.err).isEqualTo(one.err);
  }

  private static CliRun.Result scan(String jobs) {
    return new CliRun(root)
        .analyzers(Analyzers::create)
        .run(
            "scan",
            "--format",
            "sarif",
            "--jobs",
            jobs,
            "--fail-on",
            "warning",
            "fattureincloud-java-sdk",
            "feign-core");
  }

  private static String summary(int files, Map<String, Integer> findings) {
    int count = findings.values().stream().mapToInt(Integer::intValue).sum();
    if (count == 0) {
      return "faultline: no findings in " + files + " files\n";
    }
    return "faultline: "
        + count
        + (count == 1 ? " finding" : " findings")
        + " (0 errors, "
        + count
        + (count == 1 ? " warning" : " warnings")
        + ") in "
        + files
        + " files\n";
  }
}
