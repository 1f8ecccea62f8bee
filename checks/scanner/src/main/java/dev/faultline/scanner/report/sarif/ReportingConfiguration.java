package dev.faultline.scanner.report.sarif;

/**
 * A rule's configuration in this run: its level, {@code warning} or {@code error} (§3.50
 * reportingConfiguration).
 */
public record ReportingConfiguration(String level) {}
