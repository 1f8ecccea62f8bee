package dev.faultline.scanner.report;

import org.jspecify.annotations.Nullable;

/**
 * A check that ran, as the reports describe it.
 *
 * @param name the check's name (the SARIF rule id)
 * @param summary one sentence: what to do
 * @param helpUri an absolute URI of the check's docs page, or null when none was given ({@code
 *     --help-uri-base})
 * @param severity its severity in this scan
 */
public record ReportedRule(
    String name, String summary, @Nullable String helpUri, Severity severity) {}
