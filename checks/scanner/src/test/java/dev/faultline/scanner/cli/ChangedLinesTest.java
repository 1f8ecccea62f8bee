package dev.faultline.scanner.cli;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@link ChangedLines} reads unified diffs: which lines of which files a diff changes. */
class ChangedLinesTest {
  @TempDir Path dir;

  private ChangedLines parse(String... lines) throws Exception {
    return ChangedLines.parse(
        new BufferedReader(new StringReader(String.join("\n", lines) + "\n")), dir);
  }

  private List<Integer> changed(ChangedLines diff, String path, int upTo) {
    List<Integer> lines = new ArrayList<>();
    for (int i = 1; i <= upTo; i++) {
      if (diff.contains(ChangedLines.key(dir.resolve(path)), i)) {
        lines.add(i);
      }
    }
    return lines;
  }

  @Test
  void gitDiffWithoutContext() throws Exception {
    // git diff --unified=0: a changed line, a removed line, two added lines at the end without a
    // final line break.
    ChangedLines diff =
        parse(
            "diff --git a/A.java b/A.java",
            "index 9405325..605ab71 100644",
            "--- a/A.java",
            "+++ b/A.java",
            "@@ -2 +2 @@ a",
            "-b",
            "+B",
            "@@ -4 +3,0 @@ c",
            "-d",
            "@@ -5,0 +5,2 @@ e",
            "+f",
            "+g",
            "\\ No newline at end of file");
    assertThat(changed(diff, "A.java", 10)).containsExactly(2, 5, 6).inOrder();
    assertThat(diff.files()).containsExactly(dir.resolve("A.java"));
  }

  @Test
  void contextLinesAreNotChanged() throws Exception {
    ChangedLines diff =
        parse(
            "--- a/A.java",
            "+++ b/A.java",
            "@@ -10,4 +10,5 @@ class A {",
            " keep",
            "-old",
            "+new",
            "+added",
            " keep",
            "",
            "@@ -30 +31 @@",
            "-x",
            "+y");
    assertThat(changed(diff, "A.java", 40)).containsExactly(11, 12, 31).inOrder();
  }

  @Test
  void removedLinesThatLookLikeFileHeadersStayInTheirHunk() throws Exception {
    ChangedLines diff =
        parse(
            "--- a/Q.java",
            "+++ b/Q.java",
            "@@ -1,2 +0,0 @@",
            "--- x",
            "-++ y",
            "@@ -3,0 +2 @@ z",
            "+w");
    assertThat(changed(diff, "Q.java", 5)).containsExactly(2);
    assertThat(diff.files()).containsExactly(dir.resolve("Q.java"));
  }

  @Test
  void deletedRenamedNewAndModeOnlyFiles() throws Exception {
    ChangedLines diff =
        parse(
            "diff --git a/A.java b/A.java",
            "old mode 100644",
            "new mode 100755",
            "diff --git a/D.java b/D.java",
            "deleted file mode 100644",
            "--- a/D.java",
            "+++ /dev/null",
            "@@ -1 +0,0 @@",
            "-gone",
            "diff --git a/N e.java b/N e.java",
            "new file mode 100644",
            "--- /dev/null",
            "+++ b/N e.java\t",
            "@@ -0,0 +1,2 @@",
            "+n1",
            "+n2",
            "diff --git a/R.java b/sub/R2.java",
            "similarity index 87%",
            "rename from R.java",
            "rename to sub/R2.java",
            "--- a/R.java",
            "+++ b/sub/R2.java",
            "@@ -6,0 +7 @@ keep6",
            "+new7",
            "diff --git a/Image.png b/Image.png",
            "Binary files a/Image.png and b/Image.png differ");
    assertThat(diff.files()).containsExactly(dir.resolve("N e.java"), dir.resolve("sub/R2.java"));
    assertThat(changed(diff, "N e.java", 5)).containsExactly(1, 2);
    assertThat(changed(diff, "sub/R2.java", 10)).containsExactly(7);
    assertThat(changed(diff, "D.java", 5)).isEmpty();
  }

  @Test
  void quotedAndPlainPaths() throws Exception {
    ChangedLines diff =
        parse(
            "--- \"a/caf\\303\\251.java\"",
            "+++ \"b/caf\\303\\251.java\"",
            "@@ -1 +1 @@",
            "-k",
            "+k2",
            "--- Old.java\t2026-12-01 10:00:00.000000000 +0000",
            "+++ New.java\t2026-12-02 10:00:00.000000000 +0000",
            "@@ -1 +1 @@",
            "-a",
            "+b");
    assertThat(diff.files()).containsExactly(dir.resolve("café.java"), dir.resolve("New.java"));
    assertThat(ChangedLines.unquote("\"a\\tb\\\\c\\\"d\"")).isEqualTo("a\tb\\c\"d");
  }

  @Test
  void aTopDirectoryNamedBIsKeptWhenOnlyItExists() throws Exception {
    // A diff made with --no-prefix of a file under b/: the file b/X.java exists, X.java does not.
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("b/X.java"), "class X {}\n");
    ChangedLines diff = parse("--- b/X.java", "+++ b/X.java", "@@ -1 +1 @@", "-a", "+b");
    assertThat(diff.files()).containsExactly(dir.resolve("b/X.java"));
  }

  @Test
  void malformedDiffsAreRejectedWithTheLine() {
    ChangedLines.MalformedDiffException early =
        assertThrows(
            ChangedLines.MalformedDiffException.class,
            () -> parse("--- a/A.java", "+++ b/A.java", "@@ -1,3 +1,3 @@", " a", "diff --git x y"));
    assertThat(early)
        .hasMessageThat()
        .isEqualTo("line 5: the hunk is shorter than its header says");
    ChangedLines.MalformedDiffException orphan =
        assertThrows(
            ChangedLines.MalformedDiffException.class, () -> parse("@@ -1 +1 @@", "-a", "+b"));
    assertThat(orphan).hasMessageThat().contains("line 1: a hunk before any +++ file header");
    ChangedLines.MalformedDiffException truncated =
        assertThrows(
            ChangedLines.MalformedDiffException.class,
            () -> parse("--- a/A.java", "+++ b/A.java", "@@ -1,2 +1,2 @@", "-a"));
    assertThat(truncated).hasMessageThat().contains("the diff ends inside a hunk");
  }

  @Test
  void notADiffAtAllChangesNothing() throws Exception {
    assertThat(parse("just some text", "with no diff in it").files()).isEmpty();
  }
}
