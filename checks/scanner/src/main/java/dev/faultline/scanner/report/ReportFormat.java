package dev.faultline.scanner.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The output formats of {@code faultline scan --format}. */
public enum ReportFormat {
  /** {@code path:line:col: warning: [Name] message}, one line per finding. */
  TEXT,
  /** SARIF 2.1.0 JSON, for code scanning services (GitHub code scanning, IDE viewers). */
  SARIF,
  /**
   * Checkstyle's XML report, for tools that read it (Jenkins Warnings, reviewdog, Sonar importers).
   */
  CHECKSTYLE,
  /**
   * GitHub Actions workflow commands ({@code ::warning file=...::message}): annotations on a pull
   * request.
   */
  GITHUB;

  public ReportRenderer renderer() {
    return switch (this) {
      case TEXT -> new TextRenderer();
      case SARIF -> new SarifRenderer();
      case CHECKSTYLE -> new CheckstyleRenderer();
      case GITHUB -> new GithubRenderer();
    };
  }

  /**
   * The name on the command line: {@code text}, {@code sarif}, {@code checkstyle}, {@code github}.
   */
  public String optionName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ReportFormat> fromOptionName(String name) {
    return Arrays.stream(values())
        .filter(f -> f.optionName().equals(name.trim().toLowerCase(Locale.ROOT)))
        .findFirst();
  }

  public static List<String> optionNames() {
    return Arrays.stream(values()).map(ReportFormat::optionName).toList();
  }
}
