package dev.faultline.scanner.report;

/**
 * GitHub Actions workflow commands: {@code ::warning file=PATH,line=N,col=C,title=Name::message},
 * one per finding, and {@code ::error file=PATH,title=Faultline::reason} per file that could not be
 * analysed. Printed in a workflow step, each becomes an annotation on the pull request's diff.
 *
 * <p>Escaping follows the runner's workflow-command rules: in the message, {@code %}, CR and LF
 * become {@code %25}, {@code %0D}, {@code %0A}; in a property value, {@code :} and {@code ,} also
 * become {@code %3A} and {@code %2C}.
 */
final class GithubRenderer implements ReportRenderer {
  @Override
  public String render(ScanReport report) {
    StringBuilder out = new StringBuilder();
    for (ScanFinding f : report.findings()) {
      out.append("::")
          .append(f.severity().word())
          .append(" file=")
          .append(escapeProperty(f.path()))
          .append(",line=")
          .append(f.line())
          .append(",col=")
          .append(f.column())
          .append(",title=")
          .append(escapeProperty(f.check()))
          .append("::")
          .append(escapeData(f.message()))
          .append('\n');
    }
    for (FileError e : report.errors()) {
      out.append("::error file=")
          .append(escapeProperty(e.path()))
          .append(",title=Faultline::")
          .append(escapeData("not analysed: " + e.reason()))
          .append('\n');
    }
    return out.toString();
  }

  static String escapeData(String value) {
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  static String escapeProperty(String value) {
    return escapeData(value).replace(":", "%3A").replace(",", "%2C");
  }
}
