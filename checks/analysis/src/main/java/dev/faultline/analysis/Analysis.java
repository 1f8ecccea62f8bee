package dev.faultline.analysis;

import dev.faultline.analysis.contract.ApiContract;
import dev.faultline.analysis.model.Unit;
import dev.faultline.analysis.rules.CheckInfo;
import dev.faultline.analysis.rules.Finding;
import dev.faultline.analysis.rules.HandlingInterpreter;
import dev.faultline.analysis.rules.NonRetryableErrorRetriedRule;
import dev.faultline.analysis.rules.RetryAfterIgnoredRule;
import dev.faultline.analysis.rules.SendEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The one entry point both front ends call: judge a lowered unit against a contract. */
public final class Analysis {
  private Analysis() {}

  /** The findings of one check on one unit. */
  public static List<Finding> judge(Unit unit, CheckInfo check, ApiContract contract) {
    Set<SendEvent> events = HandlingInterpreter.sendEvents(unit.body(), contract);
    return switch (check) {
      case RETRY_AFTER_IGNORED -> RetryAfterIgnoredRule.judge(events, contract);
      case NON_RETRYABLE_ERROR_RETRIED -> NonRetryableErrorRetriedRule.judge(events, contract);
    };
  }

  /** The findings of every check on one unit. */
  public static List<Finding> judgeAll(Unit unit, ApiContract contract) {
    Set<SendEvent> events = HandlingInterpreter.sendEvents(unit.body(), contract);
    List<Finding> findings = new ArrayList<>(RetryAfterIgnoredRule.judge(events, contract));
    findings.addAll(NonRetryableErrorRetriedRule.judge(events, contract));
    return findings;
  }
}
