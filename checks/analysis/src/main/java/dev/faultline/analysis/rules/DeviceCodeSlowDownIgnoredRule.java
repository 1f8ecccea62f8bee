package dev.faultline.analysis.rules;

import dev.faultline.analysis.model.Anchor;
import dev.faultline.analysis.model.Step;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DeviceCodeSlowDownIgnored: an OAuth 2.0 device-code token poll (RFC 8628) goes on polling after
 * {@code slow_down} without adding 5 seconds to its interval for this and all later polls, or polls
 * without waiting at all. The polls are recognised over the whole method by {@link
 * dev.faultline.analysis.recognisers.DeviceCodePolls}.
 */
public final class DeviceCodeSlowDownIgnoredRule {
  private DeviceCodeSlowDownIgnoredRule() {}

  public static List<Finding> judge(List<Step.SlowDownIgnored> polls) {
    Map<Anchor, String> problems = new LinkedHashMap<>();
    for (Step.SlowDownIgnored poll : polls) {
      problems.putIfAbsent(poll.anchor(), poll.problem());
    }
    List<Finding> findings = new ArrayList<>();
    problems.forEach(
        (anchor, problem) ->
            findings.add(
                new Finding(
                    CheckInfo.DEVICE_CODE_SLOW_DOWN_IGNORED.checkName(),
                    anchor,
                    message(problem))));
    return findings;
  }

  private static String message(String problem) {
    return "This device-code token poll "
        + problem
        + ". RFC 8628 section 3.5: wait the interval (5 s by default) between polls, and on slow_down"
        + " add 5 seconds to it for this and all later polls (interval += 5 where the wait reads it,"
        + " not in a copy made afresh for each poll).";
  }
}
