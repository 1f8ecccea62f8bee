package dev.faultline.scanner.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.Console;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.file.Path;

/**
 * What the command runs in: its streams, working directory, whether a person is watching, and how
 * it makes the analyzer. {@link #system()} is the real process; tests build their own.
 *
 * @param out where reports go when there is no {@code --output} (raw bytes, UTF-8)
 * @param err diagnostics: per-file errors, the summary, usage errors, progress
 * @param in read by {@code --files-from -}
 * @param workingDirectory relative paths on the command line are resolved against it; the default
 *     scan root
 * @param interactive whether stderr is a terminal (progress is shown only then)
 * @param analyzers makes the analyzer for the options given
 */
public record CliEnvironment(
    OutputStream out,
    PrintStream err,
    InputStream in,
    Path workingDirectory,
    boolean interactive,
    AnalyzerFactory analyzers) {

  public static CliEnvironment system() {
    return new CliEnvironment(
        System.out,
        new PrintStream(System.err, true, UTF_8),
        System.in,
        Path.of("").toAbsolutePath(),
        isTerminal(),
        Analyzers::create);
  }

  /**
   * {@code System.console() != null}, and on Java 22+ (where a console may exist while redirected)
   * a terminal.
   */
  @SuppressWarnings(
      "SystemConsoleNull") // handled: Console.isTerminal() is asked where it exists (Java 22+)
  private static boolean isTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return Boolean.TRUE.equals(isTerminal.invoke(console));
    } catch (ReflectiveOperationException e) {
      return true; // Java 17 to 21: a console exists only for a terminal
    }
  }
}
