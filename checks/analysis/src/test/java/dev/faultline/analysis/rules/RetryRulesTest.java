package dev.faultline.analysis.rules;

import static com.google.common.truth.Truth.assertThat;
import static dev.faultline.analysis.rules.Model.API_EXCEPTION;
import static dev.faultline.analysis.rules.Model.at;
import static dev.faultline.analysis.rules.Model.ficCall;
import static dev.faultline.analysis.rules.Model.forEach;
import static dev.faultline.analysis.rules.Model.httpCall;
import static dev.faultline.analysis.rules.Model.ifCondition;
import static dev.faultline.analysis.rules.Model.ifStatus;
import static dev.faultline.analysis.rules.Model.next;
import static dev.faultline.analysis.rules.Model.rethrow;
import static dev.faultline.analysis.rules.Model.retryLoop;
import static dev.faultline.analysis.rules.Model.returns;
import static dev.faultline.analysis.rules.Model.seq;
import static dev.faultline.analysis.rules.Model.sleepFixed;
import static dev.faultline.analysis.rules.Model.sleepRetryAfter;
import static dev.faultline.analysis.rules.Model.springCall;
import static dev.faultline.analysis.rules.Model.tryCatch;

import dev.faultline.analysis.Analysis;
import dev.faultline.analysis.contract.ApiContract;
import dev.faultline.analysis.contract.Contracts;
import dev.faultline.analysis.model.Anchor;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.model.Unit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RetryAfterIgnored and NonRetryableErrorRetried judged on lowered methods, without a compiler. */
final class RetryRulesTest {
  private static final ApiContract CONTRACT = Contracts.defaults();

  private static List<Anchor> findings(CheckInfo check, Step body) {
    return Analysis.judge(new Unit("test", body), check, CONTRACT).stream().map(Finding::anchor).toList();
  }

  private static List<String> messages(CheckInfo check, Step body) {
    return Analysis.judge(new Unit("test", body), check, CONTRACT).stream().map(Finding::message).toList();
  }

  // for (;;) { try { return api.create(); } catch (ApiException e) { sleep(1000); } }
  private static final Step RETRY_EVERY_API_EXCEPTION_FIXED_WAIT =
      retryLoop(tryCatch(seq(ficCall("api.create"), returns()), API_EXCEPTION, sleepFixed("sleep")));

  @Test
  void catchAllRetryWithFixedWaitIsBothBugs() {
    assertThat(findings(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, RETRY_EVERY_API_EXCEPTION_FIXED_WAIT))
        .containsExactly(at("api.create"));
    assertThat(findings(CheckInfo.RETRY_AFTER_IGNORED, RETRY_EVERY_API_EXCEPTION_FIXED_WAIT))
        .containsExactly(at("sleep"));
    assertThat(messages(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, RETRY_EVERY_API_EXCEPTION_FIXED_WAIT).get(0))
        .contains("400, 401, 403-405, 409, 422");
  }

  @Test
  void rateLimitRetryWaitingForRetryAfterIsCorrect() {
    Step body = retryLoop(tryCatch(seq(ficCall("api.create"), returns()), API_EXCEPTION,
        ifStatus(IntSet.of(429), sleepRetryAfter("sleep"), rethrow())));
    assertThat(findings(CheckInfo.RETRY_AFTER_IGNORED, body)).isEmpty();
    assertThat(findings(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, body)).isEmpty();
  }

  @Test
  void rateLimitRetryWithoutAnyWaitIsReportedOnTheResentRequest() {
    Step body = retryLoop(tryCatch(seq(ficCall("api.create"), returns()), API_EXCEPTION,
        ifStatus(IntSet.of(429), next(), rethrow())));
    assertThat(findings(CheckInfo.RETRY_AFTER_IGNORED, body)).containsExactly(at("api.create"));
  }

