package dev.faultline.scanner.cli;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real analyzer on hostile input, generated here: truncated and bit-flipped copies of the
 * test-inputs corpus, 10,000-level nesting, a 50 MB file, bytes that are not UTF-8, binary files
 * named .java, symbolic link loops, unreadable files, an empty directory. Every such file must end
 * as that file's error (or as analysed), never as an internal error, a stack trace, a hang or a
 * lost finding elsewhere: each scan runs next to a copy of the corpus, whose findings must be
 * exactly those of the corpus scanned alone.
 */
class HostileInputTest {
  /**
   * The reasons a hostile file may be given; "internal error" or "cannot analyse" would be a bug in
   * the analyzer.
   */
  private static final Pattern EXPECTED_REASON =
      Pattern.compile(
          "does not parse: .*"
              + "|not valid UTF-8 \\(byte offset \\d+\\)"
              + "|nested too deeply to parse \\(stack overflow\\)"
              + "|method .* is nested too deeply to analyse \\(stack overflow\\)"
              + "|analysis did not finish within .* \\(--file-timeout\\)"
              + "|file is larger than the limit of .* \\(--max-file-size\\)"
              + "|cannot read: .*");

  private static final int LEVELS = 10_000;

  @TempDir Path dir;

  private CliRun cli() {
    return new CliRun(dir).analyzers(Analyzers::create);
  }

