package dev.faultline.scanner.cli;

import dev.faultline.scanner.JavaParserAnalyzer;
import dev.faultline.scanner.SourceAnalyzer;
import dev.faultline.scanner.lowering.ProjectSources;

/** The one place that knows which {@link SourceAnalyzer} the command line runs. */
public final class Analyzers {
  private Analyzers() {}

  /** The JavaParser front end, with the scan's checks, contract, class path and project files. */
  public static SourceAnalyzer create(AnalyzerConfig config) {
    return new JavaParserAnalyzer(
        config.enabledChecks(),
        config.contract(),
        config.classPath(),
        ProjectSources.of(config.projectFiles()));
  }
}
