package dev.faultline.scanner.cli;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.faultline.analysis.rules.CheckInfo;
import dev.faultline.scanner.report.SarifSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --changed-since} on a scratch git repository, and {@code --diff} with a checked-in diff:
 * only findings on added or modified lines are reported, in every format, and the rest are counted.
 */
class ChangedLinesScanTest {
  private static final String RETRY = CheckInfo.RETRY_AFTER_IGNORED.checkName();
  private static final String PERMANENT = CheckInfo.NON_RETRYABLE_ERROR_RETRIED.checkName();

  /** The repository's work tree, the working directory of the scans. */
  @TempDir Path dir;

  private CliRun scanIn(Path workingDirectory) {
    return new CliRun(workingDirectory);
  }

  private void write(String path, String content) throws IOException {
    scanIn(dir).write(path, content);
  }

  private void git(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test"));
    command.addAll(
        List.of(
            "-c",
            "user.email=test@example.com",
            "-c",
            "commit.gpgsign=false",
            "-c",
            "core.hooksPath=/dev/null"));
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output;
    try (InputStream in = process.getInputStream()) {
      output = new String(in.readAllBytes(), UTF_8);
    }
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertWithMessage("git %s: %s", String.join(" ", args), output)
        .that(process.exitValue())
        .isEqualTo(0);
  }

  private static String sync(String middle) {
    return "class Sync {\n  void f() {\n"
        + middle
        + "    send(); // fake-finding: "
        + PERMANENT
        + " 404 is permanent\n  }\n}\n";
  }

  /** A repository whose first commit has one finding; the working tree adds a second one. */
  @BeforeEach
  void repository() throws Exception {
    git("init", "-q", ".");
    write("src/com/acme/Sync.java", sync(""));
    write(
        "src/com/acme/Other.java",
        "class Other {\n  void g() { x(); } // fake-finding: " + RETRY + " old\n}\n");
    write(
        "src/com/acme/Gone.java",
        "class Gone {\n  void g() { x(); } // fake-finding: " + RETRY + " old\n}\n");
    git("add", "-A");
    git("commit", "-q", "-m", "first");
    git("tag", "first");
  }

  private void changeSync() throws IOException {
    write(
        "src/com/acme/Sync.java",
        sync("    Thread.sleep(1000); // fake-finding: " + RETRY + " wait for Retry-After\n"));
  }

  @Test
  void changedSinceReportsOnlyFindingsOnChangedLines() throws Exception {
    changeSync();
    CliRun.Result r = scanIn(dir).run("scan", "--changed-since", "first");
    assertThat(r.exitCode).isEqualTo(1);
    // One line: the finding on the added line 3, not the one on the unchanged line 4.
    assertThat(r.out().lines().toList())
        .containsExactly(
            "src/com/acme/Sync.java:3:5: warning: ["
                + RETRY
                + "] "
                + RETRY
                + " on"
                + " \"Thread.sleep(1000);\": wait for Retry-After");
    assertThat(r.err)
        .contains(
            "faultline: 1 finding (0 errors, 1 warning) in 1 file; 1 finding outside the changed lines not shown");
  }

  @Test
  void everyFormatRespectsTheFilter() throws Exception {
    changeSync();
    for (String format : List.of("text", "sarif", "checkstyle", "github")) {
      CliRun.Result r = scanIn(dir).run("scan", "--changed-since", "first", "--format", format);
      assertThat(r.exitCode).isEqualTo(1);
      assertThat(r.out()).contains("wait for Retry-After");
      assertThat(r.out()).doesNotContain("404 is permanent");
      assertThat(r.out()).doesNotContain("Other.java");
      if (format.equals("sarif")) {
        assertThat(SarifSchema.errors(r.out())).isEmpty();
      }
    }
  }

