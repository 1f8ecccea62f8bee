package dev.faultline.scanner.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * {@code faultline}: the scanner's command line. Exit codes: 0 no finding at or above the {@code
 * --fail-on} threshold, 1 findings at or above it, 2 a usage or I/O error (see {@link
 * ScanCommand}).
 */
public final class Main {
  /** Usage errors, I/O errors, a scan that could analyse nothing. */
  public static final int EXIT_ERROR = 2;

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, CliEnvironment.system()));
  }

  /**
   * Runs the command line in an environment and returns its exit code; never throws, never prints a
   * stack trace.
   */
  public static int run(String[] args, CliEnvironment env) {
    return commandLine(env).execute(args);
  }

  static CommandLine commandLine(CliEnvironment env) {
    CommandLine cli = new CommandLine(new FaultlineCommand());
    cli.addSubcommand("scan", new ScanCommand(env));
    cli.addSubcommand("help", new HelpCommand());
    cli.setOut(new PrintWriter(new OutputStreamWriter(env.out(), UTF_8), true));
    cli.setErr(new PrintWriter(new OutputStreamWriter(env.err(), UTF_8), true));
    cli.setParameterExceptionHandler(Main::usageError);
    cli.setExecutionExceptionHandler(
        (e, command, parseResult) -> {
          command.getErr().println("faultline: error: " + ScanEngine.internalError(e));
          return EXIT_ERROR;
        });
    return cli;
  }

  /** A wrong flag or value: what is wrong, the closest valid spellings, and where to find help. */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    String name = command.getCommandSpec().qualifiedName();
    err.println(name + ": " + e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + name + " --help' for more information.");
    err.flush();
    return EXIT_ERROR;
  }
}