  private Path write(String path, byte[] content) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, content);
    return file;
  }

  private Path write(String path, String content) throws IOException {
    return write(path, content.getBytes(UTF_8));
  }

  /**
   * Scans {@code clean/} (the corpus) together with {@code hostile/}, and checks what must hold for
   * any hostile input: the corpus findings are those of the corpus alone, every file is counted,
   * every hostile file that was not analysed has an expected reason, nothing prints a stack trace.
   * Returns the hostile files' errors.
   */
  private Map<String, String> scanNextToCorpus(int hostileFiles, String... options)
      throws IOException {
    TestCorpus.copyTo(dir.resolve("clean"));
    List<String> alone = new ArrayList<>(List.of("scan", "--jobs", "2"));
    alone.addAll(List.of(options));
    alone.add("clean");
    List<String> both = new ArrayList<>(alone);
    both.add("hostile");
    // The hostile files first: a stack overflow or interrupt must not leave the analyzer broken for
    // later scans.
    CliRun.Result r = cli().run(both.toArray(String[]::new));
    CliRun.Result reference = cli().run(alone.toArray(String[]::new));
    assertThat(reference.exitCode).isEqualTo(1);
    assertThat(TestCorpus.fileErrors(reference.err)).isEmpty();

    // A hostile file that still parses may have findings of its own; the corpus files must have
    // exactly theirs.
    String corpusFindings =
        r.out()
            .lines()
            .filter(line -> !line.startsWith("hostile/"))
            .map(line -> line + "\n")
            .collect(java.util.stream.Collectors.joining());
    assertWithMessage("corpus findings next to hostile files")
        .that(corpusFindings)
        .isEqualTo(reference.out());
    assertThat(r.exitCode)
        .isEqualTo(1); // the corpus findings; file errors do not change the exit code
    assertThat(r.err).doesNotContain("\tat ");
    assertThat(r.err).doesNotContain("internal error");
    assertThat(r.err).doesNotContain("StackOverflowError");
    int corpusFiles = TestCorpus.filesScanned(reference.err);
    assertThat(TestCorpus.filesScanned(r.err)).isEqualTo(corpusFiles + hostileFiles);
    Map<String, String> errors = TestCorpus.fileErrors(r.err);
    for (Map.Entry<String, String> error : errors.entrySet()) {
      assertWithMessage("file error of %s", error.getKey())
          .that(error.getKey())
          .startsWith("hostile/");
      assertWithMessage("reason for %s", error.getKey())
          .that(error.getValue())
          .matches(EXPECTED_REASON);
    }
    return errors;
  }

  @Test
  @Timeout(120)
  void truncatedCorpusFiles() throws IOException {
    int count = 0;
    for (Path file : TestCorpus.files()) {
      byte[] bytes = Files.readAllBytes(file);
      for (int cut :
          new int[] {
            1,
            bytes.length / 7,
            bytes.length / 3,
            bytes.length / 2,
            bytes.length * 5 / 6,
            bytes.length - 2
          }) {
        write("hostile/cut" + cut + "/" + file.getFileName(), Arrays.copyOf(bytes, cut));
        count++;
      }
    }
    Map<String, String> errors = scanNextToCorpus(count);
    assertThat(errors.size()).isGreaterThan(count / 2); // most cuts do not parse, and say so
    assertThat(errors.values().stream().filter(e -> e.startsWith("does not parse: line ")).count())
        .isGreaterThan(count / 2L);
  }

  @Test
  @Timeout(120)
  void randomByteFlipsInCorpusFiles() throws IOException {
    Random random = new Random(20261130L);
    List<Path> corpus = TestCorpus.files();
    int count = 400;
    for (int i = 0; i < count; i++) {
      Path file = corpus.get(random.nextInt(corpus.size()));
      byte[] bytes = Files.readAllBytes(file);
      int flips = 1 + random.nextInt(8);
      for (int f = 0; f < flips; f++) {
        int at = random.nextInt(bytes.length);
        bytes[at] = (byte) (bytes[at] ^ (1 << random.nextInt(8)));
      }
      write(String.format("hostile/flip%03d/%s", i, file.getFileName()), bytes);
    }
    Map<String, String> errors = scanNextToCorpus(count);
    assertThat(errors).isNotEmpty();
  }

  private static final String HEADER =
      "import okhttp3.Response;\nimport java.util.function.Supplier;\n";

  @Test
  @Timeout(120)
  void tenThousandLevelsOfNesting() throws IOException {
    String sleepOn429 = "if (r.code() == 429) { Thread.sleep(1000); }\n";
    write(
        "hostile/DeepSum.java",
        HEADER
            + "class DeepSum { int f(Response r) throws Exception { "
            + sleepOn429
            + " return "
            + "1+(".repeat(LEVELS)
            + "1"
            + ")".repeat(LEVELS)
            + "; } }\n");
    write(
        "hostile/DeepParentheses.java",
        HEADER
            + "class DeepParentheses { int f(Response r) throws Exception { "
            + sleepOn429
            + " return "
            + "(".repeat(LEVELS)
            + "1"
            + ")".repeat(LEVELS)
            + "; } }\n");
    write(
        "hostile/DeepLambdas.java",
        HEADER
            + "class DeepLambdas { Object f(Response r) { return "
            + "(Supplier<Object>) () -> ".repeat(LEVELS)
            + "r.code(); } }\n");
    write(
        "hostile/DeepIfs.java",
        HEADER
            + "class DeepIfs { void f(Response r) throws Exception { "
            + "if (r.code() == 429) { ".repeat(LEVELS)
            + "Thread.sleep(1000);"
            + "}".repeat(LEVELS)
            + " } }\n");
    write(
        "hostile/DeepCalls.java",
        HEADER
            + "class DeepCalls { void f(Response r) { Object o = "
            + "g(".repeat(LEVELS)
            + "r.code()"
            + ")".repeat(LEVELS)
            + "; } Object g(Object o) { return o; } }\n");
    write(
        "hostile/DeepArrays.java",
        HEADER
            + "class DeepArrays { Object[] a = "
            + "{".repeat(LEVELS)
            + "}".repeat(LEVELS)
            + "; void f(Response r) {} }\n");
    write(
        "hostile/LongConcatenation.java",
        HEADER
            + "class LongConcatenation { String s = "
            + "\"a\" + ".repeat(LEVELS)
            + "\"b\"; void f(Response r) throws Exception { "
            + sleepOn429
            + " } }\n");
    Map<String, String> errors = scanNextToCorpus(7);
    // JavaParser recurses once per level: whether 10,000 levels fit in the analysis thread's stack
    // depends on how much
    // of the parser the JIT has compiled by then. Either the file is analysed, or it is reported as
    // too deep.
    for (String deep : List.of("hostile/DeepSum.java", "hostile/DeepParentheses.java")) {
      if (errors.containsKey(deep)) {
        assertThat(errors.get(deep)).isEqualTo("nested too deeply to parse (stack overflow)");
      }
    }
    assertThat(errors).doesNotContainKey("hostile/LongConcatenation.java");
  }

  @Test
  @Timeout(60)
  void fiftyMegabyteFileIsRejectedBySize() throws IOException {
    Path big = dir.resolve("hostile/Big.java");
    Files.createDirectories(big.getParent());
    byte[] line =
        "// generated padding, fifty megabytes of it ..............................\n"
            .getBytes(UTF_8);
    try (var out = Files.newOutputStream(big)) {
      out.write("class Big {}\n".getBytes(UTF_8));
      for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
        out.write(line);
      }
    }
    Map<String, String> errors = scanNextToCorpus(1);
    assertThat(errors)
        .containsExactly(
            "hostile/Big.java", "file is larger than the limit of 10 MB (--max-file-size)");
  }

  @Test
  void aFileOverTheSizeLimitIsNotRead() throws Exception {
    Path big = write("Big.java", new byte[0]);
    try (var file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(50L * 1024 * 1024); // sparse: the size without the disk
    }
    var threads =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    Exception e =
        org.junit.jupiter.api.Assertions.assertThrows(
            Exception.class, () -> new SourceReader(10L * 1024 * 1024).read(big));
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    assertThat(e)
        .hasMessageThat()
        .isEqualTo("file is larger than the limit of 10 MB (--max-file-size)");
    assertThat(allocated).isLessThan(1024L * 1024);
    // The limit itself is allowed; one byte over it is not.
    write("AtLimit.java", "class A {}".getBytes(UTF_8));
    assertThat(new SourceReader(10).read(dir.resolve("AtLimit.java"))).isEqualTo("class A {}");
    assertThat(
            org.junit.jupiter.api.Assertions.assertThrows(
                Exception.class, () -> new SourceReader(9).read(dir.resolve("AtLimit.java"))))
        .hasMessageThat()
        .isEqualTo("file is larger than the limit of 9 bytes (--max-file-size)");
  }

  @Test
  @Timeout(60)
  void bytesThatAreNotUtf8AndBinaryFilesNamedJava() throws IOException {
    Path sample = TestCorpus.files().get(0);
    String text = Files.readString(sample, UTF_8);
    // A Latin-1 file: "è" as the single byte 0xE8, inside a comment.
    write("hostile/Latin1.java", ("// Fattura n\u00e8 ricevuta\n" + text).getBytes(ISO_8859_1));
    // UTF-16 with a byte order mark.
    write(
        "hostile/Utf16.java",
        ("\uFEFF" + text).getBytes(java.nio.charset.StandardCharsets.UTF_16BE));
    Random random = new Random(7L);
    byte[] noise = new byte[64 * 1024];
    random.nextBytes(noise);
    write("hostile/Noise.java", noise);
    byte[] classFile;
    try (InputStream in = Object.class.getResourceAsStream("Object.class")) {
      classFile = in.readAllBytes();
    }
    write("hostile/Object.java", classFile);
    // Valid UTF-8, after an import that makes the file one the checks look at: NUL and other
    // control characters.
    byte[] header = "import okhttp3.Response;\n".getBytes(UTF_8);
    write("hostile/Zeros.java", Arrays.copyOf(header, header.length + 8192));
    byte[] controls = Arrays.copyOf(header, header.length + 4096);
    for (int i = header.length; i < controls.length; i++) {
      controls[i] = (byte) (i % 32);
    }
    write("hostile/Controls.java", controls);
    write("hostile/Empty.java", new byte[0]);
    // A file that names no HTTP client cannot have a finding: it is not parsed, so its syntax
    // errors are not reported.
    write("hostile/UnrelatedBroken.java", "class UnrelatedBroken {\n  void f( {\n".getBytes(UTF_8));
    Map<String, String> errors = scanNextToCorpus(8);
    assertThat(errors.get("hostile/Latin1.java")).isEqualTo("not valid UTF-8 (byte offset 12)");
    assertThat(errors.get("hostile/Utf16.java")).startsWith("not valid UTF-8");
    assertThat(errors.get("hostile/Noise.java")).startsWith("not valid UTF-8");
    assertThat(errors.get("hostile/Object.java")).startsWith("not valid UTF-8");
    assertThat(errors.get("hostile/Zeros.java"))
        .startsWith("does not parse: Lexical error at line 2, column 1.");
    assertThat(errors.get("hostile/Controls.java"))
        .startsWith("does not parse: Lexical error at line 2, column 1.");
    assertThat(errors)
        .doesNotContainKey("hostile/Empty.java"); // an empty compilation unit is valid Java
    assertThat(errors).doesNotContainKey("hostile/UnrelatedBroken.java");
  }

  @Test
  @Timeout(60)
  void symbolicLinkLoops() throws IOException {
    Path hostile = Files.createDirectories(dir.resolve("hostile/a/b"));
    try {
      Files.createSymbolicLink(hostile.resolve("up"), Path.of("../.."));
      Files.createSymbolicLink(dir.resolve("hostile/Self.java"), Path.of("Self.java"));
      Files.createSymbolicLink(dir.resolve("hostile/Ping.java"), Path.of("Pong.java"));
      Files.createSymbolicLink(dir.resolve("hostile/Pong.java"), Path.of("Ping.java"));
      Files.createSymbolicLink(dir.resolve("hostile/Dangling.java"), Path.of("Missing.java"));
    } catch (UnsupportedOperationException | IOException e) {
      Assumptions.abort("symbolic links are not supported here: " + e);
    }
    write("hostile/a/b/Fine.java", "class Fine {}\n");
    Map<String, String> errors =
        scanNextToCorpus(1); // links that lead nowhere are errors, not files
    assertThat(errors)
        .containsExactly(
            "hostile/Dangling.java",
                "cannot read: broken symbolic link (no such file or directory)",
            "hostile/Ping.java", "cannot read: symbolic link loop",
            "hostile/Pong.java", "cannot read: symbolic link loop",
            "hostile/Self.java", "cannot read: symbolic link loop");
    // Named on the command line, the loop is reported too, not skipped in silence.
    CliRun.Result named = cli().run("scan", "hostile/Self.java", "hostile/a/b/up");
    assertThat(named.err).contains("hostile/Self.java: error: cannot read: symbolic link loop\n");
    assertThat(named.exitCode).isEqualTo(2); // nothing could be analysed
  }

  @Test
  @Timeout(60)
  void unreadableFileAndDirectory() throws IOException {
    Path file = write("hostile/Locked.java", "class Locked {}\n");
    Path folder = Files.createDirectories(dir.resolve("hostile/locked"));
    write("hostile/locked/Inside.java", "class Inside {}\n");
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("---------"));
    } catch (UnsupportedOperationException e) {
      Assumptions.abort("no POSIX permissions here");
    }
    try {
      Assumptions.assumeFalse(
          Files.isReadable(file),
          "chmod 000 does not stop this user (root) from reading; nothing to test");
      Map<String, String> errors = scanNextToCorpus(1);
      assertThat(errors)
          .containsExactly(
              "hostile/Locked.java", "cannot read: permission denied",
              "hostile/locked", "cannot read: permission denied");
    } finally {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
  }

  @Test
  void emptyDirectory() throws IOException {
    Files.createDirectories(dir.resolve("empty"));
    CliRun.Result r = cli().run("scan", "empty");
    assertThat(r.exitCode).isEqualTo(0);
    assertThat(r.out()).isEmpty();
    assertThat(r.err).isEqualTo("faultline: no findings in 0 files\n");
    CliRun.Result sarif = cli().run("scan", "--format", "sarif", "empty");
    assertThat(sarif.exitCode).isEqualTo(0);
    assertThat(sarif.out()).contains("\"executionSuccessful\": true");
  }
}
