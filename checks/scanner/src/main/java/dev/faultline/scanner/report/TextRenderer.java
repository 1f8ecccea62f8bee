package dev.faultline.scanner.report;

/**
 * The plain format, one line per finding, as compilers write diagnostics: {@code path:line:col:
 * warning: [Name] message}. Line breaks in a message become spaces and control characters are
 * escaped ({@link TerminalText}). Files that could not be analysed go to stderr, not here.
 */
final class TextRenderer implements ReportRenderer {
  @Override
  public String render(ScanReport report) {
    StringBuilder out = new StringBuilder();
    for (ScanFinding f : report.findings()) {
      out.append(TerminalText.oneLine(f.path()))
          .append(':')
          .append(f.line())
          .append(':')
          .append(f.column())
          .append(": ")
          .append(f.severity().word())
          .append(": [")
          .append(f.check())
          .append("] ")
          .append(TerminalText.oneLine(f.message()))
          .append('\n');
    }
    return out.toString();
  }
}
