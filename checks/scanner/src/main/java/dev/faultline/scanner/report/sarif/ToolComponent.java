package dev.faultline.scanner.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The tool's driver: its name, version and rules (§3.19 toolComponent). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ToolComponent(
    String name, String version, String informationUri, List<ReportingDescriptor> rules) {}
