package dev.faultline.scanner.cli;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.faultline.analysis.rules.CheckInfo;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --file-timeout}: a file over the limit is reported and skipped, the scan ends on time, and
 * the analysis thread it gave up on is interrupted and stops (the real analyzer checks for the
 * interrupt while parsing and lowering). An analyzer that ignores the interrupt still cannot hold
 * the scan up.
 */
class FileTimeoutTest {
  private static final String RETRY = CheckInfo.RETRY_AFTER_IGNORED.checkName();

  @TempDir Path dir;

  private void good() throws IOException {
    Path file = dir.resolve("src/Good.java");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file, "class Good {\n  void f() { retry(); } // fake-finding: " + RETRY + " msg\n}\n");
  }

  /**
   * Analysis threads still alive: the scan's pool is shut down when it ends, so only abandoned ones
   * remain.
   */
  private static List<Thread> analysisThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("faultline-analysis-") && t.isAlive())
        .toList();
  }

  private static void awaitNoAnalysisThreads(long millis) throws InterruptedException {
    long deadline = System.nanoTime() + millis * 1_000_000;
    while (!analysisThreads().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertWithMessage("analysis threads still running: %s", analysisThreads())
        .that(analysisThreads())
        .isEmpty();
  }

  @Test
  @Timeout(60)
  void slowLoweringIsInterruptedAndTheThreadStops() throws Exception {
    awaitNoAnalysisThreads(10_000);
    // A 10,000-call chain on one receiver: legal, shallow for the parser, slow to lower
    // (quadratic); about 15 s.
    Path slow = dir.resolve("src/LongChain.java");
    Files.createDirectories(slow.getParent());
    Files.writeString(
        slow,
        "import okhttp3.Response;\nclass LongChain { void f(Response r) { Object o = r"
            + ".body()".repeat(10_000)
            + "; } }\n");
    long start = System.nanoTime();
    CliRun.Result r =
        new CliRun(dir)
            .analyzers(Analyzers::create)
            .run("scan", "--file-timeout", "1s", "--jobs", "1", "src");
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(r.err)
        .isEqualTo(
            """
            src/LongChain.java: error: analysis did not finish within 1 s (--file-timeout)
            faultline: no findings in 1 file; 1 file was not analysed
            """);
    assertThat(r.exitCode).isEqualTo(2); // the only file could not be analysed
    assertThat(millis).isLessThan(8_000);
    awaitNoAnalysisThreads(5_000);
  }

  @Test
  @Timeout(60)
  void slowParsingIsInterruptedAndTheThreadStops() throws Exception {
    awaitNoAnalysisThreads(10_000);
    // About 8 MB of fields: under the default size limit, several seconds to parse.
    Path big = dir.resolve("src/ManyFields.java");
    Files.createDirectories(big.getParent());
    try (Writer out = Files.newBufferedWriter(big, UTF_8)) {
      out.write("import okhttp3.Response;\nclass ManyFields {\n");
      for (int i = 0; i < 300_000; i++) {
        out.write("  int field" + i + " = " + i + ";\n");
      }
      out.write("}\n");
    }
    good();
    long start = System.nanoTime();
    CliRun.Result r =
        new CliRun(dir)
            .analyzers(Analyzers::create)
            .run("scan", "--file-timeout", "500ms", "--jobs", "2", "src");
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(r.err)
        .contains(
            "src/ManyFields.java: error: analysis did not finish within 500 ms (--file-timeout)\n");
    assertThat(millis).isLessThan(8_000);
    awaitNoAnalysisThreads(3_000);
  }

  @Test
  @Timeout(60)
  void anAnalyzerThatIgnoresTheInterruptCannotHoldTheScanUp() throws Exception {
    good();
    for (int i = 0; i < 3; i++) {
      Path file = dir.resolve("src/Spin" + i + ".java");
      Files.writeString(file, "class Spin" + i + " {} // spin\n");
    }
    AtomicBoolean release = new AtomicBoolean();
    try {
      AnalyzerFactory spinning =
          config -> {
            FakeAnalyzer fake = new FakeAnalyzer(config);
            return (path, source) -> {
              if (source.contains("// spin")) {
                while (!release.get()) {
                  Thread.onSpinWait(); // deaf to interrupts
                }
              }
              return fake.analyze(path, source);
            };
          };
      long start = System.nanoTime();
      CliRun.Result r =
          new CliRun(dir)
              .analyzers(spinning)
              .run("scan", "--file-timeout", "200ms", "--jobs", "1", "src");
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertThat(r.exitCode).isEqualTo(1);
      assertThat(r.out()).startsWith("src/Good.java:2:3: warning: [" + RETRY + "]");
      assertThat(r.err)
          .isEqualTo(
              """
              src/Spin0.java: error: analysis did not finish within 200 ms (--file-timeout)
              src/Spin1.java: error: analysis did not finish within 200 ms (--file-timeout)
              src/Spin2.java: error: analysis did not finish within 200 ms (--file-timeout)
              faultline: 1 finding (0 errors, 1 warning) in 4 files; 3 files were not analysed
              """);
      assertThat(millis).isLessThan(5_000);
    } finally {
      release.set(true);
    }
    awaitNoAnalysisThreads(5_000);
  }
}