  @Test
  void serverErrorsOnlyNeedRetryAfterFor503() {
    Step fiveHundreds = retryLoop(seq(httpCall("client.send"),
        ifStatus(IntSet.range(500, 599), sleepFixed("sleep"), returns())));
    assertThat(findings(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, fiveHundreds)).isEmpty();
    assertThat(messages(CheckInfo.RETRY_AFTER_IGNORED, fiveHundreds)).hasSize(1);
    assertThat(messages(CheckInfo.RETRY_AFTER_IGNORED, fiveHundreds).get(0)).contains("503");

    Step gatewayErrors = retryLoop(seq(httpCall("client.send"),
        ifStatus(IntSet.of(500, 502, 504), sleepFixed("sleep"), returns())));
    assertThat(findings(CheckInfo.RETRY_AFTER_IGNORED, gatewayErrors)).isEmpty();
  }

  @Test
  void unauthorizedResentAfterRefreshingTheTokenIsCorrect() {
    Step withRefresh = retryLoop(seq(httpCall("client.send"),
        ifStatus(IntSet.of(401), seq(new Step.RefreshCredentials(), next()), returns())));
    assertThat(findings(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, withRefresh)).isEmpty();

    Step withoutRefresh = retryLoop(seq(httpCall("client.send"), ifStatus(IntSet.of(401), next(), returns())));
    assertThat(findings(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, withoutRefresh)).containsExactly(at("client.send"));
  }

  @Test
  void forbiddenIsRetryableOnlyAsAQuotaErrorWithRetryAfter() {
    Step quota = retryLoop(tryCatch(seq(ficCall("api.list"), returns()), API_EXCEPTION,
        ifCondition(Condition.and(new Condition.StatusIn(IntSet.of(403)), new Condition.RetryAfterPresent()),
            sleepRetryAfter("sleep"), rethrow())));
    assertThat(findings(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, quota)).isEmpty();
    assertThat(findings(CheckInfo.RETRY_AFTER_IGNORED, quota)).isEmpty();

    Step quotaFixedWait = retryLoop(tryCatch(seq(ficCall("api.list"), returns()), API_EXCEPTION,
        ifCondition(Condition.and(new Condition.StatusIn(IntSet.of(403)), new Condition.RetryAfterPresent()),
            sleepFixed("sleep"), rethrow())));
    assertThat(findings(CheckInfo.RETRY_AFTER_IGNORED, quotaFixedWait)).containsExactly(at("sleep"));

    Step anyForbidden = retryLoop(tryCatch(seq(ficCall("api.list"), returns()), API_EXCEPTION,
        ifStatus(IntSet.of(403), sleepFixed("sleep"), rethrow())));
    assertThat(findings(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, anyForbidden)).containsExactly(at("api.list"));
  }

  @Test
  void conflictIsRetryableOnlyWhenAlreadyBeingExecuted() {
    Step gated = retryLoop(tryCatch(seq(ficCall("api.create"), returns()), API_EXCEPTION,
        ifCondition(Condition.and(new Condition.StatusIn(IntSet.of(409)),
                new Condition.TextMatch(List.of("already being executed"))),
            sleepFixed("sleep"), rethrow())));
    assertThat(findings(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, gated)).isEmpty();
    assertThat(findings(CheckInfo.RETRY_AFTER_IGNORED, gated)).isEmpty();
  }

  @Test
  void invoiceXmlErrorCodesDecideOverTheStatus() {
    Step rateLimited = retryLoop(seq(httpCall("client.send"), ifStatus(HttpStatuses.SUCCESS, returns()),
        ifCondition(new Condition.ErrorCodeIn(IntSet.of(4006)), sleepFixed("sleep"), returns())));
    assertThat(findings(CheckInfo.RETRY_AFTER_IGNORED, rateLimited)).containsExactly(at("sleep"));
    assertThat(findings(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, rateLimited)).isEmpty();

    Step schematron = retryLoop(seq(httpCall("client.send"), ifStatus(HttpStatuses.SUCCESS, returns()),
        ifCondition(new Condition.ErrorCodeIn(IntSet.of(4001, 4002)), next(), returns())));
    assertThat(findings(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, schematron)).containsExactly(at("client.send"));
    assertThat(messages(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, schematron).get(0)).contains("errorCode 4001, 4002");
  }

