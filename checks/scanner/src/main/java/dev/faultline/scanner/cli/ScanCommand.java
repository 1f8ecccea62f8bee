package dev.faultline.scanner.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.faultline.analysis.contract.ApiContract;
import dev.faultline.analysis.contract.Contracts;
import dev.faultline.analysis.rules.CheckInfo;
import dev.faultline.scanner.ReportedFinding;
import dev.faultline.scanner.SourceAnalyzer;
import dev.faultline.scanner.baseline.Baseline;
import dev.faultline.scanner.cli.OptionConverters.DurationConverter;
import dev.faultline.scanner.cli.OptionConverters.FailOnCandidates;
import dev.faultline.scanner.cli.OptionConverters.FailOnConverter;
import dev.faultline.scanner.cli.OptionConverters.FormatCandidates;
import dev.faultline.scanner.cli.OptionConverters.FormatConverter;
import dev.faultline.scanner.cli.OptionConverters.SizeConverter;
import dev.faultline.scanner.cli.ScanEngine.FileOutcome;
import dev.faultline.scanner.report.FileError;
import dev.faultline.scanner.report.ReportFormat;
import dev.faultline.scanner.report.ReportedRule;
import dev.faultline.scanner.report.ScanFinding;
import dev.faultline.scanner.report.ScanReport;
import dev.faultline.scanner.report.Severity;
import dev.faultline.scanner.report.TerminalText;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code faultline scan}: runs the checks on source files and reports the findings.
 *
 * <p>Exit codes: 0 when no reported finding is at or above the {@code --fail-on} threshold; 1 when
 * one is; 2 for a usage error (a wrong option or value, an unknown check or profile), an I/O error
 * (an unreadable baseline, profile or {@code --files-from} list, an unwritable output), or a scan
 * that could analyse none of its files, or a {@code --changed-since} or {@code --diff} that cannot
 * be read (not a git repository, an unknown revision, a malformed diff). A file that cannot be
 * analysed is reported and does not change the exit code otherwise, unless {@code
 * --fail-on-file-error} is given; exit code 2 wins over 1.
 */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Runs Faultline's checks on Java source files, without a build, and reports what it finds.",
      "PATHS are files and directories. Directories are searched recursively for Java files (skipping target/,"
          + " build/ and .git/). Report paths are relative to --root."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no finding at or above the --fail-on threshold",
      "1:findings at or above the --fail-on threshold",
      "2:usage error, I/O error, no file could be analysed, or (with --fail-on-file-error) any file not analysed"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  faultline scan src/main/java",
      "  faultline scan --format sarif --output faultline.sarif --fail-on never .",
      "  git diff --cached --name-only -- '*.java' | faultline scan --files-from -",
      "  faultline scan --changed-since origin/main --source-path src/main/java",
      "  git diff --cached | faultline scan --diff -",
      "  faultline scan --cache .faultline-cache src/main/java",
      "See docs/scanner.md for every option, the formats and the baseline workflow."
    })
final class ScanCommand implements Callable<Integer> {
  static final long DEFAULT_MAX_FILE_SIZE = 10L * 1024 * 1024;

