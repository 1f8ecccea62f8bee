package dev.faultline.scanner.baseline;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.faultline.scanner.report.ScanFinding;
import dev.faultline.scanner.report.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
  @TempDir Path dir;

  private static ScanFinding finding(String path, String check, String fingerprint) {
    return new ScanFinding(path, 1, 1, check, "m", Severity.WARNING, fingerprint);
  }

  @Test
  void writesSortedEntriesWithAVersion() {
    Baseline baseline =
        Baseline.of(
            List.of(
                finding("b/B.java", "RetryAfterIgnored", "ff"),
                finding("a/A.java", "RetryAfterIgnored", "cc"),
                finding("a/A.java", "NonRetryableErrorRetried", "ee"),
                finding("a/A.java", "NonRetryableErrorRetried", "dd")));
    assertThat(baseline.toJson())
        .isEqualTo(
            """
            {
              "version": 1,
              "entries": [
                {
                  "path": "a/A.java",
                  "check": "NonRetryableErrorRetried",
                  "fingerprint": "dd"
                },
                {
                  "path": "a/A.java",
                  "check": "NonRetryableErrorRetried",
                  "fingerprint": "ee"
                },
                {
                  "path": "a/A.java",
                  "check": "RetryAfterIgnored",
                  "fingerprint": "cc"
                },
                {
                  "path": "b/B.java",
                  "check": "RetryAfterIgnored",
                  "fingerprint": "ff"
                }
              ]
            }
            """);
  }

  @Test
  void roundTripsThroughItsFile() throws IOException {
    Baseline baseline = Baseline.of(List.of(finding("a/A.java", "RetryAfterIgnored", "cc")));
    Path file = dir.resolve("baseline.json");
    baseline.write(file);
    Baseline read = Baseline.read(file);
    assertThat(read).isEqualTo(baseline);
    assertThat(read.fingerprints()).containsExactly("cc");
  }

  @Test
  void emptyBaselineIsValid() throws IOException {
    Path file = dir.resolve("empty.json");
    Baseline.of(List.of()).write(file);
    assertThat(Files.readString(file, UTF_8))
        .isEqualTo("{\n  \"version\": 1,\n  \"entries\": []\n}\n");
    assertThat(Baseline.read(file).entries()).isEmpty();
  }

  @Test
  void rejectsOtherVersionsAndOtherFiles() throws IOException {
    assertThat(readError("{\"version\": 2, \"entries\": []}"))
        .contains("version 2 is not supported");
    assertThat(readError("{\"entries\": []}")).contains("not a Faultline baseline");
    assertThat(readError("[1, 2]")).contains("not a Faultline baseline");
    assertThat(readError("{\"version\": 1, \"entries\": [{\"path\": \"a\"}]}"))
        .contains("entry 1 lacks");
    assertThat(readError("{\"version\": 1,")).contains("not valid JSON");
    assertThat(readError("")).contains("not a Faultline baseline");
    IOException missing =
        assertThrows(IOException.class, () -> Baseline.read(dir.resolve("missing.json")));
    assertThat(missing).hasMessageThat().isEqualTo("no such file");
  }

  @Test
  void ignoresUnknownFieldsForForwardCompatibility() throws IOException {
    Path file = dir.resolve("b.json");
    Files.writeString(
        file,
        "{\"version\": 1, \"tool\": \"x\", \"entries\": [{\"path\": \"a\", \"check\": \"C\", \"fingerprint\": \"f\","
            + " \"note\": \"y\"}]}",
        UTF_8);
    assertThat(Baseline.read(file).fingerprints()).containsExactly("f");
  }

  private String readError(String content) throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, content, UTF_8);
    return assertThrows(IOException.class, () -> Baseline.read(file)).getMessage();
  }
}
