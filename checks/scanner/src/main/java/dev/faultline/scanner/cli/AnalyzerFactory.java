package dev.faultline.scanner.cli;

import dev.faultline.scanner.SourceAnalyzer;

/**
 * Creates the analyzer a scan runs. The command line uses {@link Analyzers#create}; tests pass
 * their own.
 */
@FunctionalInterface
public interface AnalyzerFactory {
  /**
   * Makes the analyzer for a scan.
   *
   * @throws RuntimeException when no analyzer can be made; the scan then stops with exit code 2 and
   *     the message
   */
  SourceAnalyzer create(AnalyzerConfig config);
}
