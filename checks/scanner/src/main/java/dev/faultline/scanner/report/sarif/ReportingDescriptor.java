package dev.faultline.scanner.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A rule: one Faultline check (§3.49 reportingDescriptor). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportingDescriptor(
    String id,
    String name,
    MultiformatMessageString shortDescription,
    String helpUri,
    ReportingConfiguration defaultConfiguration) {}
