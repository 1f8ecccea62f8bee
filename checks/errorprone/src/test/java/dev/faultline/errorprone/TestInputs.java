package dev.faultline.errorprone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The shared corpus under test-inputs/: one folder per check, each file with its expectation markers. */
final class TestInputs {
  static final Pattern MARKER = Pattern.compile("//\\s*BUG: Diagnostic contains:\\s*(\\w+)");

  private TestInputs() {}

  static Path root() {
    String configured = System.getProperty("faultline.testInputs");
    Path root = Path.of(configured != null ? configured : "../../test-inputs").toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      throw new IllegalStateException("test-inputs folder not found at " + root);
    }
    return root;
  }

  /** Every Java file of the corpus, sorted. */
  static List<Path> files() {
    try (Stream<Path> walk = Files.walk(root())) {
      return walk.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !root().relativize(p).startsWith("target"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file's lines with every marker of other checks blanked out, so line numbers stay the same. */
  static String[] keepOnlyMarkersOf(List<String> lines, String check) {
    List<String> kept = new ArrayList<>();
    for (String line : lines) {
      Matcher marker = MARKER.matcher(line);
      kept.add(marker.find() && !marker.group(1).equals(check) ? "" : line);
    }
    return kept.toArray(new String[0]);
  }

  static String relative(Path file) {
    return root().relativize(file).toString();
  }
}