  @Test
  void aBatchMovesOnAfterAValidationErrorWithoutResending() {
    Step batch = forEach(tryCatch(ficCall("api.create"), API_EXCEPTION,
        ifStatus(IntSet.of(422), Step.NOTHING, rethrow())));
    assertThat(findings(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, batch)).isEmpty();
  }

  @Test
  void aBatchThatSleepsAFixedTimeAfterARateLimitSendsTheNextRequestTooEarly() {
    Step batch = forEach(tryCatch(ficCall("api.create"), API_EXCEPTION,
        ifStatus(IntSet.of(429), sleepFixed("sleep"), rethrow())));
    assertThat(findings(CheckInfo.RETRY_AFTER_IGNORED, batch)).containsExactly(at("sleep"));
  }

  @Test
  void pollingOnSuccessIsNotARetry() {
    Step polling = retryLoop(seq(ficCall("api.get"), sleepFixed("sleep")));
    assertThat(findings(CheckInfo.RETRY_AFTER_IGNORED, polling)).isEmpty();
    assertThat(findings(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, polling)).isEmpty();
  }

  @Test
  void aLoopThatNeverLooksAtTheStatusIsNotJudged() {
    Step blind = retryLoop(seq(httpCall("client.send"), sleepFixed("sleep")));
    assertThat(findings(CheckInfo.RETRY_AFTER_IGNORED, blind)).isEmpty();
    assertThat(findings(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, blind)).isEmpty();
  }

  @Test
  void aCatchOfASpringSubtypeSeesOnlyItsStatus() {
    Step tooManyRequests = retryLoop(tryCatch(seq(springCall("rest.post"), returns()),
        "org.springframework.web.client.HttpClientErrorException.TooManyRequests", sleepFixed("sleep")));
    assertThat(findings(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, tooManyRequests)).isEmpty();
    assertThat(findings(CheckInfo.RETRY_AFTER_IGNORED, tooManyRequests)).containsExactly(at("sleep"));

    Step serverErrors = retryLoop(tryCatch(seq(springCall("rest.post"), returns()),
        "org.springframework.web.client.HttpServerErrorException", sleepRetryAfter("sleep")));
    assertThat(findings(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, serverErrors)).isEmpty();
  }

  @Test
  void aRethrownUserExceptionKeepsTheStatusesOfItsPath() {
    String rateLimited = "com.example.RateLimited";
    Step body = retryLoop(new Step.TryCatch(
        seq(httpCall("client.send"),
            ifStatus(IntSet.of(429), new Step.Throw(List.of(rateLimited, "java.lang.RuntimeException")), returns())),
        List.of(new Step.Catch(List.of(rateLimited), sleepFixed("sleep"))), null));
    assertThat(findings(CheckInfo.RETRY_AFTER_IGNORED, body)).containsExactly(at("sleep"));
  }

  @Test
  void aBreakOutOfASwitchStaysInTheLoop() {
    // while (true) { send(); switch (status) { case 404: break; default: return; } }: a 404 is sent again.
    Step body = retryLoop(seq(httpCall("client.send"),
        new Step.Labeled("switch#0", ifStatus(IntSet.of(404), new Step.Break("switch#0"), returns()))));
    assertThat(findings(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, body)).containsExactly(at("client.send"));
  }

  @Test
  void recursionIsAResend() {
    Step body = tryCatch(ficCall("api.get"), API_EXCEPTION,
        ifStatus(IntSet.of(404), new Step.SelfCall(at("self")), rethrow()));
    assertThat(findings(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, body)).containsExactly(at("self"));
  }

  /** Status sets used above. */
  private static final class HttpStatuses {
    static final IntSet SUCCESS = IntSet.range(200, 299);
  }
}