  @Test
  void committedChangesDeletionsAndRenamesCount() throws Exception {
    changeSync();
    git("rm", "-q", "src/com/acme/Gone.java");
    git("mv", "src/com/acme/Other.java", "src/com/acme/Moved.java");
    git("add", "-A");
    git("commit", "-q", "-m", "second");
    // Nothing uncommitted: HEAD~1 is the first commit. The moved file has no changed line.
    CliRun.Result r = scanIn(dir).run("scan", "--changed-since", "HEAD~1", "--format", "github");
    assertThat(r.exitCode).isEqualTo(1);
    assertThat(r.out()).contains("file=src/com/acme/Sync.java,line=3,");
    assertThat(r.out()).doesNotContain("Moved.java");
    assertThat(r.out()).doesNotContain("Gone.java");
    assertThat(r.err).contains("in 1 file;");
    assertThat(r.err).doesNotContain("error:");
  }

  @Test
  void noChangeIsACleanScanOfNothing() throws Exception {
    CliRun.Result r = scanIn(dir).run("scan", "--changed-since", "HEAD");
    assertThat(r.exitCode).isEqualTo(0);
    assertThat(r.err).contains("faultline: no findings in 0 files");
  }

  @Test
  void pathsLimitTheScanAndTheOtherFilesAreContext() throws Exception {
    changeSync();
    write(
        "lib/com/acme/New.java",
        "class New {\n  void h() { y(); } // fake-finding: " + RETRY + " new\n}\n");
    git("add", "-A"); // git diff REF sees tracked files only
    CliRun run = scanIn(dir);
    CliRun.Result r = run.run("scan", "--changed-since", "first", "src");
    assertThat(r.out()).contains("Sync.java:3:5");
    assertThat(r.out()).doesNotContain("New.java");
    assertThat(r.err).contains("in 1 file;");
    // Every file under src is read as context, Other.java too; only Sync.java is analysed.
    assertThat(run.configs().get(0).projectFiles())
        .containsAtLeast(
            dir.resolve("src/com/acme/Other.java"), dir.resolve("src/com/acme/Sync.java"));
  }

  @Test
  void theBaselineStillApplies() throws Exception {
    changeSync();
    assertThat(scanIn(dir).run("scan", "--write-baseline", "baseline.json", "src").exitCode)
        .isEqualTo(0);
    CliRun.Result r =
        scanIn(dir).run("scan", "--changed-since", "first", "--baseline", "baseline.json");
    assertThat(r.exitCode).isEqualTo(0);
    assertThat(r.out()).isEmpty();
    assertThat(r.err)
        .contains(
            "no findings in 1 file; 1 suppressed by the baseline; 1 finding outside the changed lines not shown");
  }

  @Test
  void changedSinceFromASubdirectoryUsesTheWorkTreeTop() throws Exception {
    changeSync();
    CliRun.Result r = scanIn(dir.resolve("src/com")).run("scan", "--changed-since", "first");
    assertThat(r.exitCode).isEqualTo(1);
    assertThat(r.out()).startsWith("acme/Sync.java:3:5:");
  }

  @Test
  void unknownRevisionAndNoRepositoryAreClearErrors() throws Exception {
    CliRun.Result unknown = scanIn(dir).run("scan", "--changed-since", "origin/nowhere");
    assertThat(unknown.exitCode).isEqualTo(2);
    assertThat(unknown.err)
        .contains(
            "faultline: error: --changed-since origin/nowhere: unknown revision 'origin/nowhere'");
    Path outside = Files.createDirectories(dir.resolve("../" + dir.getFileName() + "-plain"));
    try {
      CliRun.Result noRepository = scanIn(outside).run("scan", "--changed-since", "main");
      assertThat(noRepository.exitCode).isEqualTo(2);
      assertThat(noRepository.err).contains("--changed-since main: not in a git repository");
    } finally {
      Files.delete(outside);
    }
    CliRun.Result option = scanIn(dir).run("scan", "--changed-since=-x");
    assertThat(option.exitCode).isEqualTo(2);
    assertThat(option.err).contains("is not a git revision");
  }

