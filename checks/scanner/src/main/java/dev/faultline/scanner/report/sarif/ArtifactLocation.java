package dev.faultline.scanner.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A file (§3.4 artifactLocation): a URI relative to {@code uriBaseId} ({@code %SRCROOT%}, the scan
 * root), or an absolute URI and no base.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArtifactLocation(String uri, String uriBaseId) {}
