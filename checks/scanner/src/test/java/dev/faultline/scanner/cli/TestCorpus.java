package dev.faultline.scanner.cli;

import com.google.common.truth.Truth;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The shared test-inputs corpus, and how to read a scan's per-file errors and summary back. */
public final class TestCorpus {
  private static final Pattern FILE_ERROR =
      Pattern.compile("^(.+?): error: (.*)$", Pattern.MULTILINE);
  private static final Pattern SUMMARY =
      Pattern.compile("^faultline: .* in (\\d+) files?(?:; .*)?$", Pattern.MULTILINE);

  private TestCorpus() {}

  public static Path root() {
    String configured = System.getProperty("faultline.testInputs");
    Path root =
        Path.of(configured != null ? configured : "../../test-inputs").toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      throw new IllegalStateException("test-inputs folder not found at " + root);
    }
    return root;
  }

  /** Every Java file of the corpus except build output, sorted. */
  public static List<Path> files() {
    Path root = root();
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !root.relativize(p).startsWith("target"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The files compiled together with a file of the corpus: those of its folder when it is a folder
   * of its own under a check's folder (a case that spans files), or the file alone.
   */
  public static List<Path> caseOf(Path file) {
    Path absolute = file.toAbsolutePath();
    if (!absolute.startsWith(root()) || root().relativize(absolute).getNameCount() < 3) {
      return List.of(file);
    }
    try (Stream<Path> siblings = Files.list(file.getParent())) {
      return siblings.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies the corpus under {@code target}, keeping its folders. */
  static void copyTo(Path target) throws IOException {
    Path root = root();
    for (Path file : files()) {
      Path copy = target.resolve(root.relativize(file).toString().replace(File.separatorChar, '/'));
      Files.createDirectories(copy.getParent());
      Files.copy(file, copy);
    }
  }

  /** The file errors a scan printed on stderr: report path to reason, in the order printed. */
  static Map<String, String> fileErrors(String stderr) {
    Map<String, String> errors = new LinkedHashMap<>();
    Matcher m = FILE_ERROR.matcher(stderr);
    while (m.find()) {
      errors.put(m.group(1), m.group(2));
    }
    return errors;
  }

  /** The number of files the summary line says were scanned. */
  static int filesScanned(String stderr) {
    Matcher m = SUMMARY.matcher(stderr);
    Truth.assertWithMessage("summary line in\n%s", stderr).that(m.find()).isTrue();
    return Integer.parseInt(m.group(1));
  }
}
