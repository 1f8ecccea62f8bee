package dev.faultline.scanner.report;

import dev.faultline.scanner.report.sarif.ArtifactLocation;
import dev.faultline.scanner.report.sarif.Invocation;
import dev.faultline.scanner.report.sarif.Location;
import dev.faultline.scanner.report.sarif.Message;
import dev.faultline.scanner.report.sarif.MultiformatMessageString;
import dev.faultline.scanner.report.sarif.Notification;
import dev.faultline.scanner.report.sarif.PhysicalLocation;
import dev.faultline.scanner.report.sarif.Region;
import dev.faultline.scanner.report.sarif.ReportingConfiguration;
import dev.faultline.scanner.report.sarif.ReportingDescriptor;
import dev.faultline.scanner.report.sarif.Result;
import dev.faultline.scanner.report.sarif.Run;
import dev.faultline.scanner.report.sarif.SarifLog;
import dev.faultline.scanner.report.sarif.Tool;
import dev.faultline.scanner.report.sarif.ToolComponent;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * SARIF 2.1.0: one run, one result per finding, file URIs relative to {@code %SRCROOT%} (the scan
 * root), the baseline fingerprint as a partial fingerprint, and one tool execution notification per
 * file that could not be analysed.
 */
public final class SarifRenderer implements ReportRenderer {
  public static final String TOOL_NAME = "Faultline";
  public static final String SRCROOT = "%SRCROOT%";

  /**
   * The key of the baseline fingerprint in {@code partialFingerprints}; the suffix is the
   * fingerprint version.
   */
  public static final String FINGERPRINT_KEY = "faultline/v1";

  @Override
  public String render(ScanReport report) {
    return Json.write(log(report));
  }

  /** The report as a SARIF object model. */
  public static SarifLog log(ScanReport report) {
    List<ReportingDescriptor> rules =
        report.rules().stream()
            .map(
                r ->
                    new ReportingDescriptor(
                        r.name(),
                        r.name(),
                        new MultiformatMessageString(r.summary()),
                        r.helpUri(),
                        new ReportingConfiguration(r.severity().word())))
            .toList();
    ToolComponent driver =
        new ToolComponent(TOOL_NAME, report.toolVersion(), report.informationUri(), rules);
    List<Result> results =
        report.findings().stream()
            .map(
                f ->
                    new Result(
                        f.check(),
                        report.ruleIndex(f.check()),
                        f.severity().word(),
                        new Message(f.message()),
                        List.of(
                            new Location(
                                new PhysicalLocation(
                                    artifact(f.path()), new Region(f.line(), f.column())))),
                        Map.of(FINGERPRINT_KEY, f.fingerprint())))
            .toList();
    List<Notification> notifications =
        report.errors().stream()
            .map(
                e ->
                    new Notification(
                        "error",
                        new Message(e.path() + ": " + e.reason()),
                        List.of(new Location(new PhysicalLocation(artifact(e.path()), null)))))
            .toList();
    Invocation invocation =
        new Invocation(notifications.isEmpty(), notifications.isEmpty() ? null : notifications);
    Run run =
        new Run(
            new Tool(driver),
            List.of(invocation),
            Map.of(SRCROOT, new ArtifactLocation(report.rootUri().toASCIIString(), null)),
            "utf16CodeUnits",
            results);
    return new SarifLog(List.of(run));
  }

  /**
   * A report path as an artifact location: a relative path becomes a relative URI reference
   * (percent-encoded) against {@code %SRCROOT%}; an absolute path (a file outside the root) becomes
   * an absolute {@code file:} URI.
   */
  static ArtifactLocation artifact(String path) {
    if (isAbsolute(path)) {
      return new ArtifactLocation(fileUri(path), null);
    }
    return new ArtifactLocation(relativeUri(path), SRCROOT);
  }

  private static boolean isAbsolute(String path) {
    return path.startsWith("/")
        || (path.length() > 2 && path.charAt(1) == ':' && path.charAt(2) == '/');
  }

  private static String fileUri(String path) {
    String absolute = path.startsWith("/") ? path : "/" + path;
    return encode("file", absolute);
  }

  private static String relativeUri(String path) {
    // A first segment with a colon would read as a scheme ("c:x.java"): "./" keeps the reference
    // relative.
    int slash = path.indexOf('/');
    String firstSegment = slash < 0 ? path : path.substring(0, slash);
    String safe = firstSegment.contains(":") ? "./" + path : path;
    return encode(null, safe);
  }

  private static String encode(@Nullable String scheme, String path) {
    try {
      return new URI(scheme, scheme == null ? null : "", path, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("cannot make a URI of " + path, e);
    }
  }
}
