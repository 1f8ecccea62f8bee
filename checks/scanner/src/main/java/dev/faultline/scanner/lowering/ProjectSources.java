package dev.faultline.scanner.lowering;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Java source files of a project that the analysis of one file may read for the classes it
 * names: the other files of a scan and the source directories given with {@code --source-path}.
 * Only their file names are indexed up front; a file is parsed when a class it declares is asked
 * for ({@link ForeignSources}). Immutable, shared by every analysis of a scan.
 */
public final class ProjectSources {
  /** No other files: each file is analysed on its own. */
  public static final ProjectSources NONE = new ProjectSources(List.of());

  /** How many files of the right name outside the package's folders are read for one class. */
  private static final int MAX_ELSEWHERE = 4;

  /** The files by their name ({@code Retries.java}). */
  private final Map<String, List<Path>> byFileName = new HashMap<>();

  private ProjectSources(Collection<Path> files) {
    for (Path file : files) {
      Path name = file.getFileName();
      if (name != null && name.toString().endsWith(".java")) {
        byFileName.computeIfAbsent(name.toString(), k -> new ArrayList<>()).add(file);
      }
    }
  }

  /** The index of these Java files (other paths are ignored). */
  public static ProjectSources of(Collection<Path> files) {
    return files.isEmpty() ? NONE : new ProjectSources(files);
  }

  boolean isEmpty() {
    return byFileName.isEmpty();
  }

  /**
   * The files that may declare a class of that qualified name, as Java lays sources out: the
   * top-level class {@code C} of package {@code a.b} (and its member classes {@code a.b.C.D}) in a
   * file {@code C.java} under a folder {@code a/b}; then a few files of that name in other folders
   * (the caller checks what they declare). Empty when none is indexed.
   */
  List<Path> candidates(String qualified) {
    String[] segments = qualified.split("\\.");
    List<Path> found = new ArrayList<>();
    for (int top = 0; top < segments.length; top++) {
      String simple = segments[top];
      if (simple.isEmpty() || !Character.isUpperCase(simple.charAt(0))) {
        continue;
      }
      List<Path> named = byFileName.getOrDefault(simple + ".java", List.of());
      List<Path> elsewhere = new ArrayList<>();
      for (Path file : named) {
        (inFolders(file, segments, top) ? found : elsewhere).add(file);
      }
      // Folders need not follow packages: a file of that name elsewhere is read too, and its
      // package tells.
      found.addAll(elsewhere.subList(0, Math.min(elsewhere.size(), MAX_ELSEWHERE)));
      break; // the first capitalised segment is the top-level class
    }
    return found;
  }

  /** Whether the folders just above the file are the package segments before {@code top}. */
  private static boolean inFolders(Path file, String[] segments, int top) {
    Path folder = file.getParent();
    for (int i = top - 1; i >= 0; i--) {
      if (folder == null
          || folder.getFileName() == null
          || !folder.getFileName().toString().equals(segments[i])) {
        return false;
      }
      folder = folder.getParent();
    }
    return true;
  }
}
