package dev.faultline.scanner.cli;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.faultline.analysis.rules.CheckInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files a scan covers: directory walking, explicit files, --files-from. */
class SourceSelectionTest {
  private static final String RETRY = CheckInfo.RETRY_AFTER_IGNORED.checkName();
  private static final Pattern PATH = Pattern.compile("(?m)^([^:]+):\\d+:\\d+: ");

  @TempDir Path dir;

  private void write(String path) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(
        file, "class X { void f() { a(); } } // fake-finding: " + RETRY + " here\n", UTF_8);
  }

  private static List<String> reportedPaths(CliRun.Result r) {
    Matcher m = PATH.matcher(r.out());
    List<String> paths = new java.util.ArrayList<>();
    while (m.find()) {
      paths.add(m.group(1));
    }
    return paths;
  }

  @Test
  void walksDirectoriesSortedSkippingBuildOutputAndGit() throws IOException {
    for (String path :
        List.of(
            "b/Z.java",
            "b/A.java",
            "a/Main.java",
            "a/target/Gen.java",
            "build/Out.java",
            "a/build/Out.java",
            ".git/hooks/H.java",
            "a/notes.txt",
            "a/Readme.md",
            "c/deep/er/Deepest.java")) {
      write(path);
    }
    CliRun.Result r = new CliRun(dir).run("scan", ".");
    assertThat(reportedPaths(r))
        .containsExactly("a/Main.java", "b/A.java", "b/Z.java", "c/deep/er/Deepest.java")
        .inOrder();
    assertThat(r.err).contains("in 4 files");
  }

  @Test
  void aSkippedDirectoryNamedExplicitlyIsScanned() throws IOException {
    write("build/Gen.java");
    assertThat(reportedPaths(new CliRun(dir).run("scan", "build")))
        .containsExactly("build/Gen.java");
  }

  @Test
  void filesAreScannedOnceWhicheverWayTheyAreNamed() throws IOException {
    write("a/A.java");
    CliRun.Result r = new CliRun(dir).run("scan", "a", "a/A.java", "./a/../a/A.java");
    assertThat(reportedPaths(r)).containsExactly("a/A.java");
  }

  @Test
  void missingPathIsReportedAndNotFatal() throws IOException {
    write("a/A.java");
    CliRun.Result r = new CliRun(dir).run("scan", "a", "gone/Gone.java");
    assertThat(r.exitCode).isEqualTo(1);
    assertThat(r.err).contains("gone/Gone.java: error: no such file or directory\n");
    assertThat(reportedPaths(r)).containsExactly("a/A.java");
  }

  @Test
  void filesFromStdinSkipsBlankLinesAndNonJavaFilesAndReportsMissingOnes() throws IOException {
    write("src/A.java");
    write("src/B.java");
    write("src/C.java");
    CliRun.Result r =
        new CliRun(dir)
            .stdin(
                "src/B.java\n\n   \nREADME.md\nsrc/Deleted.java\r\nsrc/A.java\r\nsrc/Bad\u0000.java\n")
            .run("scan", "--files-from", "-");
    assertThat(reportedPaths(r)).containsExactly("src/A.java", "src/B.java").inOrder();
    assertThat(r.err).contains("src/Deleted.java: error: no such file or directory\n");
    assertThat(r.err).contains("src/Bad\\u0000.java: error: not a valid path\n");
    assertThat(r.err).contains("in 2 files; 2 files were not analysed");
    assertThat(r.exitCode).isEqualTo(1);
  }

  @Test
  void filesFromAFileAddsToThePaths() throws IOException {
    write("src/A.java");
    write("src/B.java");
    Files.writeString(dir.resolve("changed.txt"), "src/B.java\n", UTF_8);
    CliRun.Result r = new CliRun(dir).run("scan", "--files-from", "changed.txt", "src/A.java");
    assertThat(reportedPaths(r)).containsExactly("src/A.java", "src/B.java").inOrder();
  }

  @Test
  void emptyFileListIsACleanScan() {
    CliRun run = new CliRun(dir).stdin("").analyzers(Analyzers::create);
    CliRun.Result r = run.run("scan", "--files-from", "-");
    assertThat(run.configs()).isEmpty(); // no analyzer is made when there is nothing to analyse
    assertThat(r.exitCode).isEqualTo(0);
    assertThat(r.out()).isEmpty();
    assertThat(r.err).isEqualTo("faultline: no findings in 0 files\n");
  }

  @Test
  void unreadableFileListIsAnError() {
    CliRun.Result r = new CliRun(dir).run("scan", "--files-from", "nope.txt");
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err)
        .contains("faultline: error: cannot read --files-from nope.txt: no such file or directory");
  }
}
