package dev.faultline.scanner.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * How the run went (§3.20 invocation): {@code executionSuccessful} is false when some file could
 * not be analysed, and {@code toolExecutionNotifications} names each such file.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Invocation(
    boolean executionSuccessful, List<Notification> toolExecutionNotifications) {}
