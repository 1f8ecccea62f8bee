package dev.faultline.scanner.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code faultline} command: {@code --version}, {@code --help}, and the {@code scan}
 * subcommand.
 */
@Command(
    name = "faultline",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Finds Java client code that mishandles HTTP API errors: retries that ignore Retry-After, permanent errors"
          + " re-sent as if they were temporary.",
      "Run 'faultline scan --help' for the scanner's options."
    },
    commandListHeading = "%nCommands:%n")
final class FaultlineCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing command: scan");
  }
}
