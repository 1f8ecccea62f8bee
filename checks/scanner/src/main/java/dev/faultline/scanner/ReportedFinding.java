package dev.faultline.scanner;

/**
 * One finding of the scanner, at a position in a source file.
 *
 * @param path the file's path as given to the scanner, with '/' separators
 * @param line 1-based line of the reported node (for a method call: the line of the method's name,
 *     or of its opening parenthesis when that is written on a later line, which is where javac and
 *     so Error Prone report it)
 * @param column 1-based column on that line (for a method call: of the name, or of that
 *     parenthesis)
 * @param check the check's name, e.g. {@code RetryAfterIgnored}
 */
public record ReportedFinding(String path, int line, int column, String check, String message) {}
