package dev.faultline.analysis.library;

import static com.google.common.truth.Truth.assertThat;

import dev.faultline.analysis.model.Anchor;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.RetryLibrary;
import dev.faultline.analysis.model.Step;
import org.junit.jupiter.api.Test;

class ReactorRetrySpecsTest {
  private static final Anchor HERE = new Anchor() {};
  private static final String WEB_CLIENT = "org.springframework.web.reactive.function.client.";

  @Test
  void backoffWithoutFilterOnARequestRetriesEveryFailureWithItsOwnDelay() {
    Step step =
        ReactorRetrySpecs.libraryRetry(
            HERE, "backoff", Condition.TRUE, true, () -> Step.RetryDelay.NONE);
    assertThat(step)
        .isEqualTo(
            new Step.LibraryRetry(
                HERE,
                RetryLibrary.REACTOR,
                HttpErrorTypes.ANY_FAILURE,
                Condition.TRUE,
                Step.RetryDelay.OWN,
                false));
  }

  @Test
  void everyErrorOfWorkThatSendsNothingIsNotJudged() {
    assertThat(
            ReactorRetrySpecs.libraryRetry(
                HERE, "max", Condition.TRUE, false, () -> Step.RetryDelay.NONE))
        .isEqualTo(Step.NOTHING);
  }

  @Test
  void aFilterThatTellsNoHttpFailuresApartIsNotJudged() {
    assertThat(
            ReactorRetrySpecs.libraryRetry(
                HERE, "backoff", Condition.UNKNOWN, true, () -> Step.RetryDelay.NONE))
        .isEqualTo(Step.NOTHING);
  }

  @Test
  void aFilterOnHttpTypesCountsWhereverTheSpecIsBuiltAndFixedDelayIsFixed() {
    Condition tooManyRequests =
        ReactorRetrySpecs.failureType(WEB_CLIENT + "WebClientResponseException.TooManyRequests");
    Step step =
        ReactorRetrySpecs.libraryRetry(
            HERE, "fixedDelay", tooManyRequests, false, () -> Step.RetryDelay.NONE);
    assertThat(((Step.LibraryRetry) step).retriedWhen())
        .isEqualTo(new Condition.StatusIn(IntSet.of(429)));
    assertThat(((Step.LibraryRetry) step).delay()).isEqualTo(Step.RetryDelay.FIXED);
  }

  @Test
  void customFunctionsAskForTheirDelayAndRetryWithoutOneResubscribesAtOnce() {
    Condition limited = new Condition.StatusIn(IntSet.of(429, 503));
    Step from =
        ReactorRetrySpecs.libraryRetry(
            HERE, "from", limited, true, () -> Step.RetryDelay.RETRY_AFTER);
    assertThat(((Step.LibraryRetry) from).delay()).isEqualTo(Step.RetryDelay.RETRY_AFTER);
    Step retry =
        ReactorRetrySpecs.libraryRetry(
            HERE, "retry", Condition.TRUE, true, () -> Step.RetryDelay.OWN);
    assertThat(((Step.LibraryRetry) retry).delay()).isEqualTo(Step.RetryDelay.NONE);
  }

  @Test
  void transportAndHttpExceptionTypesNameFailuresButCatchAllsDoNot() {
    assertThat(ReactorRetrySpecs.failureType(WEB_CLIENT + "WebClientRequestException"))
        .isEqualTo(new Condition.StatusIn(HttpErrorTypes.TRANSPORT));
    assertThat(ReactorRetrySpecs.failureType("java.lang.RuntimeException")).isNull();
    assertThat(ReactorRetrySpecs.failureType("java.util.concurrent.TimeoutException")).isNull();
  }
}
