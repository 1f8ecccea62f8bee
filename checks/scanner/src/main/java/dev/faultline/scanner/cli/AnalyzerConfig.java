package dev.faultline.scanner.cli;

import dev.faultline.analysis.contract.ApiContract;
import dev.faultline.analysis.rules.CheckInfo;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What the command line tells the analyzer: the checks to run, the API contract to judge against,
 * the class path to resolve types on (may be empty), and the project's Java files whose classes an
 * analysed file may use (the scanned files and the source path).
 */
public record AnalyzerConfig(
    Set<CheckInfo> enabledChecks,
    ApiContract contract,
    List<Path> classPath,
    List<Path> projectFiles) {
  public AnalyzerConfig {
    enabledChecks = Set.copyOf(enabledChecks);
    classPath = List.copyOf(classPath);
    projectFiles = List.copyOf(projectFiles);
  }

  /** Without other project files: each file is analysed on its own. */
  public AnalyzerConfig(Set<CheckInfo> enabledChecks, ApiContract contract, List<Path> classPath) {
    this(enabledChecks, contract, classPath, List.of());
  }
}
