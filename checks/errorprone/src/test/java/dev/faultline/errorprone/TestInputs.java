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

/**
 * The shared corpus under test-inputs/: one folder per check, each file with its expectation
 * markers.
 */
final class TestInputs {
  static final Pattern MARKER = Pattern.compile("//\\s*BUG: Diagnostic contains:\\s*(\\w+)");

  private TestInputs() {}

  static Path root() {
    String configured = System.getProperty("faultline.testInputs");
    Path root =
        Path.of(configured != null ? configured : "../../test-inputs").toAbsolutePath().normalize();
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

  /**
   * The files compiled together with a file of the corpus: those of its folder when it is a folder
   * of its own under a check's folder (a case that spans files), or the file alone.
   */
  static List<Path> caseOf(Path file) {
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

  static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The file's lines with only the markers of {@code check} kept. A marker applies to the next line
   * that is not a marker, so markers of several checks may be stacked above one line; the kept ones
   * are moved to the bottom of their stack, right above that line, and the others blanked, so that
   * line numbers stay the same.
   */
  static String[] keepOnlyMarkersOf(List<String> lines, String check) {
    String[] kept = lines.toArray(new String[0]);
    int i = 0;
    while (i < kept.length) {
      if (!MARKER.matcher(kept[i]).find()) {
        i++;
        continue;
      }
      int end = i;
      while (end < kept.length && MARKER.matcher(kept[end]).find()) {
        end++;
      }
      List<String> own = new ArrayList<>();
      for (int j = i; j < end; j++) {
        Matcher marker = MARKER.matcher(kept[j]);
        if (marker.find() && marker.group(1).equals(check)) {
          own.add(kept[j]);
        }
      }
      int firstOwn = end - own.size();
      for (int j = i; j < end; j++) {
        kept[j] = j < firstOwn ? "" : own.get(j - firstOwn);
      }
      i = end;
    }
    return kept;
  }

  static String relative(Path file) {
    return root().relativize(file).toString();
  }
}
