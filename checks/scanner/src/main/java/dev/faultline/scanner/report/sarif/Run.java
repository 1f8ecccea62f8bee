package dev.faultline.scanner.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * One run of one tool (§3.14 run). {@code results} is always present: empty means "ran and found
 * nothing".
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Run(
    Tool tool,
    List<Invocation> invocations,
    Map<String, ArtifactLocation> originalUriBaseIds,
    String columnKind,
    List<Result> results) {}
