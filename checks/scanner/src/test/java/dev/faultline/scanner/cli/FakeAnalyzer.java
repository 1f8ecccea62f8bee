package dev.faultline.scanner.cli;

import dev.faultline.analysis.rules.CheckInfo;
import dev.faultline.scanner.ReportedFinding;
import dev.faultline.scanner.SourceAnalyzer;
import dev.faultline.scanner.UnanalyzableSourceException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A test double for the JavaParser front end. It reads markers in comments:
 *
 * <ul>
 *   <li>{@code // fake-finding: Name free text} reports a finding of check Name on that line, at
 *       the line's first non-blank column, with the message {@code Name on "<code before the
 *       comment>": free text}, if Name is enabled;
 *   <li>{@code // fake-unparseable} throws {@link UnanalyzableSourceException};
 *   <li>{@code // fake-crash} throws an {@link IllegalStateException};
 *   <li>{@code // fake-deep} throws a {@link StackOverflowError};
 *   <li>{@code // fake-linkage} throws a {@link NoSuchMethodError} (a library of another version);
 *   <li>{@code // fake-error} throws a plain {@link Error};
 *   <li>{@code // fake-hang} sleeps until interrupted (at most a minute).
 * </ul>
 */
final class FakeAnalyzer implements SourceAnalyzer {
  static final String FINDING = "// fake-finding: ";
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

  private final Set<String> enabled;

  FakeAnalyzer(AnalyzerConfig config) {
    this.enabled =
        config.enabledChecks().stream().map(CheckInfo::checkName).collect(Collectors.toSet());
  }

  @Override
  public List<ReportedFinding> analyze(String path, String source)
      throws UnanalyzableSourceException {
    if (source.contains("// fake-unparseable")) {
      throw new UnanalyzableSourceException("does not parse: line 1: unexpected token");
    }
    if (source.contains("// fake-crash")) {
      throw new IllegalStateException("boom");
    }
    if (source.contains("// fake-deep")) {
      throw new StackOverflowError();
    }
    if (source.contains("// fake-linkage")) {
      throw new NoSuchMethodError("'void Library.removedMethod()'");
    }
    if (source.contains("// fake-error")) {
      throw new Error("thrown by the analysis");
    }
    if (source.contains("// fake-hang")) {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return List.of();
    }
    List<ReportedFinding> findings = new ArrayList<>();
    String[] lines = LINE_BREAK.split(source, -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int marker = line.indexOf(FINDING);
      if (marker < 0) {
        continue;
      }
      String rest = line.substring(marker + FINDING.length()).trim();
      int space = rest.indexOf(' ');
      String check = space < 0 ? rest : rest.substring(0, space);
      String text = space < 0 ? "" : rest.substring(space + 1);
      if (!enabled.contains(check)) {
        continue;
      }
      int column = 1;
      while (column <= line.length() && Character.isWhitespace(line.charAt(column - 1))) {
        column++;
      }
      String code = line.substring(0, marker).trim();
      findings.add(
          new ReportedFinding(path, i + 1, column, check, check + " on \"" + code + "\": " + text));
    }
    return findings;
  }
}
