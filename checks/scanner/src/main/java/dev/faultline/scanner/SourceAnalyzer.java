package dev.faultline.scanner;

import java.util.List;

/** Runs the enabled checks on one source file's text. Implementations are thread-safe. */
public interface SourceAnalyzer {

  /**
   * The findings in one file, ordered by line, column and check.
   *
   * @param path the path to report the findings under
   * @param source the file's text
   * @throws UnanalyzableSourceException when the file cannot be analysed (does not parse, too
   *     deep); the message says why, and the scan goes on with the next file
   */
  List<ReportedFinding> analyze(String path, String source) throws UnanalyzableSourceException;
}
