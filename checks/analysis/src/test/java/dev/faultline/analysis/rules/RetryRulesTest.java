package dev.faultline.analysis.rules;

import static com.google.common.truth.Truth.assertThat;
import static dev.faultline.analysis.ClientCode.API_EXCEPTION;
import static dev.faultline.analysis.ClientCode.HTTP_SERVER_ERROR;
import static dev.faultline.analysis.ClientCode.RUNTIME_EXCEPTION;
import static dev.faultline.analysis.ClientCode.TOO_MANY_REQUESTS;
import static dev.faultline.analysis.ClientCode.at;
import static dev.faultline.analysis.ClientCode.block;
import static dev.faultline.analysis.ClientCode.bodyContains;
import static dev.faultline.analysis.ClientCode.both;
import static dev.faultline.analysis.ClientCode.breakTo;
import static dev.faultline.analysis.ClientCode.catchApi;
import static dev.faultline.analysis.ClientCode.catching;
import static dev.faultline.analysis.ClientCode.continueLoop;
import static dev.faultline.analysis.ClientCode.errorCodeIn;
import static dev.faultline.analysis.ClientCode.forEach;
import static dev.faultline.analysis.ClientCode.ifStatus;
import static dev.faultline.analysis.ClientCode.labeled;
import static dev.faultline.analysis.ClientCode.recurse;
import static dev.faultline.analysis.ClientCode.refreshToken;
import static dev.faultline.analysis.ClientCode.request;
import static dev.faultline.analysis.ClientCode.restTemplate;
import static dev.faultline.analysis.ClientCode.rethrow;
import static dev.faultline.analysis.ClientCode.retryAfterPresent;
import static dev.faultline.analysis.ClientCode.returns;
import static dev.faultline.analysis.ClientCode.send;
import static dev.faultline.analysis.ClientCode.sleep;
import static dev.faultline.analysis.ClientCode.sleepRetryAfter;
import static dev.faultline.analysis.ClientCode.statusIn;
import static dev.faultline.analysis.ClientCode.statuses;
import static dev.faultline.analysis.ClientCode.statusesFrom;
import static dev.faultline.analysis.ClientCode.throwNew;
import static dev.faultline.analysis.ClientCode.tryCatch;
import static dev.faultline.analysis.ClientCode.when;
import static dev.faultline.analysis.ClientCode.whileTrue;

import dev.faultline.analysis.ClientCode;
import dev.faultline.analysis.model.Anchor;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RetryAfterIgnored and NonRetryableErrorRetried judged on lowered methods, without a compiler. */
final class RetryRulesTest {

  private static List<Anchor> findings(CheckInfo check, Step body) {
    return ClientCode.findings(check, body).stream().map(Finding::anchor).toList();
  }

  private static List<String> messages(CheckInfo check, Step body) {
    return ClientCode.findings(check, body).stream().map(Finding::message).toList();
  }

  // for (;;) { try { return api.create(); } catch (ApiException e) { sleep(1000); } }
  private static final Step RETRY_EVERY_API_EXCEPTION_FIXED_WAIT =
      whileTrue(tryCatch(block(request("api.create"), returns()), catchApi(sleep("sleep"))));

  @Test
  void catchAllRetryWithFixedWaitIsBothBugs() {
    assertThat(
            findings(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, RETRY_EVERY_API_EXCEPTION_FIXED_WAIT))
        .containsExactly(at("api.create"));
    assertThat(findings(CheckInfo.RETRY_AFTER_IGNORED, RETRY_EVERY_API_EXCEPTION_FIXED_WAIT))
        .containsExactly(at("sleep"));
    assertThat(
            messages(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, RETRY_EVERY_API_EXCEPTION_FIXED_WAIT)
                .get(0))
        .contains("400, 401, 403-405, 409, 422");
  }

  @Test
  void rateLimitRetryWaitingForRetryAfterIsCorrect() {
    Step body =
        whileTrue(
            tryCatch(
                block(request("api.create"), returns()),
                catchApi(ifStatus(429, sleepRetryAfter("sleep"), rethrow(API_EXCEPTION)))));
    assertThat(findings(CheckInfo.RETRY_AFTER_IGNORED, body)).isEmpty();
    assertThat(findings(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, body)).isEmpty();
  }

