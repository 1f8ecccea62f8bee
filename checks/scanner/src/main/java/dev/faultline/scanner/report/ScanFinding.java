package dev.faultline.scanner.report;

import java.util.Comparator;

/**
 * One finding as reported: where, which check, what it says, how serious it is, and its baseline
 * fingerprint.
 *
 * @param path the file's path relative to the scan root, with '/' separators (absolute for a file
 *     outside the root)
 * @param line 1-based line
 * @param column 1-based column, in UTF-16 code units (Java {@code char}s)
 * @param check the check's name
 * @param message what is wrong and what to do instead
 * @param severity the severity after {@code --severity} overrides
 * @param fingerprint the fingerprint a baseline stores for this finding (see {@code Fingerprints})
 */
public record ScanFinding(
    String path,
    int line,
    int column,
    String check,
    String message,
    Severity severity,
    String fingerprint) {

  /** The order of every report: path, line, column, check, then message. */
  public static final Comparator<ScanFinding> ORDER =
      Comparator.comparing(ScanFinding::path)
          .thenComparingInt(ScanFinding::line)
          .thenComparingInt(ScanFinding::column)
          .thenComparing(ScanFinding::check)
          .thenComparing(ScanFinding::message)
          .thenComparing(ScanFinding::fingerprint);
}