  private final CliEnvironment env;

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "PATHS",
      arity = "0..*",
      description = "Java files and directories to scan.")
  List<String> paths = new ArrayList<>();

  @Option(
      names = "--files-from",
      paramLabel = "FILE",
      description =
          "Also scan the files listed in FILE, one path per line ('-' reads standard input), e.g. a pull request's"
              + " changed files. Blank lines and files that are not *.java are skipped; a missing file is reported.")
  @Nullable String filesFrom;

  @Option(
      names = "--changed-since",
      paramLabel = "REF",
      description =
          "Report only findings on the lines that 'git diff REF' adds or modifies, and scan only the files it"
              + " changes (among PATHS, if given). Paths are relative to the top of the git work tree.")
  @Nullable String changedSince;

  @Option(
      names = "--diff",
      paramLabel = "FILE",
      description =
          "Report only findings on the lines that this unified diff adds or modifies ('-' reads standard input),"
              + " and scan only the files it changes (among PATHS, if given). Its paths are relative to --diff-root.")
  @Nullable String diff;

  @Option(
      names = "--diff-root",
      paramLabel = "DIR",
      description =
          "The directory the paths in the --diff file are relative to (default: the current directory).")
  @Nullable String diffRoot;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = FormatConverter.class,
      completionCandidates = FormatCandidates.class,
      defaultValue = "text",
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ReportFormat format = ReportFormat.TEXT;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE (default: standard output).")
  @Nullable String output;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      converter = FailOnConverter.class,
      completionCandidates = FailOnCandidates.class,
      defaultValue = "warning",
      description =
          "Exit with 1 when a finding is at or above LEVEL: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  FailOn failOn = FailOn.WARNING;

  @Option(
      names = "--fail-on-file-error",
      description =
          "Exit with 2 when any file could not be analysed (default: only when none could).")
  boolean failOnFileError;

  @Option(
      names = "--severity",
      paramLabel = "NAME=LEVEL",
      description =
          "Set a check's severity: ERROR, WARNING or OFF, as Error Prone's -Xep:NAME:LEVEL. Every check is a WARNING"
              + " by default. Repeatable.")
  Map<String, String> severities = new LinkedHashMap<>();

  @Option(
      names = "--enable",
      paramLabel = "NAME",
      description =
          "Run only the checks named (repeatable; default: every check). See --list-checks.")
  List<String> enable = new ArrayList<>();

  @Option(
      names = "--disable",
      paramLabel = "NAME",
      description = "Do not run this check (repeatable).")
  List<String> disable = new ArrayList<>();

  @Option(
      names = "--profiles",
      paramLabel = "NAME",
      split = ",",
      description =
          "The built-in API profiles to judge against, comma-separated: fatture-in-cloud, invoicexml (default: all),"
              + " as -XepOpt:Faultline:Profiles.")
  List<String> profiles = new ArrayList<>();

  @Option(
      names = "--profile-file",
      paramLabel = "FILE",
      description =
          "An API profile of your own (JSON), as -XepOpt:Faultline:ProfileFiles. Repeatable.")
  List<String> profileFiles = new ArrayList<>();

  @Option(
      names = {"--classpath", "-cp"},
      paramLabel = "PATH",
      description =
          "Jars and class directories for resolving types, separated by '${sys:path.separator}' (repeatable).")
  List<String> classPath = new ArrayList<>();

  @Option(
      names = "--source-path",
      paramLabel = "PATH",
      description =
          "Source folders whose classes the scanned files use (status sets, constants, supertypes declared there),"
              + " separated by '${sys:path.separator}' (repeatable). They are read, not reported on; the scanned"
              + " files are always read for each other.")
  List<String> sourcePath = new ArrayList<>();

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description = "Do not report findings whose fingerprint is in this baseline file.")
  @Nullable String baseline;

  @Option(
      names = "--write-baseline",
      paramLabel = "FILE",
      description = "Write the fingerprints of every current finding to FILE and exit with 0.")
  @Nullable String writeBaseline;

  @Option(
      names = "--root",
      paramLabel = "DIR",
      description =
          "The directory report paths, SARIF URIs and baseline fingerprints are relative to (default: the current"
              + " directory).")
  @Nullable String root;

  @Option(
      names = "--help-uri-base",
      paramLabel = "URI",
      description =
          "Absolute URI that check pages are found under: a check's page is URI + NAME.md, the SARIF rules' helpUri"
              + " (default: none, and SARIF rules have no helpUri).")
  @Nullable String helpUriBase;

  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "N",
      description = "Analyse N files at a time (default: the number of processors).")
  @Nullable Integer jobs;

  @Option(
      names = "--max-file-size",
      paramLabel = "SIZE",
      converter = SizeConverter.class,
      defaultValue = "10MB",
      description =
          "Skip (and report) files larger than SIZE, e.g. 512KB, 10MB (default: ${DEFAULT-VALUE}).")
  long maxFileSize = DEFAULT_MAX_FILE_SIZE;

  @Option(
      names = "--file-timeout",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      defaultValue = "30s",
      description =
          "Give up on (and report) a file whose analysis takes longer, e.g. 30s, 2m (default: ${DEFAULT-VALUE}).")
  Duration fileTimeout = Duration.ofSeconds(30);

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description =
          "Keep each file's findings in DIR (created if missing) and reuse them on later scans while the file,"
              + " the other files its analysis read and the options that change the analysis are unchanged, so"
              + " that a scan of an unchanged tree is near-instant. Output options, the baseline and"
              + " --changed-since/--diff apply afterwards as usual. Delete DIR to clear it; when DIR cannot be"
              + " written, the scan runs without it.")
  @Nullable String cache;

  @Option(
      names = "--list-checks",
      description = "List the checks, their severities and summaries, and exit.")
  boolean listChecks;

  ScanCommand(CliEnvironment env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    CheckSelection selection = checkSelection();
    @Nullable String docsBase = helpUriBase;
    if (docsBase != null) {
      checkAbsoluteUri(docsBase);
    }
    if (listChecks) {
      listChecks(selection, docsBase);
      return 0;
    }
    checkChangeOptions();
    if (paths.isEmpty() && filesFrom == null && changedSince == null && diff == null) {
      throw usage(
          "no paths to scan: name files or directories, or use --files-from, --changed-since or --diff");
    }
    int threads = threads();
    Path rootDir = rootDirectory();
    ApiContract contract = contract();
    List<Path> classPathEntries = classPathEntries();
    try {
      Set<String> accepted = acceptedFingerprints();
      @Nullable ChangedLines changed = changedLines();
      SourceCollector.Collected collected = collectSources(rootDir, changed);
      List<FileToScan> scanned = changed == null ? collected.files() : inChange(collected, changed);
      AnalyzerConfig config =
          new AnalyzerConfig(
              selection.checks(),
              contract,
              classPathEntries,
              projectFiles(collected.files(), rootDir));
      @Nullable ResultCache results = openCache(rootDir, config);
      List<FileOutcome> outcomes = analyse(scanned, config, threads, results);
      Findings findings = findings(outcomes, selection, collected.errors(), accepted, changed);
      ScanReport report = report(findings, selection, docsBase, rootDir, scanned.size());
      if (writeBaseline != null) {
        writeBaseline(findings.all());
      }
      writeReport(report);
      printSummary(report, findings.all().size());
      if (results != null) {
        env.err()
            .printf(
                Locale.ROOT,
                "faultline: %,d of %,d %s from the cache%n",
                results.hits(),
                scanned.size(),
                scanned.size() == 1 ? "file" : "files");
        env.err().flush();
      }
      return exitCode(findings, report);
    } catch (ScanFailure e) {
      return fail(e.getMessage());
    }
  }

  /**
   * A scan that cannot go on: its message is printed and the exit code is {@link Main#EXIT_ERROR}.
   */
  private static final class ScanFailure extends Exception {
    private static final long serialVersionUID = 1L;

    ScanFailure(String message) {
      super(message);
    }
  }

  /**
   * The findings of a scan: all of them, those the baseline does not accept, and the number of
   * files analysed.
   */
  private record Findings(
      List<ScanFinding> all,
      List<ScanFinding> reported,
      List<FileError> errors,
      int analysed,
      int outsideChanges) {}

  /** --changed-since and --diff: one at a time, and not to write a baseline of part of the code. */
  private void checkChangeOptions() {
    if (changedSince != null && diff != null) {
      throw usage("--changed-since and --diff cannot be used together: give one");
    }
    if (diffRoot != null && diff == null) {
      throw usage("--diff-root needs --diff");
    }
    if (writeBaseline != null && (changedSince != null || diff != null)) {
      throw usage(
          "--write-baseline cannot be used with "
              + (diff != null ? "--diff" : "--changed-since")
              + ": a baseline records every finding, not those of a change");
    }
    if (changedSince != null && (changedSince.isBlank() || changedSince.startsWith("-"))) {
      throw usage(
          "--changed-since: '"
              + changedSince
              + "' is not a git revision (a branch, tag or commit, e.g. origin/main)");
    }
  }

  /** The lines of --changed-since or --diff; null without either. */
  private @Nullable ChangedLines changedLines() throws ScanFailure {
    try {
      if (changedSince != null) {
        return GitDiff.changedSince(env.workingDirectory(), changedSince);
      }
      if (diff == null) {
        return null;
      }
      Path base = diffRoot == null ? env.workingDirectory() : resolve(diffRoot, "--diff-root");
      if (!Files.isDirectory(base)) {
        throw usage("--diff-root " + diffRoot + ": not a directory");
      }
      if (diff.equals("-")) {
        return ChangedLines.parse(new BufferedReader(new InputStreamReader(env.in(), UTF_8)), base);
      }
      try (BufferedReader reader = Files.newBufferedReader(resolve(diff, "--diff"), UTF_8)) {
        return ChangedLines.parse(reader, base);
      }
    } catch (GitDiff.GitException e) {
      throw new ScanFailure("--changed-since " + changedSince + ": " + e.getMessage());
    } catch (ChangedLines.MalformedDiffException e) {
      throw new ScanFailure(
          (diff != null ? "--diff " + diff : "--changed-since " + changedSince)
              + ": not a unified diff: "
              + e.getMessage());
    } catch (IOException e) {
      throw new ScanFailure(
          (diff != null ? "cannot read --diff " + diff : "--changed-since " + changedSince)
              + ": "
              + SourceCollector.describe(e));
    }
  }

  /** The collected files the change adds or modifies lines in. */
  private static List<FileToScan> inChange(
      SourceCollector.Collected collected, ChangedLines changed) {
    return collected.files().stream()
        .filter(f -> changed.touches(ChangedLines.key(f.file())))
        .toList();
  }

  private CheckSelection checkSelection() {
    try {
      return CheckSelection.of(enable, disable, severities);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }

  private int threads() {
    int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
    if (threads < 1) {
      throw usage("--jobs must be at least 1, not " + threads);
    }
    return threads;
  }

  private Path rootDirectory() {
    Path rootDir = root == null ? env.workingDirectory() : resolve(root, "--root");
    if (!Files.isDirectory(rootDir)) {
      throw usage("--root " + root + ": not a directory");
    }
    return rootDir;
  }

  private ApiContract contract() {
    try {
      List<Path> files = new ArrayList<>();
      for (String file : profileFiles) {
        files.add(resolve(file, "--profile-file"));
      }
      return Contracts.select(profiles, files);
    } catch (IllegalArgumentException e) {
      throw usage("--profiles / --profile-file: " + e.getMessage());
    }
  }

  /** The fingerprints of the findings the baseline accepts (none without a baseline). */
  private Set<String> acceptedFingerprints() throws ScanFailure {
    if (baseline == null) {
      return Set.of();
    }
    try {
      return Baseline.read(resolve(baseline, "--baseline")).fingerprints();
    } catch (IOException e) {
      throw new ScanFailure("cannot read baseline " + baseline + ": " + e.getMessage());
    }
  }

  /** The files named by PATHS and --files-from, with the paths that cannot be scanned. */
  private SourceCollector.Collected collectSources(Path rootDir, @Nullable ChangedLines changed)
      throws ScanFailure {
    SourceCollector collector = new SourceCollector(rootDir);
    if (changed != null && paths.isEmpty() && filesFrom == null) {
      for (Path file : changed.files()) {
        collector.addListed(file);
      }
    }
    for (String path : paths) {
      collector.add(resolve(path, "PATHS"));
    }
    if (filesFrom != null) {
      try {
        for (String line : readFileList(filesFrom)) {
          try {
            collector.addListed(env.workingDirectory().resolve(line).toAbsolutePath().normalize());
          } catch (InvalidPathException e) {
            collector.addError(line, "not a valid path");
          }
        }
      } catch (IOException e) {
        throw new ScanFailure(
            "cannot read --files-from " + filesFrom + ": " + SourceCollector.describe(e));
      }
    }
    return collector.collected();
  }

  /**
   * The result cache of --cache, or null without it. A directory that cannot be created or written
   * is reported and the scan runs without it: the cache only saves time.
   */
  private @Nullable ResultCache openCache(Path rootDir, AnalyzerConfig config) {
    if (cache == null) {
      return null;
    }
    Path dir = resolve(cache, "--cache");
    try {
      return ResultCache.open(dir, rootDir, cacheKey(config), config.projectFiles(), env.err());
    } catch (IOException e) {
      env.err()
          .println(
              "faultline: warning: --cache "
                  + cache
                  + ": cannot use the directory ("
                  + SourceCollector.describe(e)
                  + "); scanning without the cache");
      return null;
    }
  }

  /**
   * The options that change what the analysis of a file finds, for the cache's key: the checks run,
   * the API profiles (a profile file by its content), the class path (by content) and the file size
   * limit. The other files of the project are not in it: each entry lists those it read.
   */
  private String cacheKey(AnalyzerConfig config) throws IOException {
    List<String> parts = new ArrayList<>();
    parts.add(
        "checks " + config.enabledChecks().stream().map(CheckInfo::checkName).sorted().toList());
    parts.add("profiles " + profiles);
    for (String file : profileFiles) {
      parts.add("profile-file " + CodeIdentity.contentOf(resolve(file, "--profile-file")));
    }
    for (Path entry : config.classPath()) {
      parts.add("classpath " + CodeIdentity.contentOf(entry));
    }
    parts.add("max-file-size " + maxFileSize);
    return ResultCache.optionsKey(parts);
  }

  private List<FileOutcome> analyse(
      List<FileToScan> files, AnalyzerConfig config, int threads, @Nullable ResultCache results)
      throws ScanFailure {
    if (files.isEmpty()) {
      return List.of();
    }
    SourceAnalyzer analyzer;
    try {
      analyzer = env.analyzers().create(config);
    } catch (RuntimeException e) {
      throw new ScanFailure("cannot start the analyzer: " + e.getMessage());
    }
    try {
      ScanEngine engine =
          new ScanEngine(
              analyzer,
              new SourceReader(maxFileSize),
              threads,
              fileTimeout,
              env.interactive() && files.size() > 1 ? Progress.console(env.err()) : Progress.NONE,
              results);
      return engine.run(files);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ScanFailure("the scan was interrupted");
    }
  }

  /** The findings of the enabled checks, with their severities, less those the baseline accepts. */
  private static Findings findings(
      List<FileOutcome> outcomes,
      CheckSelection selection,
      List<FileError> collectErrors,
      Set<String> accepted,
      @Nullable ChangedLines changed) {
    List<FileError> errors = new ArrayList<>(collectErrors);
    List<ScanFinding> all = new ArrayList<>();
    int analysed = 0;
    int outside = 0;
    for (FileOutcome outcome : outcomes) {
      if (outcome.error() != null) {
        errors.add(new FileError(outcome.file().reportPath(), outcome.error()));
        continue;
      }
      analysed++;
      Path key = changed == null ? outcome.file().file() : ChangedLines.key(outcome.file().file());
      for (int i = 0; i < outcome.findings().size(); i++) {
        ReportedFinding f = outcome.findings().get(i);
        // Only enabled checks count, whatever the analyzer returns; positions are 1-based in every
        // format.
        Optional<Severity> severity =
            f.check() == null ? Optional.empty() : selection.severity(f.check());
        if (severity.isPresent()
            && changed != null
            && !changed.contains(key, Math.max(1, f.line()))) {
          outside++;
        } else if (severity.isPresent()) {
          all.add(
              new ScanFinding(
                  outcome.file().reportPath(),
                  Math.max(1, f.line()),
                  Math.max(1, f.column()),
                  f.check(),
                  f.message() == null ? "" : f.message(),
                  severity.get(),
                  outcome.fingerprints().get(i)));
        }
      }
    }
    List<ScanFinding> reported =
        all.stream().filter(f -> !accepted.contains(f.fingerprint())).toList();
    return new Findings(all, reported, errors, analysed, outside);
  }

  private static ScanReport report(
      Findings findings,
      CheckSelection selection,
      @Nullable String docsBase,
      Path rootDir,
      int files) {
    List<ReportedRule> rules = new ArrayList<>();
    for (Map.Entry<CheckInfo, Severity> check : selection.severities().entrySet()) {
      CheckInfo info = check.getKey();
      rules.add(
          new ReportedRule(
              info.checkName(),
              info.summary(),
              docsBase == null ? null : docsBase + info.checkName() + ".md",
              check.getValue()));
    }
    return new ScanReport(
        BuildInfo.version(),
        BuildInfo.homepage(),
        directoryUri(rootDir),
        rules,
        findings.reported(),
        findings.errors(),
        files,
        findings.all().size() - findings.reported().size(),
        findings.outsideChanges());
  }

  private void writeBaseline(List<ScanFinding> all) throws ScanFailure {
    try {
      Path target = resolve(writeBaseline, "--write-baseline");
      createParent(target);
      Baseline.of(all).write(target);
    } catch (IOException e) {
      throw new ScanFailure(
          "cannot write baseline " + writeBaseline + ": " + SourceCollector.describe(e));
    }
  }

  private void writeReport(ScanReport report) throws ScanFailure {
    byte[] rendered = format.renderer().render(report).getBytes(UTF_8);
    try {
      if (output == null) {
        env.out().write(rendered);
        env.out().flush();
      } else {
        Path target = resolve(output, "--output");
        createParent(target);
        Files.write(target, rendered);
      }
    } catch (IOException e) {
      throw new ScanFailure(
          "cannot write the report"
              + (output == null ? "" : " to " + output)
              + ": "
              + SourceCollector.describe(e));
    }
  }

  private void printSummary(ScanReport report, int fingerprints) {
    PrintStream err = env.err();
    for (FileError error : report.errors()) {
      err.println(TerminalText.oneLine(error.path() + ": error: " + error.reason()));
    }
    if (writeBaseline != null) {
      err.println(
          "faultline: wrote "
              + fingerprints
              + (fingerprints == 1 ? " fingerprint" : " fingerprints")
              + " to the baseline "
              + writeBaseline);
    }
    err.println(report.summary());
    err.flush();
  }

  private int exitCode(Findings findings, ScanReport report) {
    boolean nothingAnalysed = findings.analysed() == 0 && !report.errors().isEmpty();
    if (nothingAnalysed || (failOnFileError && !report.errors().isEmpty())) {
      return Main.EXIT_ERROR;
    }
    if (writeBaseline != null) {
      return 0;
    }
    return findings.reported().stream().anyMatch(f -> failOn.fails(f.severity())) ? 1 : 0;
  }

  private void listChecks(CheckSelection selection, @Nullable String docsBase) {
    int width = CheckInfo.all().stream().mapToInt(c -> c.checkName().length()).max().orElse(0);
    StringBuilder out = new StringBuilder();
    Map<String, Optional<Severity>> all = selection.all();
    for (Map.Entry<String, Optional<Severity>> check : all.entrySet()) {
      CheckInfo info =
          CheckInfo.all().stream()
              .filter(c -> c.checkName().equals(check.getKey()))
              .findFirst()
              .orElseThrow();
      out.append(
          String.format(
              Locale.ROOT,
              "%-" + width + "s  %-7s  %s%n",
              info.checkName(),
              check.getValue().map(Severity::word).orElse("off"),
              info.summary()));
      if (docsBase != null) {
        out.append(
            String.format(
                Locale.ROOT,
                "%-" + width + "s  %-7s  %s%n",
                "",
                "",
                docsBase + info.checkName() + ".md"));
      }
    }
    PrintStream stdout = new PrintStream(env.out(), true, UTF_8);
    stdout.print(out.toString().replace(System.lineSeparator(), "\n"));
    stdout.flush();
  }

  /** The scanned files and the Java files under --source-path: the classes analyses may read. */
  private List<Path> projectFiles(List<FileToScan> scanned, Path rootDir) {
    List<Path> files = new ArrayList<>();
    for (FileToScan file : scanned) {
      files.add(file.file());
    }
    SourceCollector collector = new SourceCollector(rootDir);
    for (Path folder : pathEntries(sourcePath, "--source-path")) {
      collector.add(folder); // an unreadable folder only costs what it would have told
    }
    for (FileToScan file : collector.collected().files()) {
      files.add(file.file());
    }
    return files;
  }

  private List<Path> classPathEntries() {
    return pathEntries(classPath, "--classpath");
  }

  private List<Path> pathEntries(List<String> values, String option) {
    List<Path> entries = new ArrayList<>();
    for (String value : values) {
      int start = 0;
      String separator = File.pathSeparator;
      while (start <= value.length()) {
        int end = value.indexOf(separator, start);
        if (end < 0) {
          end = value.length();
        }
        String entry = value.substring(start, end).trim();
        if (!entry.isEmpty()) {
          entries.add(resolve(entry, option));
        }
        start = end + separator.length();
      }
    }
    return entries;
  }

  private List<String> readFileList(String source) throws IOException {
    List<String> lines = new ArrayList<>();
    BufferedReader reader =
        source.equals("-")
            ? new BufferedReader(new InputStreamReader(env.in(), UTF_8))
            : Files.newBufferedReader(resolve(source, "--files-from"), UTF_8);
    try {
      String line;
      while ((line = reader.readLine()) != null) {
        String path = line.strip();
        if (!path.isEmpty()) {
          lines.add(path);
        }
      }
    } finally {
      if (!source.equals("-")) {
        reader.close();
      }
    }
    return lines;
  }

  private Path resolve(String path, String option) {
    try {
      return env.workingDirectory().resolve(path).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      throw usage(option + ": not a valid path: " + path);
    }
  }

  private static void createParent(Path file) throws IOException {
    Path parent = file.getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      Files.createDirectories(parent);
    }
  }

  private void checkAbsoluteUri(String uri) {
    try {
      if (new URI(uri).getScheme() == null) {
        throw usage(
            "--help-uri-base "
                + uri
                + ": not an absolute URI (e.g. https://example.com/docs/checks/)");
      }
    } catch (URISyntaxException e) {
      throw usage("--help-uri-base " + uri + ": not a valid URI: " + e.getReason());
    }
  }

  static URI directoryUri(Path directory) {
    String uri = directory.toUri().toASCIIString();
    return URI.create(uri.endsWith("/") ? uri : uri + "/");
  }

  private int fail(String message) {
    env.err().println("faultline: error: " + message);
    env.err().flush();
    return Main.EXIT_ERROR;
  }

  private ParameterException usage(@Nullable String message) {
    return new ParameterException(
        spec.commandLine(), message == null ? "invalid arguments" : message);
  }
}