  @Test
  void rateLimitRetryWithoutAnyWaitIsReportedOnTheResentRequest() {
    Step body =
        whileTrue(
            tryCatch(
                block(request("api.create"), returns()),
                catchApi(ifStatus(429, continueLoop(), rethrow(API_EXCEPTION)))));
    assertThat(findings(CheckInfo.RETRY_AFTER_IGNORED, body)).containsExactly(at("api.create"));
  }

  @Test
  void serverErrorsOnlyNeedRetryAfterFor503() {
    Step fiveHundreds =
        whileTrue(send("client.send"), ifStatus(statusesFrom(500), sleep("sleep"), returns()));
    assertThat(findings(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, fiveHundreds)).isEmpty();
    assertThat(messages(CheckInfo.RETRY_AFTER_IGNORED, fiveHundreds)).hasSize(1);
    assertThat(messages(CheckInfo.RETRY_AFTER_IGNORED, fiveHundreds).get(0)).contains("503");

    Step gatewayErrors =
        whileTrue(
            send("client.send"), ifStatus(statuses(500, 502, 504), sleep("sleep"), returns()));
    assertThat(findings(CheckInfo.RETRY_AFTER_IGNORED, gatewayErrors)).isEmpty();
  }

  @Test
  void unauthorizedResentAfterRefreshingTheTokenIsCorrect() {
    Step withRefresh =
        whileTrue(
            send("client.send"), ifStatus(401, block(refreshToken(), continueLoop()), returns()));
    assertThat(findings(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, withRefresh)).isEmpty();

    Step withoutRefresh = whileTrue(send("client.send"), ifStatus(401, continueLoop(), returns()));
    assertThat(findings(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, withoutRefresh))
        .containsExactly(at("client.send"));
  }

  @Test
  void forbiddenIsRetryableOnlyAsAQuotaErrorWithRetryAfter() {
    Step quota =
        whileTrue(
            tryCatch(
                block(request("api.list"), returns()),
                catchApi(
                    when(
                        both(statusIn(403), retryAfterPresent()),
                        sleepRetryAfter("sleep"),
                        rethrow(API_EXCEPTION)))));
    assertThat(findings(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, quota)).isEmpty();
    assertThat(findings(CheckInfo.RETRY_AFTER_IGNORED, quota)).isEmpty();

    Step quotaFixedWait =
        whileTrue(
            tryCatch(
                block(request("api.list"), returns()),
                catchApi(
                    when(
                        both(statusIn(403), retryAfterPresent()),
                        sleep("sleep"),
                        rethrow(API_EXCEPTION)))));
    assertThat(findings(CheckInfo.RETRY_AFTER_IGNORED, quotaFixedWait))
        .containsExactly(at("sleep"));

    Step anyForbidden =
        whileTrue(
            tryCatch(
                block(request("api.list"), returns()),
                catchApi(ifStatus(403, sleep("sleep"), rethrow(API_EXCEPTION)))));
    assertThat(findings(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, anyForbidden))
        .containsExactly(at("api.list"));
  }

  @Test
  void conflictIsRetryableOnlyWhenAlreadyBeingExecuted() {
    Step gated =
        whileTrue(
            tryCatch(
                block(request("api.create"), returns()),
                catchApi(
                    when(
                        both(statusIn(409), bodyContains("already being executed")),
                        sleep("sleep"),
                        rethrow(API_EXCEPTION)))));
    assertThat(findings(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, gated)).isEmpty();
    assertThat(findings(CheckInfo.RETRY_AFTER_IGNORED, gated)).isEmpty();
  }

