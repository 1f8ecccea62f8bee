package dev.faultline.scanner.report;

import java.util.Locale;

/**
 * Text for a terminal or a line-oriented log: one line, no control characters. Messages and paths
 * can carry text from the scanned code (a string literal, a file name), and an escape character in
 * them must not reach a terminal.
 */
public final class TerminalText {
  private TerminalText() {}

  /**
   * The text on one line: each line break (CR LF, CR, LF) becomes a space, a tab stays, and every
   * other control character becomes a {@code \\uXXXX} escape.
   */
  public static String oneLine(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        out.append(' ');
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (c == '\n') {
        out.append(' ');
      } else if (c != '\t' && Character.getType(c) == Character.CONTROL) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
