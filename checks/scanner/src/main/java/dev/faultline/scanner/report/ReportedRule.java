package dev.faultline.scanner.report;

/**
 * A check that ran, as the reports describe it.
 *
 * @param name the check's name (the SARIF rule id)
 * @param summary one sentence: what to do
 * @param helpUri an absolute URI of the check's docs page
 * @param severity its severity in this scan
 */
public record ReportedRule(String name, String summary, String helpUri, Severity severity) {}