  @Test
  void invoiceXmlErrorCodesDecideOverTheStatus() {
    Step rateLimited =
        whileTrue(
            send("client.send"),
            ifStatus(HttpStatuses.SUCCESS, returns()),
            when(errorCodeIn(4006), sleep("sleep"), returns()));
    assertThat(findings(CheckInfo.RETRY_AFTER_IGNORED, rateLimited)).containsExactly(at("sleep"));
    assertThat(findings(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, rateLimited)).isEmpty();

    Step schematron =
        whileTrue(
            send("client.send"),
            ifStatus(HttpStatuses.SUCCESS, returns()),
            when(errorCodeIn(4001, 4002), continueLoop(), returns()));
    assertThat(findings(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, schematron))
        .containsExactly(at("client.send"));
    assertThat(messages(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, schematron).get(0))
        .contains("errorCode 4001, 4002");
  }

  @Test
  void aBatchMovesOnAfterAValidationErrorWithoutResending() {
    Step batch =
        forEach(
            tryCatch(
                request("api.create"),
                catchApi(ifStatus(422, Step.NOTHING, rethrow(API_EXCEPTION)))));
    assertThat(findings(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, batch)).isEmpty();
  }

  @Test
  void aBatchThatSleepsAFixedTimeAfterARateLimitSendsTheNextRequestTooEarly() {
    Step batch =
        forEach(
            tryCatch(
                request("api.create"),
                catchApi(ifStatus(429, sleep("sleep"), rethrow(API_EXCEPTION)))));
    assertThat(findings(CheckInfo.RETRY_AFTER_IGNORED, batch)).containsExactly(at("sleep"));
  }

  @Test
  void pollingOnSuccessIsNotARetry() {
    Step polling = whileTrue(request("api.get"), sleep("sleep"));
    assertThat(findings(CheckInfo.RETRY_AFTER_IGNORED, polling)).isEmpty();
    assertThat(findings(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, polling)).isEmpty();
  }

  @Test
  void aLoopThatNeverLooksAtTheStatusIsNotJudged() {
    Step blind = whileTrue(send("client.send"), sleep("sleep"));
    assertThat(findings(CheckInfo.RETRY_AFTER_IGNORED, blind)).isEmpty();
    assertThat(findings(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, blind)).isEmpty();
  }

  @Test
  void aCatchOfASpringSubtypeSeesOnlyItsStatus() {
    Step tooManyRequests =
        whileTrue(
            tryCatch(
                block(restTemplate("rest.post"), returns()),
                catching(TOO_MANY_REQUESTS, sleep("sleep"))));
    assertThat(findings(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, tooManyRequests)).isEmpty();
    assertThat(findings(CheckInfo.RETRY_AFTER_IGNORED, tooManyRequests))
        .containsExactly(at("sleep"));

    Step serverErrors =
        whileTrue(
            tryCatch(
                block(restTemplate("rest.post"), returns()),
                catching(HTTP_SERVER_ERROR, sleepRetryAfter("sleep"))));
    assertThat(findings(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, serverErrors)).isEmpty();
  }

  @Test
  void aRethrownUserExceptionKeepsTheStatusesOfItsPath() {
    String rateLimited = "com.example.RateLimited";
    Step body =
        whileTrue(
            tryCatch(
                block(
                    send("client.send"),
                    ifStatus(429, throwNew(rateLimited, RUNTIME_EXCEPTION), returns())),
                catching(rateLimited, sleep("sleep"))));
    assertThat(findings(CheckInfo.RETRY_AFTER_IGNORED, body)).containsExactly(at("sleep"));
  }

  @Test
  void aBreakOutOfASwitchStaysInTheLoop() {
    // while (true) { send(); switch (status) { case 404: break; default: return; } }: a 404 is sent
    // again.
    Step body =
        whileTrue(
            send("client.send"),
            labeled("switch#0", ifStatus(404, breakTo("switch#0"), returns())));
    assertThat(findings(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, body))
        .containsExactly(at("client.send"));
  }

  @Test
  void recursionIsAResend() {
    Step body =
        tryCatch(
            request("api.get"), catchApi(ifStatus(404, recurse("self"), rethrow(API_EXCEPTION))));
    assertThat(findings(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, body)).containsExactly(at("self"));
  }

  /** Status sets used above. */
  private static final class HttpStatuses {
    static final IntSet SUCCESS = IntSet.range(200, 299);
  }
}
