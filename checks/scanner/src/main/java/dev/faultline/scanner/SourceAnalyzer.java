package dev.faultline.scanner;

import dev.faultline.scanner.lowering.ProjectReads;
import java.util.List;
import org.jspecify.annotations.Nullable;

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

  /**
   * A file's findings and what its analysis read of the other files of the project.
   *
   * @param reads null when the analyzer cannot tell (its findings may then depend on anything)
   */
  record Tracked(List<ReportedFinding> findings, @Nullable ProjectReads reads) {}

  /**
   * As {@link #analyze}, also telling which other project files the analysis read. By default it
   * cannot tell.
   */
  default Tracked analyzeTracked(String path, String source) throws UnanalyzableSourceException {
    return new Tracked(analyze(path, source), null);
  }
}
