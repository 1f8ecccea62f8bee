package dev.faultline.scanner.report;

import java.util.Comparator;

/**
 * A file the scan could not analyse (unreadable, not UTF-8, too large, does not parse, too slow,
 * ...). The scan goes on with the other files.
 *
 * @param path the file's path as reported (see {@link ScanFinding#path()})
 * @param reason why, for the user
 */
public record FileError(String path, String reason) {
  public static final Comparator<FileError> ORDER =
      Comparator.comparing(FileError::path).thenComparing(FileError::reason);
}
