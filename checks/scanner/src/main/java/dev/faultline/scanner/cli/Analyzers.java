package dev.faultline.scanner.cli;

import dev.faultline.scanner.JavaParserAnalyzer;
import dev.faultline.scanner.SourceAnalyzer;

/** The one place that knows which {@link SourceAnalyzer} the command line runs. */
public final class Analyzers {
  private Analyzers() {}

  /** The JavaParser front end, with the scan's checks, contract and class path. */
  public static SourceAnalyzer create(AnalyzerConfig config) {
    return new JavaParserAnalyzer(config.enabledChecks(), config.contract(), config.classPath());
  }
}
