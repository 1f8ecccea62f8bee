package dev.faultline.scanner.report;

import dev.faultline.scanner.baseline.Fingerprints;
import java.net.URI;
import java.util.List;

/**
 * A fixed report for golden-file tests, with everything that needs escaping somewhere: a path with
 * a space, comma and colon; a file outside the root; messages with %, CR, LF, tab, a control
 * character, XML specials, quotes and non-ASCII text; file errors.
 */
public final class SampleReport {
  private SampleReport() {}

  public static ScanReport create() {
    String sync = "src/main/java/com/acme/InvoiceSync.java";
    String odd = "src/main/java/com/acme/Sync Job, v2: legacy.java";
    String outside = "/opt/shared/Legacy Client.java";
    return new ScanReport(
        "1.2.3",
        "https://example.com/faultline",
        URI.create("file:///work/project/"),
        List.of(
            new ReportedRule(
                "RetryAfterIgnored",
                "Wait for the time in the Retry-After header before re-sending a rate-limited request",
                "https://example.com/faultline/docs/checks/RetryAfterIgnored.md",
                Severity.ERROR),
            new ReportedRule(
                "NonRetryableErrorRetried",
                "Do not re-send a request that failed with a permanent error (400, 401, 404)",
                "https://example.com/faultline/docs/checks/NonRetryableErrorRetried.md",
                Severity.WARNING)),
        List.of(
            new ScanFinding(
                odd,
                7,
                13,
                "NonRetryableErrorRetried",
                "Re-sent after a 404 at 100%\nsecond line\r\nthird\tline, a control \u0001 char: caf\u00e8 \u20ac \uD83D\uDE00",
                Severity.WARNING,
                Fingerprints.fingerprint(
                    "NonRetryableErrorRetried", odd, "client.send(request);", 0)),
            new ScanFinding(
                sync,
                42,
                9,
                "RetryAfterIgnored",
                "Thread.sleep(1000) after a 429: wait for the \"Retry-After\" time instead <see docs> & 'notes'",
                Severity.ERROR,
                Fingerprints.fingerprint("RetryAfterIgnored", sync, "Thread.sleep(1000);", 0)),
            new ScanFinding(
                sync,
                42,
                9,
                "NonRetryableErrorRetried",
                "Re-sent after a 400",
                Severity.WARNING,
                Fingerprints.fingerprint(
                    "NonRetryableErrorRetried", sync, "Thread.sleep(1000);", 0)),
            new ScanFinding(
                outside,
                3,
                1,
                "RetryAfterIgnored",
                "plain message",
                Severity.ERROR,
                Fingerprints.fingerprint("RetryAfterIgnored", outside, "retry();", 0))),
        List.of(
            new FileError("src/main/java/com/acme/Latin1.java", "not valid UTF-8 (byte offset 17)"),
            new FileError(
                "src/main/java/com/acme/Broken.java",
                "does not parse: line 3, column 5: expected ';'")),
        6,
        1,
        0);
  }
}
