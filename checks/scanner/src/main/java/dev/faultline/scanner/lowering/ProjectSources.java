package dev.faultline.scanner.lowering;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  /** The files by their folder. */
  private final Map<Path, List<Path>> byFolder = new HashMap<>();

  /** The package each file read so far declares ("" for none, empty when unreadable). */
  private final Map<Path, Optional<String>> packages = new ConcurrentHashMap<>();

  private static final Pattern PACKAGE =
      Pattern.compile("^\\s*package\\s+([\\w.\\s]+?)\\s*;", Pattern.MULTILINE);

  /** How much of a file's start is read for its package declaration. */
  private static final int HEADER_CHARS = 16 * 1024;

  private ProjectSources(Collection<Path> files) {
    for (Path file : files) {
      Path name = file.getFileName();
      if (name != null && name.toString().endsWith(".java")) {
        byFileName.computeIfAbsent(name.toString(), k -> new ArrayList<>()).add(file);
        Path folder = folderOf(file);
        if (folder != null) {
          byFolder.computeIfAbsent(folder, k -> new ArrayList<>()).add(file);
        }
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

  /** The indexed files of this name ({@code Retries.java}), in the order given. */
  public List<Path> named(String fileName) {
    return byFileName.getOrDefault(fileName, List.of());
  }

  /** The indexed files directly in this folder (absolute, normalised), in the order given. */
  public List<Path> inFolder(Path folder) {
    return byFolder.getOrDefault(folder, List.of());
  }

  /** The folder a file's package is listed by: its absolute, normalised parent. */
  public static Path folderOf(Path file) {
    return file.toAbsolutePath().normalize().getParent();
  }

  /**
   * The files that may declare a class of that qualified name, as Java lays sources out: the
   * top-level class {@code C} of package {@code a.b} (and its member classes {@code a.b.C.D}) in a
   * file {@code C.java} under a folder {@code a/b}; then a few files of that name in other folders
   * whose package declaration is {@code a.b}. Empty when none is indexed.
   */
  List<Path> candidates(String qualified, ProjectReads reads) {
    String[] segments = qualified.split("\\.");
    List<Path> found = new ArrayList<>();
    for (int top = 0; top < segments.length; top++) {
      String simple = segments[top];
      if (simple.isEmpty() || !Character.isUpperCase(simple.charAt(0))) {
        continue;
      }
      reads.fileName(simple + ".java");
      List<Path> named = named(simple + ".java");
      String packageName = String.join(".", Arrays.copyOf(segments, top));
      List<Path> elsewhere = new ArrayList<>();
      for (Path file : named) {
        if (inFolders(file, segments, top)) {
          found.add(file);
        } else if (elsewhere.size() < MAX_ELSEWHERE && declaresPackage(file, packageName, reads)) {
          // Folders need not follow packages: a file of that name elsewhere whose package
          // declaration matches is read too.
          elsewhere.add(file);
        }
      }
      found.addAll(elsewhere);
      break; // the first capitalised segment is the top-level class
    }
    return found;
  }

  /**
   * The files of the folder that holds a file, which declare the same package, at most {@code
   * limit} of them.
   */
  List<Path> samePackage(Path file, String packageName, int limit, ProjectReads reads) {
    Path folder = folderOf(file);
    reads.folder(folder);
    List<Path> found = new ArrayList<>();
    for (Path other : inFolder(folder)) {
      if (found.size() >= limit) {
        break;
      }
      if (declaresPackage(other, packageName, reads)) {
        found.add(other);
      }
    }
    return found;
  }

  /** Whether a file declares that package, read from its first lines (the result is kept). */
  private boolean declaresPackage(Path file, String packageName, ProjectReads reads) {
    reads.file(file);
    Optional<String> declared = packages.computeIfAbsent(file, ProjectSources::readPackage);
    return declared.isPresent() && declared.get().equals(packageName);
  }

  private static Optional<String> readPackage(Path file) {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      char[] header = new char[HEADER_CHARS];
      int read = reader.read(header);
      Matcher matcher = PACKAGE.matcher(read < 0 ? "" : new String(header, 0, read));
      return Optional.of(matcher.find() ? matcher.group(1).replaceAll("\\s", "") : "");
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // unreadable: it is not read for its classes either
    }
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
