package dev.faultline.scanner.cli;

import dev.faultline.analysis.contract.ApiContract;
import dev.faultline.analysis.rules.CheckInfo;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What the command line tells the analyzer: the checks to run, the API contract to judge against,
 * and the class path to resolve types on (may be empty).
 */
public record AnalyzerConfig(
    Set<CheckInfo> enabledChecks, ApiContract contract, List<Path> classPath) {
  public AnalyzerConfig {
    enabledChecks = Set.copyOf(enabledChecks);
    classPath = List.copyOf(classPath);
  }
}
