package dev.faultline.scanner.report;

import org.junit.jupiter.api.Test;

/** Each format's rendering of one fixed report, byte for byte. */
class ReportGoldenTest {
  private final ScanReport report = SampleReport.create();

  @Test
  void text() throws Exception {
    Golden.assertMatches("report.txt", ReportFormat.TEXT.renderer().render(report));
  }

  @Test
  void sarif() throws Exception {
    Golden.assertMatches("report.sarif.json", ReportFormat.SARIF.renderer().render(report));
  }

  @Test
  void checkstyle() throws Exception {
    Golden.assertMatches(
        "report.checkstyle.xml", ReportFormat.CHECKSTYLE.renderer().render(report));
  }

  @Test
  void github() throws Exception {
    Golden.assertMatches("report.github.txt", ReportFormat.GITHUB.renderer().render(report));
  }
}
