package dev.faultline.scanner;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.faultline.analysis.contract.Contracts;
import dev.faultline.analysis.rules.CheckInfo;
import dev.faultline.scanner.cli.TestCorpus;
import dev.faultline.scanner.lowering.ProjectSources;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The bar for the JavaParser front end: on every file of the shared test-inputs corpus, the scanner
 * reports exactly the lines and checks that the file's markers expect and that the Error Prone
 * plugin reports when javac compiles the file. Run without a class path (syntactic resolution) and
 * with the test class path (symbol solver).
 */
final class ParityTest {
  private static final Pattern MARKER =
      Pattern.compile("//\\s*BUG: Diagnostic contains:\\s*(\\w+)");
  private static final Pattern CHECK_PREFIX = Pattern.compile("^\\[(\\w+)\\]");
  private static final Set<String> CHECK_NAMES = names();

  private static final JavaParserAnalyzer WITHOUT_CLASS_PATH =
      new JavaParserAnalyzer(EnumSet.allOf(CheckInfo.class));
  private static final JavaParserAnalyzer WITH_CLASS_PATH =
      new JavaParserAnalyzer(EnumSet.allOf(CheckInfo.class), Contracts.defaults(), testClassPath());

  private static final Map<Path, Set<String>> PLUGIN = new ConcurrentHashMap<>();

  @TestFactory
  Stream<DynamicTest> scannerFindsWhatThePluginFinds() {
    return corpus().stream().flatMap(file -> bothModes(file, "test-inputs/" + relative(file)));
  }

  /**
   * The scanner's own inputs for what the corpus does not cover yet (imports, generics,
   * suppression, ...).
   */
  @TestFactory
  Stream<DynamicTest> scannerFindsWhatThePluginFindsOnTheScannersOwnInputs() {
    return ownInputs().stream()
        .flatMap(file -> bothModes(file, OWN_INPUTS + "/" + file.getFileName()));
  }

  private static Stream<DynamicTest> bothModes(Path file, String name) {
    return Stream.of(
        DynamicTest.dynamicTest(
            "without class path: " + name,
            () -> check(file, name, WITHOUT_CLASS_PATH, "without class path")),
        DynamicTest.dynamicTest(
            "with class path: " + name,
            () -> check(file, name, WITH_CLASS_PATH, "with class path")));
  }

  private static void check(Path file, String name, JavaParserAnalyzer analyzer, String mode)
      throws Exception {
    String source = Files.readString(file, UTF_8);
    Set<String> expected = markers(source);
    Set<String> plugin = PLUGIN.computeIfAbsent(file, ParityTest::pluginFindings);
    Set<String> scanner = new TreeSet<>();
    List<Path> together = TestCorpus.caseOf(file);
    JavaParserAnalyzer used = analyzer;
    if (together.size() > 1) {
      used =
          new JavaParserAnalyzer(
              EnumSet.allOf(CheckInfo.class),
              Contracts.defaults(),
              analyzer == WITH_CLASS_PATH ? testClassPath() : List.of(),
              ProjectSources.of(together));
    }
    for (ReportedFinding finding : used.analyze(name, source)) {
      scanner.add(key(finding.line(), finding.check()));
    }
    if (!expected.equals(plugin) || !expected.equals(scanner)) {
      throw new AssertionError(
          String.format(
              Locale.ROOT,
              "%s (%s)%n  expected (markers): %s%n  Error Prone plugin: %s%n  scanner:            %s",
              name,
              mode,
              expected,
              plugin,
              scanner));
    }
  }

  private static String key(long line, String check) {
    return String.format(Locale.ROOT, "%4d %s", line, check);
  }

  /** {@code // BUG: Diagnostic contains: Name} marks the next line that is not itself a marker. */
  static Set<String> markers(String source) {
    List<String> lines = source.lines().toList();
    Set<String> expected = new TreeSet<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher marker = MARKER.matcher(lines.get(i));
      if (!marker.find()) {
        continue;
      }
      int target = i + 1;
      while (target < lines.size() && MARKER.matcher(lines.get(target)).find()) {
        target++;
      }
      expected.add(key(target + 1, marker.group(1)));
    }
    return expected;
  }

  /** What the Error Prone plugin reports when javac compiles the file, as (line, check). */
  static Set<String> pluginFindingsFor(Path file) {
    return pluginFindings(file);
  }

  private static Set<String> pluginFindings(Path file) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path output;
    try {
      output = Files.createTempDirectory("faultline-parity");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (StandardJavaFileManager fileManager =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      String classPath = System.getProperty("java.class.path");
      StringBuilder plugin = new StringBuilder("-Xplugin:ErrorProne -XepDisableAllChecks");
      for (String check : CHECK_NAMES) {
        plugin.append(" -Xep:").append(check);
      }
      List<String> options =
          List.of(
              "-d",
              output.toString(),
              "-classpath",
              classPath,
              "-processorpath",
              classPath,
              "-XDcompilePolicy=simple",
              "--should-stop=ifError=FLOW",
              plugin.toString());
      javac
          .getTask(
              null,
              fileManager,
              diagnostics,
              options,
              null,
              fileManager.getJavaFileObjects(TestCorpus.caseOf(file).toArray(new Path[0])))
          .call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteTree(output);
    }
    Set<String> findings = new TreeSet<>();
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
      String message = diagnostic.getMessage(Locale.ROOT);
      Matcher prefix = CHECK_PREFIX.matcher(message);
      if (prefix.find() && CHECK_NAMES.contains(prefix.group(1)) && isIn(diagnostic, file)) {
        findings.add(key(diagnostic.getLineNumber(), prefix.group(1)));
      } else if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(diagnostic.getLineNumber() + ": " + message);
      }
    }
    if (!errors.isEmpty()) {
      throw new AssertionError("javac cannot compile " + file + ": " + errors);
    }
    return findings;
  }

  /** Deletes javac's output folder: the class files are not needed, and tests leave no files. */
  private static void deleteTree(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + directory, e);
    }
  }

  /** Whether javac reports a diagnostic in that file (a case compiles several files at once). */
  private static boolean isIn(Diagnostic<? extends JavaFileObject> diagnostic, Path file) {
    JavaFileObject source = diagnostic.getSource();
    return source == null || Path.of(source.toUri()).equals(file.toAbsolutePath());
  }

  private static Set<String> names() {
    Set<String> names = new TreeSet<>();
    for (CheckInfo check : CheckInfo.values()) {
      names.add(check.checkName());
    }
    return names;
  }

  private static List<Path> testClassPath() {
    List<Path> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator, -1)) {
      if (!entry.isEmpty()) {
        entries.add(Path.of(entry));
      }
    }
    return entries;
  }

  private static final String OWN_INPUTS = "src/test/resources/parity-inputs";

  static List<Path> ownInputs() {
    try (Stream<Path> files = Files.list(Path.of(OWN_INPUTS))) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path root() {
    return TestCorpus.root();
  }

  /** Every Java file of the corpus except build output, sorted. */
  static List<Path> corpus() {
    return TestCorpus.files();
  }

  static String relative(Path file) {
    return root().relativize(file).toString().replace(File.separatorChar, '/');
  }
}
