package dev.faultline.scanner.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Something that happened while the tool ran, such as a file it could not analyse (§3.58
 * notification).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Notification(String level, Message message, List<Location> locations) {}