  @Test
  void flagsThatDoNotGoTogether() {
    CliRun.Result both = scanIn(dir).run("scan", "--changed-since", "first", "--diff", "x.diff");
    assertThat(both.exitCode).isEqualTo(2);
    assertThat(both.err).contains("--changed-since and --diff cannot be used together");
    CliRun.Result baseline =
        scanIn(dir).run("scan", "--diff", "x.diff", "--write-baseline", "b.json");
    assertThat(baseline.exitCode).isEqualTo(2);
    assertThat(baseline.err).contains("--write-baseline cannot be used with --diff");
    CliRun.Result root = scanIn(dir).run("scan", "--diff-root", "src", "src");
    assertThat(root.exitCode).isEqualTo(2);
    assertThat(root.err).contains("--diff-root needs --diff");
  }

  // --- --diff

  private String reviewDiff() throws IOException {
    try (InputStream in = ChangedLinesScanTest.class.getResourceAsStream("/diffs/review.diff")) {
      return new String(in.readAllBytes(), UTF_8);
    }
  }

  /** The tree review.diff was made against: Sync.java with its g() method. */
  private void reviewedTree(Path root) throws IOException {
    Path file = root.resolve("src/com/acme/Sync.java");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        "class Sync {\n  void f() {\n    Thread.sleep(1000); // fake-finding: "
            + RETRY
            + " wait for Retry-After\n    send();\n  }\n\n  void g() {\n    send(); // fake-finding: "
            + PERMANENT
            + " 404 is permanent\n  }\n}\n",
        UTF_8);
  }

  @Test
  void diffFileFromStandardInputAndFromAFile() throws Exception {
    reviewedTree(dir);
    for (CliRun.Result r :
        List.of(
            scanIn(dir).stdin(reviewDiff()).run("scan", "--diff", "-"),
            scanIn(dir)
                .write("review.diff", reviewDiff())
                .run("scan", "--diff", "review.diff", "--format", "checkstyle"))) {
      assertThat(r.exitCode).isEqualTo(1);
      assertThat(r.out()).contains("wait for Retry-After");
      assertThat(r.out()).doesNotContain("404 is permanent");
      assertThat(r.err).contains("1 finding outside the changed lines not shown");
      assertThat(r.err).doesNotContain("Old.java"); // deleted in the diff
    }
  }

  @Test
  void diffRootIsWhereTheDiffsPathsStart() throws Exception {
    Path checkout = dir.resolve("checkout");
    reviewedTree(checkout);
    write("review.diff", reviewDiff());
    CliRun.Result r =
        scanIn(dir)
            .run("scan", "--diff", "review.diff", "--diff-root", "checkout", "--root", "checkout");
    assertThat(r.exitCode).isEqualTo(1);
    assertThat(r.out()).startsWith("src/com/acme/Sync.java:3:5:");
    CliRun.Result wrongRoot =
        scanIn(checkout.resolve("src")).run("scan", "--diff", "../../review.diff");
    // A diff's file that is not there: the diff is of another tree, or --diff-root is wrong.
    assertThat(wrongRoot.exitCode).isEqualTo(2);
    assertThat(wrongRoot.err).contains("src/com/acme/Sync.java: error: no such file or directory");
  }

  @Test
  void aDamagedDiffIsAnError() throws Exception {
    write("bad.diff", "--- a/X.java\n+++ b/X.java\n@@ -1,3 +1,3 @@\n x\n");
    CliRun.Result r = scanIn(dir).run("scan", "--diff", "bad.diff");
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err)
        .contains(
            "faultline: error: --diff bad.diff: not a unified diff: line 4: the diff ends inside a hunk");
    CliRun.Result missing = scanIn(dir).run("scan", "--diff", "missing.diff");
    assertThat(missing.exitCode).isEqualTo(2);
    assertThat(missing.err).contains("cannot read --diff missing.diff: no such file or directory");
  }
}
