package dev.faultline.analysis.library;

import static com.google.common.truth.Truth.assertThat;

import dev.faultline.analysis.model.Anchor;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.RetryLibrary;
import dev.faultline.analysis.model.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a retry library's builder settings lower to. */
class RetryConfigurationTest {
  private static final Anchor CONFIG = new Anchor() {};
  private static final String CLIENT_ERROR =
      "org.springframework.web.client.HttpClientErrorException";

  private static RetryConfiguration failsafe() {
    return new RetryConfiguration(RetryLibrary.FAILSAFE, Step.RetryDelay.NONE);
  }

  private static IntSet statuses(List<Step> steps) {
    IntSet all = IntSet.EMPTY;
    for (Step step : steps) {
      all = all.union(((Step.LibraryRetry) step).statuses());
    }
    return all;
  }

  @Test
  void catchAllCountsOnlyWithKnownWork() {
    assertThat(failsafe().steps(CONFIG, null)).isEmpty();
    assertThat(statuses(failsafe().steps(CONFIG, IntSet.of(429)))).isEqualTo(IntSet.of(429));
    RetryConfiguration everyException = failsafe();
    everyException.retryType("java.lang.Exception");
    assertThat(everyException.steps(CONFIG, null)).isEmpty();
  }

  @Test
  void excludedTypesAreSubtracted() {
    RetryConfiguration configuration = failsafe();
    configuration.retryType(CLIENT_ERROR);
    configuration.excludeType(CLIENT_ERROR + ".NotFound");
    IntSet retried = statuses(configuration.steps(CONFIG, null));
    assertThat(retried.contains(400)).isTrue();
    assertThat(retried.contains(404)).isFalse();
  }

  @Test
  void predicateCountsOnlyThroughTheStatusesItTests() {
    RetryConfiguration unknownTest = failsafe();
    unknownTest.retryException(
        Condition.or(Condition.UNKNOWN, new Condition.TextMatch(List.of("timeout"))));
    assertThat(unknownTest.steps(CONFIG, IntSet.of(400))).isEmpty();
    RetryConfiguration rateLimits = failsafe();
    rateLimits.retryResult(Condition.or(Condition.UNKNOWN, new Condition.StatusIn(IntSet.of(429))));
    assertThat(statuses(rateLimits.steps(CONFIG, null))).isEqualTo(IntSet.of(429));
  }

  @Test
  void anAbortPredicateThatCannotBeReadMayAbortAnything() {
    RetryConfiguration configuration = failsafe();
    configuration.retryType(CLIENT_ERROR);
    configuration.abortWhen(Condition.UNKNOWN);
    for (Step step : configuration.steps(CONFIG, null)) {
      Step.LibraryRetry retry = (Step.LibraryRetry) step;
      assertThat(Condition.statusesWhereTrue(retry.retriedWhen(), retry.statuses()).isEmpty())
          .isTrue();
    }
  }

  @Test
  void aNegatedTestThatCannotBeReadRetriesNothing() {
    RetryConfiguration configuration = failsafe();
    configuration.retryException(
        Condition.and(
            new Condition.Not(Condition.UNKNOWN), new Condition.StatusIn(IntSet.range(400, 499))));
    assertThat(configuration.steps(CONFIG, null)).isEmpty();
  }

  @Test
  void delayFromRetryAfterWinsOverAFixedOne() {
    RetryConfiguration configuration = failsafe();
    configuration.retryType(CLIENT_ERROR);
    configuration.delay(Step.RetryDelay.RETRY_AFTER);
    configuration.delay(Step.RetryDelay.OWN);
    assertThat(((Step.LibraryRetry) configuration.steps(CONFIG, null).get(0)).delay())
        .isEqualTo(Step.RetryDelay.RETRY_AFTER);
  }

  @Test
  void unreadableFilterOrCatchAllAbortIsNotJudged() {
    RetryConfiguration unreadable = failsafe();
    unreadable.retryType(CLIENT_ERROR);
    unreadable.unreadable();
    assertThat(unreadable.steps(CONFIG, null)).isEmpty();
    RetryConfiguration abortsAll = failsafe();
    abortsAll.retryType(CLIENT_ERROR);
    abortsAll.excludeType("java.lang.RuntimeException");
    assertThat(abortsAll.steps(CONFIG, null)).isEmpty();
  }
}
