package dev.faultline.scanner.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/** A rule: one Faultline check (§3.49 reportingDescriptor). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportingDescriptor(
    String id,
    String name,
    MultiformatMessageString shortDescription,
    @Nullable String helpUri,
    ReportingConfiguration defaultConfiguration) {}
