package dev.faultline.scanner.cli;

import dev.faultline.scanner.report.Severity;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code --fail-on}: the lowest severity whose findings make the scan exit with 1. */
public enum FailOn {
  ERROR,
  WARNING,
  NEVER;

  public boolean fails(Severity severity) {
    return switch (this) {
      case ERROR -> severity == Severity.ERROR;
      case WARNING -> true;
      case NEVER -> false;
    };
  }

  public String optionName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<FailOn> fromOptionName(String name) {
    return Arrays.stream(values())
        .filter(v -> v.optionName().equals(name.trim().toLowerCase(Locale.ROOT)))
        .findFirst();
  }

  public static List<String> optionNames() {
    return Arrays.stream(values()).map(FailOn::optionName).toList();
  }
}
