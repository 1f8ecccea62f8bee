package dev.faultline.scanner.report;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Everything a report says about one scan. The lists are sorted on construction, so the same scan
 * gives the same bytes in every format however many threads it ran on.
 *
 * @param toolVersion the scanner's version
 * @param informationUri the scanner's home page
 * @param rootUri the scan root as an absolute {@code file:} URI ending in '/'; report paths are
 *     relative to it
 * @param rules the checks that ran, sorted by name
 * @param findings the findings to report (after the baseline), sorted by {@link ScanFinding#ORDER}
 * @param errors the files that could not be analysed, sorted by path
 * @param filesScanned how many files the scan tried to analyse
 * @param baselined how many findings the baseline suppressed
 * @param outsideChanges how many findings were left out because they are not on a line the change
 *     ({@code --changed-since}, {@code --diff}) adds or modifies
 */
public record ScanReport(
    String toolVersion,
    String informationUri,
    URI rootUri,
    List<ReportedRule> rules,
    List<ScanFinding> findings,
    List<FileError> errors,
    int filesScanned,
    int baselined,
    int outsideChanges) {

  public ScanReport {
    List<ReportedRule> sortedRules = new ArrayList<>(rules);
    sortedRules.sort((a, b) -> a.name().compareTo(b.name()));
    rules = List.copyOf(sortedRules);
    List<ScanFinding> sortedFindings = new ArrayList<>(findings);
    sortedFindings.sort(ScanFinding.ORDER);
    findings = List.copyOf(sortedFindings);
    List<FileError> sortedErrors = new ArrayList<>(errors);
    sortedErrors.sort(FileError.ORDER);
    errors = List.copyOf(sortedErrors);
  }

  /**
   * The index of a rule in {@link #rules()}, as SARIF's {@code ruleIndex}; -1 if it is not there.
   */
  public int ruleIndex(String check) {
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).name().equals(check)) {
        return i;
      }
    }
    return -1;
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** The one-line summary printed on stderr after every scan. */
  public String summary() {
    StringBuilder line = new StringBuilder("faultline: ");
    if (findings.isEmpty()) {
      line.append("no findings");
    } else {
      line.append(plural(findings.size(), "finding"))
          .append(" (")
          .append(plural(count(Severity.ERROR), "error"))
          .append(", ")
          .append(plural(count(Severity.WARNING), "warning"))
          .append(')');
    }
    line.append(" in ").append(plural(filesScanned, "file"));
    if (baselined > 0) {
      line.append("; ").append(baselined).append(" suppressed by the baseline");
    }
    if (outsideChanges > 0) {
      line.append("; ")
          .append(plural(outsideChanges, "finding"))
          .append(" outside the changed lines not shown");
    }
    if (!errors.isEmpty()) {
      line.append("; ")
          .append(plural(errors.size(), "file"))
          .append(errors.size() == 1 ? " was" : " were")
          .append(" not analysed");
    }
    return line.toString();
  }

  static String plural(long count, String noun) {
    return String.format(Locale.ROOT, "%d %s%s", count, noun, count == 1 ? "" : "s");
  }
}
