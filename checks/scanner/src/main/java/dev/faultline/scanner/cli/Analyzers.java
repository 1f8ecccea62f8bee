package dev.faultline.scanner.cli;

import dev.faultline.scanner.SourceAnalyzer;

/** The one place that knows which {@link SourceAnalyzer} the command line runs. */
public final class Analyzers {
  private Analyzers() {}

  /**
   * The analyzer for a scan.
   *
   * <p>PLACEHOLDER until the JavaParser front end is merged: this becomes {@code return new
   * dev.faultline.scanner.lowering.JavaParserAnalyzer(config.enabledChecks(), config.contract(),
   * config.classPath());}. Nothing else in the command line changes.
   */
  @SuppressWarnings("DoNotCallSuggester") // throws only until the front end is wired in here
  public static SourceAnalyzer create(AnalyzerConfig config) {
    throw new FrontEndNotWiredException();
  }

  /** Thrown by the placeholder {@link #create}: this build has no JavaParser front end yet. */
  static final class FrontEndNotWiredException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    FrontEndNotWiredException() {
      super("this build of the scanner has no JavaParser front end yet (Analyzers.create is a placeholder)");
    }
  }
}
