package dev.faultline.scanner.cli;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scan --cache}: a scan whose results come from the cache reports what a scan without it
 * reports; a change to a file, to a file its analysis read, to the files of a package it listed or
 * to an option that changes the analysis is analysed again; entries that cannot be trusted are
 * reported and ignored.
 */
class ResultCacheTest {
  private static final String SHARED_STATUSES =
      "RetryAfterIgnored/ReceiptUploaderUsesSharedRetryableStatuses";
  private static final String INJECTED_BACKOFF =
      "RetryAfterIgnored/InvoicePushWaitsInjectedRetryAfterBackoff";

  private static final String RETRY_AFTER_FINDING = "\"ruleId\": \"RetryAfterIgnored\"";

  @TempDir Path dir;

  @Test
  void corpusFindingsAreTheSameWithoutTheCacheColdAndWarm() throws IOException {
    TestCorpus.copyTo(dir.resolve("corpus"));
    CliRun.Result plain = scan("--jobs", "2", "corpus");
    CliRun.Result cold = scan("--cache", "cache", "--jobs", "2", "corpus");
    CliRun.Result warm = scan("--cache", "cache", "--jobs", "2", "corpus");
    CliRun.Result warmOneJob = scan("--cache", "cache", "--jobs", "1", "corpus");
    int files = TestCorpus.filesScanned(plain.err);

    assertThat(plain.exitCode).isEqualTo(1);
    assertThat(plain.out()).contains("\"ruleId\"");
    for (CliRun.Result cached : List.of(cold, warm, warmOneJob)) {
      assertWithMessage("SARIF with the cache").that(cached.out()).isEqualTo(plain.out());
      assertThat(cached.exitCode).isEqualTo(plain.exitCode);
      assertThat(cached.err).startsWith(plain.err);
    }
    assertThat(cold.err).contains("faultline: 0 of " + files + " files from the cache");
    assertThat(warm.err).contains(files + " of " + files + " files from the cache");
    assertThat(warmOneJob.err).contains(files + " of " + files + " files from the cache");
    assertThat(entries()).hasSize(files);
  }

  @Test
  void outputOptionsAndTheBaselineDoNotChangeTheKey() throws IOException {
    copyCase(SHARED_STATUSES);
    CliRun.Result cold = scan("--cache", "cache", "src");
    CliRun.Result text =
        new CliRun(dir)
            .analyzers(Analyzers::create)
            .run("scan", "--cache", "cache", "--fail-on", "never", "--format", "text", "src");
    assertThat(cold.err).contains("0 of 2 files from the cache");
    assertThat(text.err).contains("2 of 2 files from the cache");
    assertThat(text.out()).contains("RetryAfterIgnored");
    assertThat(text.exitCode).isEqualTo(0);
  }

  @Test
  void aChangedFileIsAnalysedAgain() throws IOException {
    copyCase(SHARED_STATUSES);
    scan("--cache", "cache", "src");
    CliRun.Result before = scan("src");
    Path uploader = dir.resolve("src/ReceiptUploader.java");
    Files.writeString(
        uploader, "// moved down a line\n" + Files.readString(uploader, UTF_8), UTF_8);

    CliRun.Result cached = scan("--cache", "cache", "src");

    assertThat(cached.err).contains("1 of 2 files from the cache");
    assertThat(cached.out()).isNotEqualTo(before.out());
    assertThat(cached.out()).isEqualTo(scan("src").out());
  }

  @Test
  void aChangeToAnotherFileTheAnalysisReadInvalidatesTheEntry() throws IOException {
    copyCase(SHARED_STATUSES);
    CliRun.Result before = scan("--cache", "cache", "src");
    assertThat(before.out()).contains(RETRY_AFTER_FINDING);
    // Without 429 and 503 among the shared retryable statuses, the loop retries no status that
    // sends
    // Retry-After.
    Path settings = dir.resolve("src/ApiRetrySettings.java");
    Files.writeString(
        settings,
        Files.readString(settings, UTF_8)
            .replace("408, 429, 500, 502, 503, 504", "408, 500, 502, 504"),
        UTF_8);

    CliRun.Result after = scan("--cache", "cache", "src");

    assertThat(after.err).contains("0 of 2 files from the cache");
    assertThat(after.out()).doesNotContain(RETRY_AFTER_FINDING);
    assertThat(after.out()).isEqualTo(scan("src").out());
  }

  @Test
  void aFileAddedToAPackageTheAnalysisListedInvalidatesTheEntry() throws IOException {
    copyCase(INJECTED_BACKOFF);
    Path implementation = dir.resolve("src/RetryAfterBackoff.java");
    String text = Files.readString(implementation, UTF_8);
    Files.delete(implementation);
    CliRun.Result without = scan("--cache", "cache", "src");
    CliRun.Result withoutPlain = scan("src");
    assertThat(without.out()).isEqualTo(withoutPlain.out());
    Files.writeString(implementation, text, UTF_8);

    CliRun.Result with = scan("--cache", "cache", "src");
    CliRun.Result withPlain = scan("src");

    assertWithMessage("the implementation changes the findings")
        .that(withPlain.out())
        .isNotEqualTo(withoutPlain.out());
    assertThat(with.out()).isEqualTo(withPlain.out());
  }

