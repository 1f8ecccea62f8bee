package dev.faultline.errorprone;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.bugpatterns.BugChecker;
import dev.faultline.analysis.rules.CheckInfo;
import dev.faultline.analysis.rules.CheckNames;
import javax.inject.Inject;

/**
 * Flags an OAuth 2.0 device-code token poll (RFC 8628) that goes on after {@code slow_down} without
 * adding 5 seconds to its interval for this and all later polls, or that does not wait between
 * polls.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = CheckNames.DEVICE_CODE_SLOW_DOWN_IGNORED_SUMMARY,
    severity = WARNING,
    linkType = CUSTOM,
    link = CheckNames.DOCS_PATH + CheckNames.DEVICE_CODE_SLOW_DOWN_IGNORED + ".md",
    tags = BugPattern.StandardTags.FRAGILE_CODE)
public final class DeviceCodeSlowDownIgnored extends FaultlineChecker {
  private static final long serialVersionUID = 1L;

  /** For tests and tools that create checks without flags. */
  public DeviceCodeSlowDownIgnored() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  DeviceCodeSlowDownIgnored(ErrorProneFlags flags) {
    super(CheckInfo.DEVICE_CODE_SLOW_DOWN_IGNORED, flags);
  }
}
