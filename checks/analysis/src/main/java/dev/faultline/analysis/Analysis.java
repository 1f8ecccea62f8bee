package dev.faultline.analysis;

import dev.faultline.analysis.contract.ApiContract;
import dev.faultline.analysis.model.Unit;
import dev.faultline.analysis.rules.CheckInfo;
import dev.faultline.analysis.rules.DeviceCodeSlowDownIgnoredRule;
import dev.faultline.analysis.rules.Finding;
import dev.faultline.analysis.rules.HandlingInterpreter;
import dev.faultline.analysis.rules.NonRetryableErrorRetriedRule;
import dev.faultline.analysis.rules.RetryAfterHttpDateUnsupportedRule;
import dev.faultline.analysis.rules.RetryAfterIgnoredRule;
import dev.faultline.analysis.rules.RetryWithoutBackoffRule;
import dev.faultline.analysis.rules.UnauthorizedErrorPartiallyReadRule;
import dev.faultline.analysis.rules.ValidationResultDroppedRule;
import java.util.ArrayList;
import java.util.List;

/** The one entry point both front ends call: judge a lowered unit against a contract. */
public final class Analysis {
  private Analysis() {}

  /** The findings of one check on one unit. */
  public static List<Finding> judge(Unit unit, CheckInfo check, ApiContract contract) {
    return judge(events(unit, contract), check, contract);
  }

  /** What happens in a unit: run once, judged by every check. */
  public static HandlingInterpreter.Events events(Unit unit, ApiContract contract) {
    return HandlingInterpreter.run(unit.body(), contract);
  }

  /** The findings of one check on a unit's events. */
  public static List<Finding> judge(
      HandlingInterpreter.Events events, CheckInfo check, ApiContract contract) {
    return switch (check) {
      case RETRY_AFTER_IGNORED -> RetryAfterIgnoredRule.judge(events.sends(), contract);
      case NON_RETRYABLE_ERROR_RETRIED ->
          NonRetryableErrorRetriedRule.judge(events.sends(), contract);
      case UNAUTHORIZED_ERROR_PARTIALLY_READ ->
          UnauthorizedErrorPartiallyReadRule.judge(events.handlerEnds(), contract);
      case VALIDATION_RESULT_DROPPED ->
          ValidationResultDroppedRule.judge(events.handlerEnds(), contract);
      case DEVICE_CODE_SLOW_DOWN_IGNORED ->
          DeviceCodeSlowDownIgnoredRule.judge(events.slowDownIgnored());
      case RETRY_WITHOUT_BACKOFF -> RetryWithoutBackoffRule.judge(events.sends(), contract);
      case RETRY_AFTER_HTTP_DATE_UNSUPPORTED ->
          RetryAfterHttpDateUnsupportedRule.judge(events.retryAfterReadsAsNumber());
    };
  }

  /** The findings of every check on one unit. */
  public static List<Finding> judgeAll(Unit unit, ApiContract contract) {
    List<Finding> findings = new ArrayList<>();
    for (CheckInfo check : CheckInfo.all()) {
      findings.addAll(judge(unit, check, contract));
    }
    return findings;
  }
}
