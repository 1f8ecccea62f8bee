package dev.faultline.scanner.lowering;

import java.util.List;

/**
 * Rows of the scanner's library tables: the older retry libraries, Failsafe 2 ({@code
 * net.jodah.failsafe}) and reactor-extra's {@code reactor.retry.Retry} / {@code Repeat}.
 */
final class LegacyRetryRows {
  private LegacyRetryRows() {}

  static void addTo(LibraryRows rows) {
    String failsafe = "net.jodah.failsafe.";
    rows.returns(failsafe + "RetryPolicy#*", failsafe + "RetryPolicy");
    rows.returns(failsafe + "Failsafe#with", failsafe + "FailsafeExecutor");
    rows.returns(failsafe + "Failsafe#none", failsafe + "FailsafeExecutor");
    rows.returns(failsafe + "FailsafeExecutor#with", failsafe + "FailsafeExecutor");
    rows.returns(failsafe + "FailsafeExecutor#onFailure", failsafe + "FailsafeExecutor");
    rows.returns(failsafe + "FailsafeExecutor#onSuccess", failsafe + "FailsafeExecutor");
    rows.returns(failsafe + "FailsafeExecutor#onComplete", failsafe + "FailsafeExecutor");
    rows.known(failsafe + "function.DelayFunction", failsafe + "ExecutionContext");
    String retry = "reactor.retry.Retry";
    String repeat = "reactor.retry.Repeat";
    rows.returns(retry + "#*", retry);
    rows.returns(repeat + "#*", repeat);
    rows.lambdaParameters(retry + "#onlyIf/0", List.of("reactor.retry.RetryContext"));
    rows.lambdaParameters(repeat + "#onlyIf/0", List.of("reactor.retry.RepeatContext"));
    rows.lambdaParameters(repeat + "#create/0", List.of("reactor.retry.RepeatContext"));
    rows.returns("reactor.retry.RetryContext#exception", "java.lang.Throwable");
    rows.returns("reactor.retry.RetryContext#iteration", "long");
    rows.returns("reactor.retry.RepeatContext#iteration", "long");
    rows.returns("reactor.retry.RepeatContext#companionValue", "java.lang.Long");
    rows.known("reactor.retry.Backoff", "reactor.retry.Jitter");
  }
}
