package dev.faultline.scanner.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checkstyle's XML report format, as Checkstyle writes it:
 *
 * <pre>{@code
 * <?xml version="1.0" encoding="UTF-8"?>
 * <checkstyle version="0.1.0">
 * <file name="src/main/java/A.java">
 * <error line="12" column="9" severity="warning" message="..." source="dev.faultline.RetryAfterIgnored"/>
 * </file>
 * </checkstyle>
 * }</pre>
 *
 * <p>Only files with findings or errors are listed. A file that could not be analysed gets one
 * {@code error} with {@code source="dev.faultline.scanner"} on line 1, as Checkstyle reports its
 * own exceptions. Text is escaped for XML attributes; characters XML 1.0 cannot carry at all (most
 * control characters, unpaired surrogates) become U+FFFD.
 */
final class CheckstyleRenderer implements ReportRenderer {
  static final String SOURCE_PREFIX = "dev.faultline.";
  static final String FILE_ERROR_SOURCE = "dev.faultline.scanner";

  @Override
  public String render(ScanReport report) {
    Map<String, List<String>> byFile = new TreeMap<>();
    for (ScanFinding f : report.findings()) {
      byFile
          .computeIfAbsent(f.path(), p -> new ArrayList<>())
          .add(
              "<error line=\""
                  + f.line()
                  + "\" column=\""
                  + f.column()
                  + "\" severity=\""
                  + f.severity().word()
                  + "\" message=\""
                  + escape(f.message())
                  + "\" source=\""
                  + escape(SOURCE_PREFIX + f.check())
                  + "\"/>");
    }
    for (FileError e : report.errors()) {
      byFile
          .computeIfAbsent(e.path(), p -> new ArrayList<>())
          .add(
              "<error line=\"1\" severity=\"error\" message=\""
                  + escape("not analysed: " + e.reason())
                  + "\" source=\""
                  + FILE_ERROR_SOURCE
                  + "\"/>");
    }
    StringBuilder out = new StringBuilder();
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append("<checkstyle version=\"").append(escape(report.toolVersion())).append("\">\n");
    for (Map.Entry<String, List<String>> file : byFile.entrySet()) {
      out.append("<file name=\"").append(escape(file.getKey())).append("\">\n");
      for (String error : file.getValue()) {
        out.append(error).append('\n');
      }
      out.append("</file>\n");
    }
    out.append("</checkstyle>\n");
    return out.toString();
  }

  /** Escapes text for a double-quoted XML 1.0 attribute value. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        case '\n' -> out.append("&#10;");
        case '\r' -> out.append("&#13;");
        case '\t' -> out.append("&#9;");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(i + 1));
            i++;
          } else if (c < 0x20 || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
