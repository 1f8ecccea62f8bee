package dev.faultline.scanner.cli;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faultline.analysis.rules.CheckInfo;
import dev.faultline.scanner.report.Json;
import dev.faultline.scanner.report.SarifSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that cannot be analysed is reported and the scan goes on; nothing ends in a stack trace.
 */
class RobustnessTest {
  private static final String RETRY = CheckInfo.RETRY_AFTER_IGNORED.checkName();

  @TempDir Path dir;

  private Path write(String path, String content) throws IOException {
    return write(path, content.getBytes(UTF_8));
  }

  private Path write(String path, byte[] content) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, content);
    return file;
  }

  private void good() throws IOException {
    write(
        "src/Good.java",
        "class Good {\n  void f() { retry(); } // fake-finding: " + RETRY + " msg\n}\n");
  }

  @Test
  @Timeout(60)
  void everyKindOfBadFileIsReportedAndTheScanGoesOn() throws IOException {
    good();
    write("src/Latin1.java", new byte[] {'c', 'l', 'a', 's', 's', ' ', (byte) 0xE8, ' ', '{', '}'});
    write("src/Big.java", "class Big {}\n" + "// padding\n".repeat(200));
    write("src/Unparseable.java", "class { // fake-unparseable\n");
    write("src/Crash.java", "class Crash {} // fake-crash\n");
    write("src/Deep.java", "class Deep {} // fake-deep\n");
    write("src/Hang.java", "class Hang {} // fake-hang\n");

    CliRun.Result r =
        new CliRun(dir)
            .run("scan", "--max-file-size", "1KB", "--file-timeout", "300ms", "--jobs", "2", "src");

    assertThat(r.exitCode)
        .isEqualTo(1); // the good file's finding; file errors do not change the code
    assertThat(r.out()).startsWith("src/Good.java:2:3: warning: [" + RETRY + "]");
    assertThat(r.err)
        .isEqualTo(
            "src/Big.java: error: file is larger than the limit of 1 KB (--max-file-size)\n"
                + "src/Crash.java: error: internal error in the analyzer (IllegalStateException: boom); please report"
                + " it\n"
                + "src/Deep.java: error: nests too deep to analyse (stack overflow)\n"
                + "src/Hang.java: error: analysis did not finish within 300 ms (--file-timeout)\n"
                + "src/Latin1.java: error: not valid UTF-8 (byte offset 6)\n"
                + "src/Unparseable.java: error: does not parse: line 1: unexpected token\n"
                + "faultline: 1 finding (0 errors, 1 warning) in 7 files; 6 files were not analysed\n");
    assertThat(r.err).doesNotContain("\tat ");
  }

  @Test
  @Timeout(60)
  void anErrorThrownByTheAnalysisIsTheFilesErrorAndTheScanGoesOn() throws IOException {
    good();
    write("src/Linkage.java", "class Linkage {} // fake-linkage\n");
    write("src/Thrown.java", "class Thrown {} // fake-error\n");
    for (String jobs : List.of("1", "2")) {
      CliRun.Result r = new CliRun(dir).run("scan", "--jobs", jobs, "src");
      assertThat(r.exitCode).isEqualTo(1);
      assertThat(r.out()).startsWith("src/Good.java:2:3: warning: [" + RETRY + "]");
      assertThat(r.err)
          .isEqualTo(
              "src/Linkage.java: error: internal error in the analyzer (NoSuchMethodError:"
                  + " 'void Library.removedMethod()'); please report it\n"
                  + "src/Thrown.java: error: internal error in the analyzer (Error: thrown by the"
                  + " analysis); please report it\n"
                  + "faultline: 1 finding (0 errors, 1 warning) in 3 files; 2 files were not"
                  + " analysed\n");
    }
  }

  @Test
  void fileErrorsAreToolExecutionNotificationsInSarif() throws IOException {
    good();
    write("src/Unparseable.java", "class { // fake-unparseable\n");
    CliRun.Result r = new CliRun(dir).run("scan", "--format", "sarif", "src");
    assertThat(SarifSchema.errors(r.out())).isEmpty();
    JsonNode invocation =
        Json.MAPPER.readTree(r.out()).get("runs").get(0).get("invocations").get(0);
    assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
    JsonNode notification = invocation.get("toolExecutionNotifications").get(0);
    assertThat(notification.get("level").asText()).isEqualTo("error");
    assertThat(notification.get("message").get("text").asText())
        .isEqualTo("src/Unparseable.java: does not parse: line 1: unexpected token");
    assertThat(
            notification
                .get("locations")
                .get(0)
                .get("physicalLocation")
                .get("artifactLocation")
                .get("uri")
                .asText())
        .isEqualTo("src/Unparseable.java");
  }

  @Test
  void fileErrorsAreAnnotationsAndCheckstyleErrorsToo() throws IOException {
    good();
    write("src/Unparseable.java", "class { // fake-unparseable\n");
    assertThat(new CliRun(dir).run("scan", "--format", "github", "src").out())
        .contains(
            "::error file=src/Unparseable.java,title=Faultline::not analysed: does not parse%3A line 1%3A"
                .replace("%3A", ":"));
    assertThat(new CliRun(dir).run("scan", "--format", "checkstyle", "src").out())
        .contains(
            "<file name=\"src/Unparseable.java\">\n<error line=\"1\" severity=\"error\" message=\"not analysed: does"
                + " not parse: line 1: unexpected token\" source=\"dev.faultline.scanner\"/>");
  }

  @Test
  void noFileAnalysedIsExitCode2() throws IOException {
    write("src/Unparseable.java", "class { // fake-unparseable\n");
    CliRun.Result r = new CliRun(dir).run("scan", "src");
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err).contains("1 file was not analysed");
  }

  @Test
  void failOnFileErrorMakesAnyFileErrorExitCode2() throws IOException {
    good();
    write("src/Unparseable.java", "class { // fake-unparseable\n");
    assertThat(new CliRun(dir).run("scan", "--fail-on", "never", "src").exitCode).isEqualTo(0);
    assertThat(
            new CliRun(dir)
                .run("scan", "--fail-on", "never", "--fail-on-file-error", "src")
                .exitCode)
        .isEqualTo(2);
    // 2 wins over 1
    assertThat(new CliRun(dir).run("scan", "--fail-on-file-error", "src").exitCode).isEqualTo(2);
  }

  @Test
  void unexpectedExceptionInTheCommandIsAnErrorNotAStackTrace() throws IOException {
    good();
    CliRun.Result r =
        new CliRun(dir)
            .analyzers(
                config ->
                    (path, source) -> {
                      throw new NullPointerException("oops");
                    })
            .run("scan", "src");
    assertThat(r.err)
        .contains(
            "src/Good.java: error: internal error in the analyzer (NullPointerException: oops)");
    assertThat(r.err).doesNotContain("\tat ");
    assertThat(r.exitCode).isEqualTo(2);
  }

  @Test
  void findingsOutsideTheFileStillMakeValidSarif() throws IOException {
    good();
    CliRun.Result r =
        new CliRun(dir)
            .analyzers(
                config ->
                    (path, source) ->
                        List.of(
                            new dev.faultline.scanner.ReportedFinding(path, 0, -3, RETRY, null)))
            .run("scan", "--format", "sarif", "src");
    assertThat(SarifSchema.errors(r.out())).isEmpty();
    assertThat(r.out()).contains("\"startLine\": 1");
  }

  @Test
  void byteOrderMarkIsDropped() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = ("// fake-finding: " + RETRY + " x\n").getBytes(UTF_8);
    byte[] content = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, content, 0, bom.length);
    System.arraycopy(body, 0, content, bom.length, body.length);
    write("src/Bom.java", content);
    assertThat(new CliRun(dir).run("scan", "src").out()).startsWith("src/Bom.java:1:1:");
  }

  @Test
  void decodesStrictly() throws Exception {
    assertThat(SourceReader.decode("caf\u00e8 \uD83D\uDE00".getBytes(UTF_8)))
        .isEqualTo("caf\u00e8 \uD83D\uDE00");
    List<byte[]> bad = new ArrayList<>();
    bad.add(new byte[] {'a', (byte) 0xC3}); // truncated sequence at the end
    bad.add(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}); // encoded surrogate
    bad.add(new byte[] {(byte) 0xC0, (byte) 0x80}); // overlong NUL
    for (byte[] bytes : bad) {
      Exception e =
          org.junit.jupiter.api.Assertions.assertThrows(
              Exception.class, () -> SourceReader.decode(bytes));
      assertThat(e).hasMessageThat().startsWith("not valid UTF-8");
    }
  }
}
