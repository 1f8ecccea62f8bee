package dev.faultline.scanner.baseline;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.faultline.scanner.ReportedFinding;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Baseline fingerprints that survive line shifts. A finding's fingerprint is the SHA-256 of
 *
 * <ol>
 *   <li>the check's name,
 *   <li>the file's report path (relative to the scan root),
 *   <li>the text of the flagged line with its whitespace normalised (trimmed, runs collapsed to one
 *       space), and
 *   <li>its occurrence index among the file's findings of the same check on lines of the same text,
 *       in line and column order,
 * </ol>
 *
 * <p>joined with NUL characters. Inserting or deleting lines elsewhere, or re-indenting, keeps a
 * fingerprint; editing the flagged line, renaming the file or moving the code to another file
 * changes it.
 */
public final class Fingerprints {
  private static final HexFormat HEX = HexFormat.of();

  private Fingerprints() {}

  /**
   * The fingerprints of one file's findings, in the order given.
   *
   * @param path the file's report path
   * @param findings the file's findings
   * @param source the file's text, to read the flagged lines from
   */
  public static List<String> of(String path, List<ReportedFinding> findings, String source) {
    List<String> lines = lines(source);
    List<ReportedFinding> ordered = new ArrayList<>(findings);
    ordered.sort(
        (a, b) ->
            a.line() != b.line()
                ? Integer.compare(a.line(), b.line())
                : a.column() != b.column()
                    ? Integer.compare(a.column(), b.column())
                    : a.check().compareTo(b.check()));
    Map<ReportedFinding, Integer> occurrence = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    Map<ReportedFinding, String> texts = new HashMap<>();
    for (ReportedFinding f : ordered) {
      String text =
          normalize(f.line() >= 1 && f.line() <= lines.size() ? lines.get(f.line() - 1) : "");
      texts.put(f, text);
      occurrence.put(f, seen.merge(f.check() + '\0' + text, 1, Integer::sum) - 1);
    }
    List<String> result = new ArrayList<>(findings.size());
    for (ReportedFinding f : findings) {
      result.add(fingerprint(f.check(), path, texts.get(f), occurrence.get(f)));
    }
    return result;
  }

  /** One fingerprint from its parts. */
  public static String fingerprint(
      String check, String path, String normalizedLine, int occurrence) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String key = check + '\0' + path + '\0' + normalizedLine + '\0' + occurrence;
      return HEX.formatHex(sha.digest(key.getBytes(UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The line trimmed, with every run of whitespace made one space. */
  public static String normalize(String line) {
    StringBuilder out = new StringBuilder(line.length());
    boolean space = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isWhitespace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The source's lines, split at the Java line terminators LF, CR LF and CR. */
  static List<String> lines(String source) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(source.substring(start, i));
        if (c == '\r' && i + 1 < source.length() && source.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    lines.add(source.substring(start));
    return lines;
  }
}
