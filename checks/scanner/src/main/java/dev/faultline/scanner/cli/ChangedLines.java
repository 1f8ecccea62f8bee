package dev.faultline.scanner.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The lines a unified diff adds or modifies, per file of its new side: what {@code --diff} and
 * {@code --changed-since} keep findings to.
 *
 * <p>Only the new side matters: a hunk's {@code +} lines are the added or modified lines, a removed
 * line has no line in the new file, and a deleted file ({@code +++ /dev/null}) has none. A renamed
 * file is its new path, with the lines the rename changed. Lines outside hunks (git's {@code diff
 * --git}, {@code index}, mode, rename and {@code Binary files} lines, a commit message) are
 * skipped, and inside a hunk the counts of its header say where it ends, so a removed line that
 * reads {@code --- x} is not taken for a file header.
 *
 * <p>Written here rather than taken from java-diff-utils: its {@code UnifiedDiffReader} (4.12)
 * fails on a file whose only change is its mode and keeps git's quoting of unusual file names.
 */
final class ChangedLines {
  private static final Pattern HUNK =
      Pattern.compile("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@");

  /** The changed line numbers (1-based) by file, the keys as {@link #key} makes them. */
  private final Map<Path, BitSet> lines;

  /** The files with changed lines, as the diff names them (resolved, not real paths). */
  private final List<Path> files;

  private ChangedLines(Map<Path, BitSet> lines, List<Path> files) {
    this.lines = lines;
    this.files = List.copyOf(files);
  }

  /** A diff that cannot be read as a unified diff. */
  static final class MalformedDiffException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedDiffException(int line, String message) {
      super("line " + line + ": " + message);
    }
  }

  /**
   * Reads a unified diff (git's or {@code diff -u}'s, any number of context lines).
   *
   * @param base the directory the diff's paths are relative to
   */
  static ChangedLines parse(BufferedReader diff, Path base)
      throws IOException, MalformedDiffException {
    Map<Path, BitSet> lines = new LinkedHashMap<>();
    Map<Path, Path> files = new LinkedHashMap<>();
    @Nullable BitSet current = null;
    boolean inFile = false;
    int oldLeft = 0;
    int newLeft = 0;
    int newLine = 0;
    int number = 0;
    String line;
    while ((line = diff.readLine()) != null) {
      number++;
      if (oldLeft > 0 || newLeft > 0) {
        char kind = line.isEmpty() ? ' ' : line.charAt(0);
        if (kind == '\\') {
          continue; // "\ No newline at end of file"
        }
        if (kind == '+' && newLeft > 0) {
          if (current != null) {
            current.set(newLine);
          }
          newLine++;
          newLeft--;
        } else if (kind == '-' && oldLeft > 0) {
          oldLeft--;
        } else if (kind == ' ' && oldLeft > 0 && newLeft > 0) {
          newLine++;
          newLeft--;
          oldLeft--;
        } else {
          throw new MalformedDiffException(number, "the hunk is shorter than its header says");
        }
        continue;
      }
      if (line.startsWith("diff ")) {
        current = null;
        inFile = false;
      } else if (line.startsWith("+++ ")) {
        String path = newSidePath(line.substring(4));
        inFile = true;
        current = null;
        if (path != null) {
          Path file = resolve(base, path);
          Path key = key(file);
          files.putIfAbsent(key, file);
          current = lines.computeIfAbsent(key, p -> new BitSet());
        }
      } else if (line.startsWith("@@ ")) {
        Matcher hunk = HUNK.matcher(line);
        if (!hunk.find()) {
          throw new MalformedDiffException(number, "not a hunk header: " + line);
        }
        if (!inFile) {
          throw new MalformedDiffException(number, "a hunk before any +++ file header");
        }
        oldLeft = count(hunk.group(2));
        newLine = Integer.parseInt(hunk.group(3));
        newLeft = count(hunk.group(4));
      }
    }
    if (oldLeft > 0 || newLeft > 0) {
      throw new MalformedDiffException(number, "the diff ends inside a hunk");
    }
    lines.values().removeIf(BitSet::isEmpty);
    files.keySet().retainAll(lines.keySet());
    return new ChangedLines(lines, new ArrayList<>(files.values()));
  }

  private static int count(@Nullable String group) {
    return group == null ? 1 : Integer.parseInt(group);
  }

  /**
   * The path of a {@code +++} line: without a trailing tab and timestamp, unquoted if git quoted
   * it, without git's {@code b/} prefix; null for {@code /dev/null} (a deleted file).
   */
  static @Nullable String newSidePath(String header) {
    String path = header;
    if (path.startsWith("\"")) {
      path = unquote(path);
    } else {
      int tab = path.indexOf('\t');
      if (tab >= 0) {
        path = path.substring(0, tab);
      }
    }
    if (path.equals("/dev/null")) {
      return null;
    }
    return path;
  }

  /**
   * A path of the diff as a file: git's {@code b/} prefix dropped unless only the path with it
   * exists.
   */
  private static Path resolve(Path base, String path) {
    Path whole = base.resolve(path).toAbsolutePath().normalize();
    if (!path.startsWith("b/")) {
      return whole;
    }
    Path stripped = base.resolve(path.substring(2)).toAbsolutePath().normalize();
    return !Files.exists(stripped) && Files.exists(whole) ? whole : stripped;
  }

  /** Git's C-style quoting of a file name ({@code "b/caf\303\251.java"}), undone. */
  static String unquote(String quoted) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 1; i < quoted.length(); i++) {
      char c = quoted.charAt(i);
      if (c == '"') {
        break;
      }
      if (c != '\\' || i + 1 >= quoted.length()) {
        int codePoint = quoted.codePointAt(i);
        bytes.writeBytes(new String(Character.toChars(codePoint)).getBytes(UTF_8));
        i += Character.charCount(codePoint) - 1;
        continue;
      }
      char next = quoted.charAt(++i);
      if (next >= '0' && next <= '7' && i + 2 < quoted.length()) {
        bytes.write(Integer.parseInt(quoted.substring(i, i + 3), 8));
        i += 2;
        continue;
      }
      bytes.write(
          switch (next) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case 'a' -> 7;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'v' -> 11;
            default -> next;
          });
    }
    return bytes.toString(UTF_8);
  }

  /** The key a file is known by: its real path when it exists, so symbolic links do not matter. */
  static Path key(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    try {
      return absolute.toRealPath();
    } catch (IOException | InvalidPathException | SecurityException e) {
      return absolute;
    }
  }

  /** Whether the diff adds or modifies this line of this file (as {@link #key} gives it). */
  boolean contains(Path fileKey, int line) {
    BitSet changed = lines.get(fileKey);
    return changed != null && changed.get(line);
  }

  /** Whether the diff adds or modifies any line of this file (as {@link #key} gives it). */
  boolean touches(Path fileKey) {
    return lines.containsKey(fileKey);
  }

  /** The files with added or modified lines, in the order of the diff. */
  List<Path> files() {
    return files;
  }
}
