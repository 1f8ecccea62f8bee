package dev.faultline.scanner.report;

import java.util.Locale;

/**
 * How serious a finding is. Every check reports at {@link #WARNING} unless {@code scan --severity
 * Name=ERROR} raises it, as {@code -Xep:Name:ERROR} does for the Error Prone plugin.
 */
public enum Severity {
  WARNING,
  ERROR;

  /** The lower-case word used in every output format: {@code warning} or {@code error}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
