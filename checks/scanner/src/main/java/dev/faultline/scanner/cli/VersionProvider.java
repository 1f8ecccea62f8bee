package dev.faultline.scanner.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code faultline --version}. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"faultline " + BuildInfo.version()};
  }
}
