package dev.faultline.scanner.report;

/**
 * Turns a scan's report into the text of one output format. Renderers are stateless and
 * deterministic.
 */
public interface ReportRenderer {
  String render(ScanReport report);
}
