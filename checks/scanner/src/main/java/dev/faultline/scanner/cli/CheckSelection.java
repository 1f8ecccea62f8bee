package dev.faultline.scanner.cli;

import dev.faultline.analysis.rules.CheckInfo;
import dev.faultline.scanner.report.Severity;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The checks a scan runs and their severities, from {@code --enable}, {@code --disable} and {@code
 * --severity}:
 *
 * <ul>
 *   <li>by default every check runs at {@link Severity#WARNING};
 *   <li>{@code --enable Name} (repeatable): run only the checks named;
 *   <li>{@code --disable Name} (repeatable): do not run that check;
 *   <li>{@code --severity Name=ERROR|WARNING|OFF} (repeatable), as Error Prone's {@code
 *       -Xep:Name:ERROR}; {@code OFF} is {@code --disable}.
 * </ul>
 *
 * Names are the check names ({@code RetryAfterIgnored}), matched exactly; a wrong name is an error
 * naming the valid ones.
 */
final class CheckSelection {
  private final Map<CheckInfo, Severity> enabled;

  private CheckSelection(Map<CheckInfo, Severity> enabled) {
    this.enabled = enabled;
  }

  /**
   * @throws IllegalArgumentException for an unknown check or level, a check both enabled and
   *     disabled, or no check left
   */
  static CheckSelection of(
      Collection<String> enable, Collection<String> disable, Map<String, String> severities) {
    Set<CheckInfo> enabledChecks = EnumSet.noneOf(CheckInfo.class);
    for (String name : enable) {
      enabledChecks.add(check(name, "--enable"));
    }
    if (enable.isEmpty()) {
      enabledChecks.addAll(CheckInfo.all());
    }
    Map<CheckInfo, Severity> levels = new EnumMap<>(CheckInfo.class);
    Set<CheckInfo> disabled = EnumSet.noneOf(CheckInfo.class);
    for (String name : disable) {
      disabled.add(check(name, "--disable"));
    }
    for (Map.Entry<String, String> entry : severities.entrySet()) {
      CheckInfo check = check(entry.getKey(), "--severity");
      String level = entry.getValue().trim().toUpperCase(Locale.ROOT);
      switch (level) {
        case "ERROR" -> levels.put(check, Severity.ERROR);
        case "WARNING" -> levels.put(check, Severity.WARNING);
        case "OFF" -> disabled.add(check);
        default ->
            throw new IllegalArgumentException(
                "--severity "
                    + entry.getKey()
                    + "="
                    + entry.getValue()
                    + ": unknown level '"
                    + entry.getValue()
                    + "'; valid levels are ERROR, WARNING, OFF");
      }
    }
    for (String name : enable) {
      CheckInfo check = check(name, "--enable");
      if (disabled.contains(check)) {
        throw new IllegalArgumentException("check " + name + " is both enabled and disabled");
      }
    }
    enabledChecks.removeAll(disabled);
    if (enabledChecks.isEmpty()) {
      throw new IllegalArgumentException(
          "every check is disabled; valid checks are " + validNames());
    }
    Map<CheckInfo, Severity> result = new EnumMap<>(CheckInfo.class);
    for (CheckInfo check : enabledChecks) {
      result.put(check, levels.getOrDefault(check, Severity.WARNING));
    }
    return new CheckSelection(Collections.unmodifiableMap(result));
  }

  Set<CheckInfo> checks() {
    return enabled.keySet();
  }

  Map<CheckInfo, Severity> severities() {
    return enabled;
  }

  Optional<Severity> severity(String checkName) {
    return byName(checkName).map(enabled::get);
  }

  /** Every check by name, in name order, with its severity in this selection (absent: off). */
  Map<String, Optional<Severity>> all() {
    Map<String, Optional<Severity>> all = new TreeMap<>();
    for (CheckInfo check : CheckInfo.all()) {
      all.put(check.checkName(), Optional.ofNullable(enabled.get(check)));
    }
    return new LinkedHashMap<>(all);
  }

  private static CheckInfo check(String name, String option) {
    return byName(name.trim())
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    option + ": unknown check '" + name + "'; valid checks are " + validNames()));
  }

  private static Optional<CheckInfo> byName(String name) {
    return CheckInfo.all().stream().filter(c -> c.checkName().equals(name)).findFirst();
  }

  static String validNames() {
    List<String> names = CheckInfo.all().stream().map(CheckInfo::checkName).sorted().toList();
    return names.stream().collect(Collectors.joining(", "));
  }
}
