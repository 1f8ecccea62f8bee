package dev.faultline.scanner.cli;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.faultline.analysis.rules.CheckInfo;
import dev.faultline.scanner.report.ReportFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same scan gives byte-identical output with --jobs 1 and --jobs 4, in every format, and on a
 * second run: with a fake analyzer that finishes files in random order, and with the real analyzer
 * on the test-inputs corpus (the real code slice is checked the same way in {@link
 * RealCodeSliceTest}).
 */
class ParallelDeterminismTest {
  @TempDir Path dir;

  @Test
  void outputDoesNotDependOnTheNumberOfThreads() throws IOException {
    String[] checks = CheckInfo.all().stream().map(CheckInfo::checkName).toArray(String[]::new);
    for (int i = 0; i < 60; i++) {
      StringBuilder source = new StringBuilder("class C" + i + " {\n");
      for (int line = 0; line < i % 5; line++) {
        source
            .append("  void m")
            .append(line)
            .append("() { retry(); } // fake-finding: ")
            .append(checks[(i + line) % checks.length])
            .append(" finding ")
            .append(line)
            .append('\n')
            .append("  void same() { retry(); } // fake-finding: ")
            .append(checks[0])
            .append(" same text twice\n");
      }
      if (i % 17 == 3) {
        source.append("// fake-unparseable\n");
      }
      source.append("}\n");
      Path file = dir.resolve("src/p" + (i % 7) + "/C" + i + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, source, UTF_8);
    }
    AnalyzerFactory slowAndShuffled =
        config -> {
          FakeAnalyzer fake = new FakeAnalyzer(config);
          return (path, source) -> {
            try {
              Thread.sleep(ThreadLocalRandom.current().nextInt(5));
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return fake.analyze(path, source);
          };
        };
    for (ReportFormat format : ReportFormat.values()) {
      CliRun.Result one =
          new CliRun(dir)
              .analyzers(slowAndShuffled)
              .run("scan", "--format", format.optionName(), "--jobs", "1", "src");
      CliRun.Result four =
          new CliRun(dir)
              .analyzers(slowAndShuffled)
              .run("scan", "--format", format.optionName(), "--jobs", "4", "src");
      assertThat(one.exitCode).isEqualTo(1);
      assertThat(one.outBytes().length).isGreaterThan(1000);
      assertWithMessage("%s output with --jobs 1 and 4", format)
          .that(four.outBytes())
          .isEqualTo(one.outBytes());
      assertWithMessage("%s stderr with --jobs 1 and 4", format).that(four.err).isEqualTo(one.err);
      assertThat(four.exitCode).isEqualTo(one.exitCode);
    }
  }

  @Test
  void realAnalyzerOnTheCorpusGivesTheSameSarifWithAnyJobsAndOnEveryRun() throws IOException {
    TestCorpus.copyTo(dir.resolve("corpus"));
    CliRun.Result one = realScan("1");
    CliRun.Result four = realScan("4");
    CliRun.Result again = realScan("4");
    assertThat(one.exitCode).isEqualTo(1);
    assertThat(one.out()).contains("\"ruleId\"");
    assertThat(one.err).doesNotContain(": error: ");
    assertWithMessage("SARIF with --jobs 1 and 4").that(four.outBytes()).isEqualTo(one.outBytes());
    assertWithMessage("SARIF of two runs").that(again.outBytes()).isEqualTo(four.outBytes());
    assertThat(four.err).isEqualTo(one.err);
    assertThat(again.err).isEqualTo(one.err);
  }

  private CliRun.Result realScan(String jobs) {
    return new CliRun(dir)
        .analyzers(Analyzers::create)
        .run("scan", "--format", "sarif", "--jobs", jobs, "corpus");
  }
}
