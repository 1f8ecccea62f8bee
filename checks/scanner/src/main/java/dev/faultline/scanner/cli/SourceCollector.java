package dev.faultline.scanner.cli;

import dev.faultline.scanner.report.FileError;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the files a scan covers: the {@code *.java} files named, and those under the directories
 * named (recursively, without following symbolic links to directories, skipping {@code target},
 * {@code build} and {@code .git}). Other files named are ignored (a pull request's list of changed
 * files has them); a path that does not exist is a {@link FileError} (in a {@code --files-from}
 * list, only if it names a Java file). Each file appears once, and the list is sorted by report
 * path.
 */
final class SourceCollector {
  /** Directories that hold build output or version control data, never sources to scan. */
  static final Set<String> SKIPPED_DIRECTORIES = Set.of("target", "build", ".git");

  private final Path root;
  private final Map<Path, FileToScan> files = new LinkedHashMap<>();
  private final List<FileError> errors = new ArrayList<>();

  /**
   * @param root the absolute scan root that report paths are relative to
   */
  SourceCollector(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** The collected files and the paths that could not be read. */
  record Collected(List<FileToScan> files, List<FileError> errors) {}

  /** Adds one path named on the command line: a file or a directory. */
  void add(Path path) {
    add(path, true);
  }

  /**
   * Adds one path from a {@code --files-from} list. A missing file there is reported only if it is
   * a Java file: the list of a change's files may name deleted files of any kind.
   */
  void addListed(Path path) {
    add(path, false);
  }

  private void add(Path path, boolean named) {
    Path absolute = path.toAbsolutePath().normalize();
    if (Files.isDirectory(absolute)) {
      walk(absolute);
    } else if (Files.isRegularFile(absolute)) {
      if (isJava(absolute)) {
        addFile(absolute);
      }
    } else if (Files.isSymbolicLink(absolute) && !Files.exists(absolute)) {
      if (named || isJava(absolute)) {
        errors.add(new FileError(reportPath(absolute), unresolvableLink(absolute)));
      }
    } else if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS) || Files.exists(absolute)) {
      if (isJava(absolute)) {
        errors.add(new FileError(reportPath(absolute), "not a regular file"));
      }
    } else if (named || isJava(absolute)) {
      errors.add(new FileError(reportPath(absolute), "no such file or directory"));
    }
  }

  /**
   * Records a path that cannot be scanned at all, such as a list entry that is not a valid path.
   */
  void addError(String path, String reason) {
    errors.add(new FileError(path, reason));
  }

  Collected collected() {
    List<FileToScan> sorted = new ArrayList<>(files.values());
    sorted.sort(Comparator.comparing(FileToScan::reportPath));
    return new Collected(List.copyOf(sorted), List.copyOf(errors));
  }

  private void walk(Path directory) {
    try {
      Files.walkFileTree(
          directory,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              Path name = dir.getFileName();
              if (!dir.equals(directory)
                  && name != null
                  && SKIPPED_DIRECTORIES.contains(name.toString())) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (isJava(file) && (attrs.isRegularFile() || Files.isRegularFile(file))) {
                addFile(file.toAbsolutePath().normalize());
              } else if (isJava(file) && attrs.isSymbolicLink() && !Files.exists(file)) {
                Path absolute = file.toAbsolutePath().normalize();
                errors.add(new FileError(reportPath(absolute), unresolvableLink(absolute)));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              errors.add(
                  new FileError(
                      reportPath(file.toAbsolutePath().normalize()),
                      "cannot read: " + describe(e)));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      errors.add(new FileError(reportPath(directory), "cannot read: " + describe(e)));
    }
  }

  private void addFile(Path absolute) {
    files.putIfAbsent(absolute, new FileToScan(absolute, reportPath(absolute)));
  }

  /**
   * Why a symbolic link leads nowhere: it points to a missing file, or (through other links) to
   * itself.
   */
  private static String unresolvableLink(Path link) {
    try {
      return "cannot read: broken symbolic link (to " + link.toRealPath() + ")";
    } catch (NoSuchFileException e) {
      return "cannot read: broken symbolic link (no such file or directory)";
    } catch (IOException e) {
      return "cannot read: " + describe(e);
    }
  }

  private static boolean isJava(Path file) {
    Path name = file.getFileName();
    return name != null && name.toString().endsWith(".java");
  }

  /**
   * The path reports show: relative to the root if under it, else absolute; always with '/'
   * separators.
   */
  String reportPath(Path absolute) {
    Path shown = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
    String text = shown.toString().replace(absolute.getFileSystem().getSeparator(), "/");
    return text.isEmpty() ? "." : text;
  }

  /**
   * An I/O error as a short reason, without the path it is about (the report line names the file
   * already).
   */
  static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof FileSystemLoopException) {
      return "symbolic link loop";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof FileSystemException fse
        && fse.getReason() != null
        && fse.getReason()
            .toLowerCase(java.util.Locale.ROOT)
            .contains("levels of symbolic links")) {
      return "symbolic link loop";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
