package dev.faultline.scanner.cli;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.faultline.analysis.contract.Contracts;
import dev.faultline.analysis.rules.CheckInfo;
import dev.faultline.scanner.report.SarifSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line end to end, on files in a temporary directory, with {@link FakeAnalyzer} as the
 * front end.
 */
class ScanCommandTest {
  private static final String RETRY = CheckInfo.RETRY_AFTER_IGNORED.checkName();
  private static final String PERMANENT = CheckInfo.NON_RETRYABLE_ERROR_RETRIED.checkName();

  @TempDir Path dir;

  private CliRun cli() {
    return new CliRun(dir);
  }

  private Path write(String path, String content) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, UTF_8);
    return file;
  }

  private void twoFindings() throws IOException {
    write(
        "src/com/acme/Sync.java",
        "class Sync {\n  void f() {\n    Thread.sleep(1000); // fake-finding: "
            + RETRY
            + " wait for Retry-After\n"
            + "    send(); // fake-finding: "
            + PERMANENT
            + " 404 is permanent\n  }\n}\n");
    write("src/com/acme/Clean.java", "class Clean {}\n");
  }

  // --- the project's other files

  @Test
  void scannedFilesAndSourcePathAreTheFilesAnalysesMayRead() throws IOException {
    twoFindings();
    write("lib/com/acme/RetrySettings.java", "package com.acme;\nclass RetrySettings {}\n");
    write("more/com/acme/Codes.java", "package com.acme;\ninterface Codes {}\n");
    CliRun run = cli();
    run.run("scan", "--source-path", "lib" + java.io.File.pathSeparator + "more", "src");
    List<String> files =
        run.configs().get(0).projectFiles().stream()
            .map(p -> dir.relativize(p).toString().replace('\\', '/'))
            .sorted()
            .toList();
    assertThat(files)
        .containsExactly(
            "lib/com/acme/RetrySettings.java",
            "more/com/acme/Codes.java",
            "src/com/acme/Clean.java",
            "src/com/acme/Sync.java");
    assertThat(cli().run("scan", "src").exitCode)
        .isEqualTo(1); // source path files are not reported
  }

  // --- text output, thresholds and severities

  @Test
  void textFormatPrintsOneLinePerFindingAndASummary() throws IOException {
    twoFindings();
    CliRun.Result r = cli().run("scan", "src");
    assertThat(r.exitCode).isEqualTo(1);
    assertThat(r.out())
        .isEqualTo(
            "src/com/acme/Sync.java:3:5: warning: ["
                + RETRY
                + "] "
                + RETRY
                + " on \"Thread.sleep(1000);\": wait for Retry-After\n"
                + "src/com/acme/Sync.java:4:5: warning: ["
                + PERMANENT
                + "] "
                + PERMANENT
                + " on \"send();\": 404 is permanent\n");
    assertThat(r.err).isEqualTo("faultline: 2 findings (0 errors, 2 warnings) in 2 files\n");
  }

  @Test
  void failOnThresholds() throws IOException {
    twoFindings();
    assertThat(cli().run("scan", "--fail-on", "never", "src").exitCode).isEqualTo(0);
    assertThat(cli().run("scan", "--fail-on", "error", "src").exitCode).isEqualTo(0);
    assertThat(
            cli().run("scan", "--fail-on", "ERROR", "--severity", RETRY + "=ERROR", "src").exitCode)
        .isEqualTo(1);
    assertThat(cli().run("scan", "--fail-on", "warning", "src").exitCode).isEqualTo(1);
  }

  @Test
  void severityOverrideShowsInEveryFormat() throws IOException {
    twoFindings();
    CliRun.Result r = cli().run("scan", "--severity", RETRY + "=error", "src");
    assertThat(r.out()).contains("Sync.java:3:5: error: [" + RETRY + "]");
    assertThat(r.err).contains("(1 error, 1 warning)");
    CliRun.Result github =
        cli().run("scan", "--format", "github", "--severity", RETRY + "=ERROR", "src");
    assertThat(github.out())
        .startsWith("::error file=src/com/acme/Sync.java,line=3,col=5,title=" + RETRY + "::");
  }

  @Test
  void severityOffAndDisableDropTheCheck() throws IOException {
    twoFindings();
    CliRun.Result off = cli().run("scan", "--severity", RETRY + "=OFF", "src");
    assertThat(off.out()).doesNotContain(RETRY);
    assertThat(off.out()).contains(PERMANENT);
    CliRun run = cli();
    CliRun.Result disabled = run.run("scan", "--disable", PERMANENT, "src");
    assertThat(disabled.out()).doesNotContain(PERMANENT);
    assertThat(run.configs().get(0).enabledChecks())
        .doesNotContain(CheckInfo.NON_RETRYABLE_ERROR_RETRIED);
  }

  @Test
  void enableRunsOnlyTheNamedChecks() throws IOException {
    twoFindings();
    CliRun run = cli();
    CliRun.Result r = run.run("scan", "--enable", RETRY, "src");
    assertThat(run.configs().get(0).enabledChecks()).containsExactly(CheckInfo.RETRY_AFTER_IGNORED);
    assertThat(r.out()).doesNotContain(PERMANENT);
    assertThat(r.out()).contains(RETRY);
  }

  @Test
  void findingsOfChecksThatAreNotEnabledAreDroppedEvenIfTheAnalyzerReportsThem()
      throws IOException {
    twoFindings();
    CliRun.Result r =
        cli()
            .analyzers(
                config ->
                    new FakeAnalyzer(
                        new AnalyzerConfig(
                            Set.copyOf(CheckInfo.all()), config.contract(), List.of())))
            .run("scan", "--disable", RETRY, "src");
    assertThat(r.out()).doesNotContain(RETRY);
  }

  // --- usage errors

  @Test
  void unknownCheckNamesTheValidOnes() throws IOException {
    twoFindings();
    for (String option : List.of("--enable", "--disable")) {
      CliRun.Result r = cli().run("scan", option, "RetryAfterIgnord", "src");
      assertThat(r.exitCode).isEqualTo(2);
      assertThat(r.err).contains("unknown check 'RetryAfterIgnord'; valid checks are ");
      assertThat(r.err).contains(RETRY);
      assertThat(r.err).contains(PERMANENT);
      assertThat(r.out()).isEmpty();
    }
    CliRun.Result severity = cli().run("scan", "--severity", "Nope=ERROR", "src");
    assertThat(severity.exitCode).isEqualTo(2);
    assertThat(severity.err).contains("--severity: unknown check 'Nope'");
  }

  @Test
  void wrongValuesNameTheValidOnes() throws IOException {
    twoFindings();
    CliRun.Result format = cli().run("scan", "--format", "xml", "src");
    assertThat(format.exitCode).isEqualTo(2);
    assertThat(format.err)
        .contains(
            "Invalid value for option '--format': 'xml' is not a format; valid values: text, sarif, checkstyle,"
                + " github");
    CliRun.Result failOn = cli().run("scan", "--fail-on", "info", "src");
    assertThat(failOn.exitCode).isEqualTo(2);
    assertThat(failOn.err).contains("valid values: error, warning, never");
    CliRun.Result level = cli().run("scan", "--severity", RETRY + "=FATAL", "src");
    assertThat(level.exitCode).isEqualTo(2);
    assertThat(level.err).contains("valid levels are ERROR, WARNING, OFF");
    CliRun.Result profile = cli().run("scan", "--profiles", "stripe", "src");
    assertThat(profile.exitCode).isEqualTo(2);
    assertThat(profile.err)
        .contains(
            "unknown API profile 'stripe'; built-in profiles are fatture-in-cloud, invoicexml");
    CliRun.Result size = cli().run("scan", "--max-file-size", "ten", "src");
    assertThat(size.exitCode).isEqualTo(2);
    assertThat(size.err).contains("'ten' is not a size");
    CliRun.Result timeout = cli().run("scan", "--file-timeout", "soon", "src");
    assertThat(timeout.exitCode).isEqualTo(2);
    assertThat(timeout.err).contains("'soon' is not a duration");
    CliRun.Result jobs = cli().run("scan", "--jobs", "0", "src");
    assertThat(jobs.exitCode).isEqualTo(2);
    assertThat(jobs.err).contains("--jobs must be at least 1");
    CliRun.Result uri = cli().run("scan", "--help-uri-base", "docs/checks/", "src");
    assertThat(uri.exitCode).isEqualTo(2);
    assertThat(uri.err).contains("not an absolute URI");
  }

  @Test
  void misspelledOptionSuggestsTheRightOne() {
    CliRun.Result r = cli().run("scan", "--formt", "sarif", ".");
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err).contains("Unknown option: '--formt'");
    assertThat(r.err).contains("--format");
    assertThat(r.err).contains("Try 'faultline scan --help'");
    assertThat(r.err).doesNotContain("Exception");
  }

  @Test
  void noPathsIsAUsageError() {
    CliRun.Result r = cli().run("scan");
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err).contains("no paths to scan");
  }

  @Test
  void noCommandIsAUsageError() {
    CliRun.Result r = cli().run();
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err).contains("missing command: scan");
  }

  @Test
  void versionAndHelp() {
    CliRun.Result version = cli().run("--version");
    assertThat(version.exitCode).isEqualTo(0);
    assertThat(version.out()).startsWith("faultline ");
    CliRun.Result help = cli().run("--help");
    assertThat(help.exitCode).isEqualTo(0);
    assertThat(help.out()).contains("scan");
    CliRun.Result scanHelp = cli().run("scan", "--help");
    assertThat(scanHelp.exitCode).isEqualTo(0);
    for (String option :
        List.of(
            "--files-from",
            "--format",
            "--output",
            "--fail-on",
            "--fail-on-file-error",
            "--severity",
            "--enable",
            "--disable",
            "--profiles",
            "--profile-file",
            "--classpath",
            "--baseline",
            "--write-baseline",
            "--root",
            "--help-uri-base",
            "--jobs",
            "--max-file-size",
            "--file-timeout",
            "--list-checks",
            "--version",
            "--help")) {
      assertThat(scanHelp.out()).contains(option);
    }
    assertThat(scanHelp.out()).contains("text, sarif, checkstyle, github");
    assertThat(scanHelp.out()).contains("Exit codes:");
  }

  @Test
  void listChecksShowsEveryCheckWithItsSeverity() {
    CliRun.Result r =
        cli()
            .run(
                "scan",
                "--list-checks",
                "--severity",
                RETRY + "=ERROR",
                "--disable",
                PERMANENT,
                "--help-uri-base",
                "https://example.com/checks/");
    assertThat(r.exitCode).isEqualTo(0);
    for (CheckInfo check : CheckInfo.all()) {
      assertThat(r.out()).contains(check.checkName());
      assertThat(r.out()).contains(check.summary());
      assertThat(r.out()).contains("https://example.com/checks/" + check.checkName() + ".md");
    }
    assertThat(r.out()).containsMatch(RETRY + " +error ");
    assertThat(r.out()).containsMatch(PERMANENT + " +off ");
  }

  // --- analyzer configuration

  @Test
  void profilesClassPathAndChecksReachTheAnalyzer() throws IOException {
    twoFindings();
    Path profile =
        write(
            "my-api.json",
            "{\"name\": \"my-api\", \"title\": \"My API\", \"permanentStatuses\": [418]}");
    CliRun run = cli();
    CliRun.Result r =
        run.run(
            "scan",
            "--profiles",
            "invoicexml",
            "--profile-file",
            "my-api.json",
            "--classpath",
            "lib/a.jar" + java.io.File.pathSeparator + "lib/b.jar",
            "--classpath",
            "classes",
            "src");
    assertThat(r.exitCode).isEqualTo(1);
    AnalyzerConfig config = run.configs().get(0);
    assertThat(config.enabledChecks()).containsExactlyElementsIn(CheckInfo.all());
    assertThat(config.contract())
        .isEqualTo(Contracts.select(List.of(Contracts.INVOICEXML), List.of(profile)));
    assertThat(config.classPath())
        .containsExactly(dir.resolve("lib/a.jar"), dir.resolve("lib/b.jar"), dir.resolve("classes"))
        .inOrder();
  }

  @Test
  void defaultContractIsEveryBuiltInProfile() throws IOException {
    twoFindings();
    CliRun run = cli();
    run.run("scan", "src");
    assertThat(run.configs().get(0).contract()).isEqualTo(Contracts.defaults());
    assertThat(run.configs().get(0).classPath()).isEmpty();
  }

  @Test
  void unreadableProfileFileIsAnError() throws IOException {
    twoFindings();
    CliRun.Result r = cli().run("scan", "--profile-file", "missing.json", "src");
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err).contains("cannot read API profile");
  }

  @Test
  void theRealFactoryRunsTheJavaParserFrontEnd() throws IOException {
    write(
        "src/com/acme/Fetch.java",
        "package com.acme;\n"
            + "import java.net.URI;\n"
            + "import java.net.http.HttpClient;\n"
            + "import java.net.http.HttpRequest;\n"
            + "import java.net.http.HttpResponse;\n"
            + "class Fetch {\n"
            + "  private final HttpClient http = HttpClient.newHttpClient();\n"
            + "  String fetch(URI uri) throws Exception {\n"
            + "    while (true) {\n"
            + "      HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).build(),"
            + " HttpResponse.BodyHandlers.ofString());\n"
            + "      if (r.statusCode() != 429) {\n"
            + "        return r.body();\n"
            + "      }\n"
            + "      Thread.sleep(1000);\n"
            + "    }\n"
            + "  }\n"
            + "}\n");
    CliRun.Result r = cli().analyzers(Analyzers::create).run("scan", "src");
    assertThat(r.exitCode).isEqualTo(1);
    assertThat(r.out()).contains("src/com/acme/Fetch.java:14:");
    assertThat(r.out()).contains("[RetryAfterIgnored]");
  }

  @Test
  void analyzerThatCannotStartIsAnError() throws IOException {
    twoFindings();
    CliRun.Result r =
        cli()
            .analyzers(
                config -> {
                  throw new IllegalStateException("symbol solver cannot open lib/x.jar");
                })
            .run("scan", "src");
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err).contains("cannot start the analyzer: symbol solver cannot open lib/x.jar");
  }

  // --- output

  @Test
  void outputGoesToAFileCreatingItsDirectory() throws IOException {
    twoFindings();
    CliRun.Result r =
        cli().run("scan", "--format", "sarif", "--output", "reports/out/faultline.sarif", "src");
    assertThat(r.exitCode).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    String sarif = Files.readString(dir.resolve("reports/out/faultline.sarif"), UTF_8);
    assertThat(SarifSchema.errors(sarif)).isEmpty();
    assertThat(sarif).contains("\"uri\": \"src/com/acme/Sync.java\"");
    assertThat(sarif).contains("\"uri\": \"" + dir.toUri().toASCIIString());
    assertThat(r.err).contains("2 findings");
  }

  @Test
  void sarifRulesHaveAHelpUriOnlyFromHelpUriBase() throws IOException {
    twoFindings();
    String plain = cli().run("scan", "--format", "sarif", "src").out();
    assertThat(SarifSchema.errors(plain)).isEmpty();
    assertThat(plain).doesNotContain("helpUri");
    // Rule ids are the check names, and locations are relative to the scan root.
    assertThat(plain).contains("\"id\": \"" + RETRY + "\"");
    assertThat(plain).contains("\"ruleId\": \"" + RETRY + "\"");
    assertThat(plain).contains("\"uri\": \"src/com/acme/Sync.java\",\n");
    assertThat(plain).contains("\"uriBaseId\": \"%SRCROOT%\"");
    String mirror =
        cli()
            .run(
                "scan",
                "--format",
                "sarif",
                "--help-uri-base",
                "https://git.example.com/mirror/faultline/-/blob/main/docs/checks/",
                "src")
            .out();
    assertThat(SarifSchema.errors(mirror)).isEmpty();
    assertThat(mirror)
        .contains(
            "\"helpUri\": \"https://git.example.com/mirror/faultline/-/blob/main/docs/checks/"
                + RETRY
                + ".md\"");
  }

  @Test
  void unwritableOutputIsAnError() throws IOException {
    twoFindings();
    write("blocker", "a file where a directory should be");
    CliRun.Result r = cli().run("scan", "--output", "blocker/out.txt", "src");
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err).contains("faultline: error: cannot write the report to blocker/out.txt");
  }

  @Test
  void reportPathsAreRelativeToTheRoot() throws IOException {
    twoFindings();
    CliRun.Result r = cli().run("scan", "--root", "src/com", "src");
    assertThat(r.out()).startsWith("acme/Sync.java:3:5:");
    CliRun.Result outside = cli().run("scan", "--root", "src/com/acme/other", "src");
    assertThat(outside.exitCode).isEqualTo(2);
    assertThat(outside.err).contains("not a directory");
    Files.createDirectories(dir.resolve("elsewhere"));
    CliRun.Result absolute = cli().run("scan", "--root", "elsewhere", "src");
    assertThat(absolute.out())
        .startsWith(dir.resolve("src/com/acme/Sync.java").toString().replace('\\', '/') + ":3:5:");
  }
}
