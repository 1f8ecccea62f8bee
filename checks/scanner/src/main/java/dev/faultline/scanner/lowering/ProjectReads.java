package dev.faultline.scanner.lowering;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the analysis of one file learned from the other files of the project ({@link
 * ProjectSources}): the files whose text it read (whole, or only their package declaration), the
 * file names it looked classes up by, and the folders whose files it listed for a package. Its
 * findings stay the same as long as those files' contents and the project's files of those names
 * and in those folders do not change. Used by one analysis at a time.
 */
public final class ProjectReads {
  private final boolean recording;
  private final Set<Path> files = new TreeSet<>();
  private final Set<String> fileNames = new TreeSet<>();
  private final Set<Path> folders = new TreeSet<>();

  private ProjectReads(boolean recording) {
    this.recording = recording;
  }

  /** Records what one analysis reads. */
  public static ProjectReads recording() {
    return new ProjectReads(true);
  }

  /** Records nothing: for analyses whose reads nobody asks for. */
  static ProjectReads ignoring() {
    return new ProjectReads(false);
  }

  /** A file whose text, or part of it, was read. */
  void file(Path file) {
    if (recording) {
      files.add(file);
    }
  }

  /** The project's files of this name ({@code Retries.java}) were looked through. */
  void fileName(String fileName) {
    if (recording) {
      fileNames.add(fileName);
    }
  }

  /** The project's files in this folder were looked through. */
  void folder(Path folder) {
    if (recording) {
      folders.add(folder);
    }
  }

  /** The files read, sorted. */
  public List<Path> files() {
    return List.copyOf(files);
  }

  /** The file names looked up, sorted. */
  public List<String> fileNames() {
    return List.copyOf(fileNames);
  }

  /** The folders listed, sorted. */
  public List<Path> folders() {
    return List.copyOf(folders);
  }
}