  @Test
  void unreadableEntriesAreReportedIgnoredAndReplaced() throws IOException {
    CliRun.Result plain = sharedStatusesCachedOnce();
    List<Path> entries = entries();
    assertThat(entries).hasSize(2);
    Files.write(entries.get(0), new byte[] {(byte) 0xff, 0, 'x', '{'});
    String other = Files.readString(entries.get(1), UTF_8);
    Files.writeString(entries.get(1), other.substring(0, other.length() / 2), UTF_8);

    CliRun.Result broken = scan("--cache", "cache", "src");

    assertThat(broken.out()).isEqualTo(plain.out());
    assertThat(broken.err).contains("0 of 2 files from the cache");
    for (Path entry : entries) {
      assertThat(count(broken.err, "faultline: ignoring unreadable cache entry " + entry + ": "))
          .isEqualTo(1);
    }
    CliRun.Result repaired = scan("--cache", "cache", "src");
    assertThat(repaired.err).doesNotContain("ignoring");
    assertThat(repaired.err).contains("2 of 2 files from the cache");
    assertThat(repaired.out()).isEqualTo(plain.out());
  }

  @Test
  void anEntryOfAnotherVersionOrFileIsIgnored() throws IOException {
    CliRun.Result plain = sharedStatusesCachedOnce();
    List<Path> entries = entries();
    String first = Files.readString(entries.get(0), UTF_8);
    Files.writeString(
        entries.get(0),
        first.replaceFirst("\"scanner\": \"[^\"]*\"", "\"scanner\": \"0.0.1-other\""),
        UTF_8);
    // An entry that says it is another file's.
    Files.writeString(
        entries.get(1),
        Files.readString(entries.get(1), UTF_8)
            .replaceFirst("\"path\": \"[^\"]*\"", "\"path\": \"src/Elsewhere.java\""),
        UTF_8);

    CliRun.Result ignored = scan("--cache", "cache", "src");

    assertThat(ignored.out()).isEqualTo(plain.out());
    assertThat(ignored.err).contains("0 of 2 files from the cache");
    assertThat(ignored.err).contains("written by scanner 0.0.1-other, not " + BuildInfo.version());
    assertThat(ignored.err).contains("written for another file or options");
  }

  @Test
  void anOptionThatChangesTheAnalysisDoesNotReuseEntries() throws IOException {
    copyCase(SHARED_STATUSES);
    scan("--cache", "cache", "src");

    CliRun.Result disabled = scan("--cache", "cache", "--disable", "RetryAfterIgnored", "src");

    assertThat(disabled.err).contains("0 of 2 files from the cache");
    assertThat(disabled.out()).isEqualTo(scan("--disable", "RetryAfterIgnored", "src").out());
    assertThat(entries()).hasSize(4);
    assertThat(scan("--cache", "cache", "src").err).contains("2 of 2 files from the cache");
  }

  @Test
  void aCacheThatCannotBeWrittenIsReportedAndTheScanRunsWithoutIt() throws IOException {
    copyCase(SHARED_STATUSES);
    Files.writeString(dir.resolve("not-a-folder"), "x", UTF_8);

    CliRun.Result result = scan("--cache", "not-a-folder", "src");

    assertThat(result.err)
        .contains("faultline: warning: --cache not-a-folder: cannot use the directory (");
    assertThat(result.err).contains("scanning without the cache");
    assertThat(result.err).doesNotContain("from the cache\n");
    assertThat(result.out()).isEqualTo(scan("src").out());
    assertThat(result.exitCode).isEqualTo(1);
  }

  private CliRun.Result scan(String... options) {
    List<String> args = new ArrayList<>(List.of("scan", "--format", "sarif"));
    args.addAll(List.of(options));
    return new CliRun(dir).analyzers(Analyzers::create).run(args.toArray(String[]::new));
  }

  /** Scans the shared statuses case once with the cache; returns a scan without it. */
  private CliRun.Result sharedStatusesCachedOnce() throws IOException {
    copyCase(SHARED_STATUSES);
    scan("--cache", "cache", "src");
    return scan("src");
  }

  private void copyCase(String folder) throws IOException {
    Path source = TestCorpus.root().resolve(folder);
    Files.createDirectories(dir.resolve("src"));
    try (Stream<Path> files = Files.list(source)) {
      for (Path file : files.toList()) {
        Files.copy(file, dir.resolve("src").resolve(file.getFileName().toString()));
      }
    }
  }

  private List<Path> entries() throws IOException {
    try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
