package dev.faultline.analysis.rules;

import static com.google.common.truth.Truth.assertThat;
import static dev.faultline.analysis.ClientCode.at;
import static dev.faultline.analysis.ClientCode.block;
import static dev.faultline.analysis.ClientCode.request;

import dev.faultline.analysis.ClientCode;
import dev.faultline.analysis.library.HttpErrorTypes;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.RetryLibrary;
import dev.faultline.analysis.model.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Retries that a library makes once configured, judged by the two retry checks. */
class LibraryRetryRulesTest {

  private static final IntSet CLIENT_ERRORS = IntSet.range(400, 499);

  private static Step retry(IntSet statuses, Condition when, Step.RetryDelay delay) {
    return new Step.LibraryRetry(
        at("config"), RetryLibrary.RESILIENCE4J, statuses, when, delay, false);
  }

  private static List<String> checks(Step body) {
    return java.util.stream.Stream.of(
            CheckInfo.RETRY_AFTER_IGNORED, CheckInfo.NON_RETRYABLE_ERROR_RETRIED)
        .flatMap(check -> ClientCode.findings(check, body).stream())
        .map(Finding::check)
        .toList();
  }

  @Test
  void everyClientErrorWithBackoffIsBothProblems() {
    List<Finding> retryAfter =
        ClientCode.findings(
            CheckInfo.RETRY_AFTER_IGNORED,
            retry(CLIENT_ERRORS, Condition.TRUE, Step.RetryDelay.OWN));
    List<Finding> permanent =
        ClientCode.findings(
            CheckInfo.NON_RETRYABLE_ERROR_RETRIED,
            retry(CLIENT_ERRORS, Condition.TRUE, Step.RetryDelay.OWN));
    assertThat(retryAfter).hasSize(1);
    assertThat(retryAfter.get(0).anchor()).isEqualTo(at("config"));
    assertThat(retryAfter.get(0).message()).contains("configured with Resilience4j");
    assertThat(retryAfter.get(0).message()).contains("intervalBiFunction");
    assertThat(retryAfter.get(0).message()).contains("429");
    assertThat(permanent).hasSize(1);
    assertThat(permanent.get(0).message()).contains("400");
    assertThat(permanent.get(0).message()).contains("retryOnException");
  }

  @Test
  void predicateLimitedToRateLimitsAndServerErrorsWithRetryAfterDelayIsSilent() {
    Condition rateLimitOrServer =
        Condition.or(
            new Condition.StatusIn(IntSet.of(429)), new Condition.StatusIn(IntSet.range(500, 599)));
    assertThat(
            checks(
                retry(
                    HttpErrorTypes.ANY_HTTP_STATUS,
                    rateLimitOrServer,
                    Step.RetryDelay.RETRY_AFTER)))
        .isEmpty();
  }

  @Test
  void serverErrorsOnlyWithBackoffIsRetryAfterIgnoredFor503Only() {
    List<Finding> findings =
        ClientCode.findings(
            CheckInfo.RETRY_AFTER_IGNORED,
            retry(IntSet.range(500, 599), Condition.TRUE, Step.RetryDelay.OWN));
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).message()).contains("503");
    assertThat(checks(retry(IntSet.range(500, 599), Condition.TRUE, Step.RetryDelay.OWN)))
        .containsExactly("RetryAfterIgnored");
  }

  @Test
  void immediateRetryOfRateLimitIsReportedAsResentAtOnce() {
    List<Finding> findings =
        ClientCode.findings(
            CheckInfo.RETRY_AFTER_IGNORED,
            retry(IntSet.of(429), Condition.TRUE, Step.RetryDelay.NONE));
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).message()).contains("at once");
  }

  @Test
  void transportFailuresOnlyAreSilent() {
    assertThat(checks(retry(HttpErrorTypes.TRANSPORT, Condition.TRUE, Step.RetryDelay.OWN)))
        .isEmpty();
    assertThat(checks(retry(IntSet.EMPTY, Condition.TRUE, Step.RetryDelay.OWN))).isEmpty();
  }

  @Test
  void predicateThatRejectsEverythingIsSilent() {
    assertThat(checks(retry(CLIENT_ERRORS, Condition.FALSE, Step.RetryDelay.OWN))).isEmpty();
  }

  @Test
  void unauthorizedRetriedAfterCredentialRefreshIsSilent() {
    Step authenticator =
        new Step.LibraryRetry(
            at("authenticator"),
            RetryLibrary.OKHTTP,
            IntSet.of(401),
            Condition.TRUE,
            Step.RetryDelay.NONE,
            true);
    assertThat(checks(authenticator)).isEmpty();
    Step noRefresh =
        new Step.LibraryRetry(
            at("authenticator"),
            RetryLibrary.OKHTTP,
            IntSet.of(401),
            Condition.TRUE,
            Step.RetryDelay.NONE,
            false);
    assertThat(checks(noRefresh)).containsExactly("NonRetryableErrorRetried");
  }

  @Test
  void configurationDoesNotChangeThePathItIsBuiltOn() {
    Step body =
        block(retry(IntSet.of(429), Condition.TRUE, Step.RetryDelay.RETRY_AFTER), request("send"));
    assertThat(checks(body)).isEmpty();
  }
}
