package dev.faultline.scanner.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A file and, for a result, a region in it (§3.29 physicalLocation). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {}
