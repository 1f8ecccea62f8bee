package dev.faultline.scanner.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** One finding (§3.27 result). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Result(
    String ruleId,
    int ruleIndex,
    String level,
    Message message,
    List<Location> locations,
    Map<String, String> partialFingerprints) {}
