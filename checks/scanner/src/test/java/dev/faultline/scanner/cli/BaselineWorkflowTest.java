package dev.faultline.scanner.cli;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.faultline.analysis.rules.CheckInfo;
import dev.faultline.scanner.baseline.Baseline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Write a baseline, then scan against it while the code changes. */
class BaselineWorkflowTest {
  private static final String RETRY = CheckInfo.RETRY_AFTER_IGNORED.checkName();
  private static final String FLAGGED =
      "    Thread.sleep(1000); // fake-finding: " + RETRY + " use Retry-After\n";

  @TempDir Path dir;
  private Path source;

  @BeforeEach
  void setUp() throws IOException {
    source = dir.resolve("src/Sync.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, "class Sync {\n  void f() {\n" + FLAGGED + "  }\n}\n", UTF_8);
  }

  private CliRun.Result scan(String... extra) {
    String[] args = new String[extra.length + 2];
    args[0] = "scan";
    System.arraycopy(extra, 0, args, 1, extra.length);
    args[args.length - 1] = "src";
    return new CliRun(dir).run(args);
  }

  @Test
  void writeBaselineExitsZeroAndRecordsEveryFinding() throws IOException {
    CliRun.Result write = scan("--write-baseline", "config/faultline-baseline.json");
    assertThat(write.exitCode).isEqualTo(0);
    assertThat(write.err)
        .contains("faultline: wrote 1 fingerprint to the baseline config/faultline-baseline.json");
    Baseline baseline = Baseline.read(dir.resolve("config/faultline-baseline.json"));
    assertThat(baseline.entries()).hasSize(1);
    assertThat(baseline.entries().get(0).path()).isEqualTo("src/Sync.java");
    assertThat(baseline.entries().get(0).check()).isEqualTo(RETRY);
  }

  @Test
  void baselinedFindingStaysSuppressedWhenCodeMovesDown() throws IOException {
    assertThat(scan("--write-baseline", "baseline.json").exitCode).isEqualTo(0);

    CliRun.Result same = scan("--baseline", "baseline.json");
    assertThat(same.exitCode).isEqualTo(0);
    assertThat(same.out()).isEmpty();
    assertThat(same.err)
        .isEqualTo("faultline: no findings in 1 file; 1 suppressed by the baseline\n");

    Files.writeString(
        source,
        "import java.util.List;\n\n// A comment\nclass Sync {\n  int x;\n\n  void f() {\n"
            + FLAGGED
            + "  }\n}\n",
        UTF_8);
    CliRun.Result moved = scan("--baseline", "baseline.json");
    assertThat(moved.exitCode).isEqualTo(0);
    assertThat(moved.out()).isEmpty();

    CliRun.Result unfiltered = scan();
    assertThat(unfiltered.out()).startsWith("src/Sync.java:8:5:");
  }

  @Test
  void editedFlaggedLineReappears() throws IOException {
    scan("--write-baseline", "baseline.json");
    Files.writeString(
        source,
        "class Sync {\n  void f() {\n" + FLAGGED.replace("1000", "2000") + "  }\n}\n",
        UTF_8);
    CliRun.Result r = scan("--baseline", "baseline.json");
    assertThat(r.exitCode).isEqualTo(1);
    assertThat(r.out()).startsWith("src/Sync.java:3:5: warning: [" + RETRY + "]");
  }

  @Test
  void aNewCopyOfABaselinedLineIsReported() throws IOException {
    scan("--write-baseline", "baseline.json");
    Files.writeString(
        source, "class Sync {\n  void f() {\n" + FLAGGED + FLAGGED + "  }\n}\n", UTF_8);
    CliRun.Result r = scan("--baseline", "baseline.json");
    assertThat(r.exitCode).isEqualTo(1);
    assertThat(r.out()).startsWith("src/Sync.java:4:5:");
    assertThat(r.err).contains("1 suppressed by the baseline");
  }

  @Test
  void rewritingTheBaselineDropsFixedFindings() throws IOException {
    scan("--write-baseline", "baseline.json");
    Files.writeString(source, "class Sync {}\n", UTF_8);
    CliRun.Result r = scan("--baseline", "baseline.json", "--write-baseline", "baseline.json");
    assertThat(r.exitCode).isEqualTo(0);
    assertThat(Baseline.read(dir.resolve("baseline.json")).entries()).isEmpty();
  }

  @Test
  void sarifCarriesTheBaselineFingerprint() throws IOException {
    scan("--write-baseline", "baseline.json");
    String fingerprint = Baseline.read(dir.resolve("baseline.json")).entries().get(0).fingerprint();
    assertThat(scan("--format", "sarif").out())
        .contains("\"faultline/v1\": \"" + fingerprint + "\"");
  }

  @Test
  void unreadableBaselineIsAnError() throws IOException {
    CliRun.Result missing = scan("--baseline", "nope.json");
    assertThat(missing.exitCode).isEqualTo(2);
    assertThat(missing.err)
        .isEqualTo("faultline: error: cannot read baseline nope.json: no such file\n");
    Files.writeString(dir.resolve("bad.json"), "{\"version\": 9, \"entries\": []}", UTF_8);
    CliRun.Result bad = scan("--baseline", "bad.json");
    assertThat(bad.exitCode).isEqualTo(2);
    assertThat(bad.err).contains("baseline format version 9 is not supported");
  }
}
