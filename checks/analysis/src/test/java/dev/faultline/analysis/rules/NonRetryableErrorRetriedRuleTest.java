package dev.faultline.analysis.rules;

import static com.google.common.truth.Truth.assertThat;
import static dev.faultline.analysis.ClientCode.API_EXCEPTION;
import static dev.faultline.analysis.ClientCode.EXCEPTION;
import static dev.faultline.analysis.ClientCode.HTTP_CLIENT_ERROR;
import static dev.faultline.analysis.ClientCode.HTTP_SERVER_ERROR;
import static dev.faultline.analysis.ClientCode.RUNTIME_EXCEPTION;
import static dev.faultline.analysis.ClientCode.TOO_MANY_REQUESTS;
import static dev.faultline.analysis.ClientCode.block;
import static dev.faultline.analysis.ClientCode.bodyContains;
import static dev.faultline.analysis.ClientCode.both;
import static dev.faultline.analysis.ClientCode.breakLoop;
import static dev.faultline.analysis.ClientCode.breakTo;
import static dev.faultline.analysis.ClientCode.catchApi;
import static dev.faultline.analysis.ClientCode.catching;
import static dev.faultline.analysis.ClientCode.continueLoop;
import static dev.faultline.analysis.ClientCode.either;
import static dev.faultline.analysis.ClientCode.errorCodeIn;
import static dev.faultline.analysis.ClientCode.forEach;
import static dev.faultline.analysis.ClientCode.ifErrorCode;
import static dev.faultline.analysis.ClientCode.ifStatus;
import static dev.faultline.analysis.ClientCode.labeled;
import static dev.faultline.analysis.ClientCode.log;
import static dev.faultline.analysis.ClientCode.not;
import static dev.faultline.analysis.ClientCode.recurse;
import static dev.faultline.analysis.ClientCode.refreshToken;
import static dev.faultline.analysis.ClientCode.request;
import static dev.faultline.analysis.ClientCode.restTemplate;
import static dev.faultline.analysis.ClientCode.rethrow;
import static dev.faultline.analysis.ClientCode.retryAfterPresent;
import static dev.faultline.analysis.ClientCode.retryLoop;
import static dev.faultline.analysis.ClientCode.returns;
import static dev.faultline.analysis.ClientCode.send;
import static dev.faultline.analysis.ClientCode.sites;
import static dev.faultline.analysis.ClientCode.sleep;
import static dev.faultline.analysis.ClientCode.sleepRetryAfter;
import static dev.faultline.analysis.ClientCode.statusIn;
import static dev.faultline.analysis.ClientCode.statuses;
import static dev.faultline.analysis.ClientCode.statusesFrom;
import static dev.faultline.analysis.ClientCode.throwNew;
import static dev.faultline.analysis.ClientCode.tryCatch;
import static dev.faultline.analysis.ClientCode.tryCatchFinally;
import static dev.faultline.analysis.ClientCode.unknown;
import static dev.faultline.analysis.ClientCode.when;
import static dev.faultline.analysis.ClientCode.whileTrue;

import dev.faultline.analysis.ClientCode;
import dev.faultline.analysis.contract.ApiContract;
import dev.faultline.analysis.contract.Contracts;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

class NonRetryableErrorRetriedRuleTest {

  private static final String EVERY_PERMANENT_STATUS = "400, 401, 403-405, 409, 422";

  private static List<Finding> findings(Step body) {
    return ClientCode.findings(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, body);
  }

  private static Finding onlyFinding(Step body) {
    List<Finding> findings = findings(body);
    assertThat(findings).hasSize(1);
    return findings.get(0);
  }

  /** try { return api.create(); } catch (ApiException e) { handler } */
  private static Step createOrHandle(Step... handler) {
    return tryCatch(block(request("api.create"), returns()), catchApi(handler));
  }

  // ------------------------------------------------------------------ blind retries

  @Test
  void retryOfEveryApiExceptionIsReportedOnTheRequestWithEveryPermanentStatus() {
    Finding finding = onlyFinding(retryLoop(createOrHandle(sleep("backoff"))));

    assertThat(finding.check()).isEqualTo("NonRetryableErrorRetried");
    assertThat(sites(List.of(finding))).containsExactly("api.create");
    assertThat(finding.message())
        .startsWith(
            "This request is re-sent after a response that may be " + EVERY_PERMANENT_STATUS + ":");
    assertThat(finding.message()).contains("for 401, refresh the access token");
    assertThat(finding.message()).contains("for 403, re-send only a quota error");
    assertThat(finding.message()).contains("for 409, re-send only when the error says");
  }

  @Test
  void retryOfEveryExceptionCaughtAsExceptionIsReported() {
    Step body =
        retryLoop(tryCatch(block(request("api.create"), returns()), catching(EXCEPTION, log())));

    Finding finding = onlyFinding(body);
    assertThat(sites(List.of(finding))).containsExactly("api.create");
    assertThat(finding.message()).contains("may be " + EVERY_PERMANENT_STATUS + ":");
  }

  @Test
  void whileTrueRetryOfEveryApiExceptionIsReported() {
    assertThat(sites(findings(whileTrue(createOrHandle(sleep("backoff"))))))
        .containsExactly("api.create");
  }

  @Test
  void retryOf422IsReported() {
    Step body = retryLoop(createOrHandle(ifStatus(422, sleep("pause"), rethrow(API_EXCEPTION))));

    Finding finding = onlyFinding(body);
    assertThat(sites(List.of(finding))).containsExactly("api.create");
    assertThat(finding.message()).contains("may be 422: a permanent error");
    assertThat(finding.message()).doesNotContain("for 401");
    assertThat(finding.message()).doesNotContain("for 403");
    assertThat(finding.message()).doesNotContain("for 409");
  }

  @Test
  void retryOfAnyClientErrorIsReportedWithThePermanentOnes() {
    Step body =
        retryLoop(
            createOrHandle(
                ifStatus(IntSet.range(400, 499), sleep("pause"), rethrow(API_EXCEPTION))));

    Finding finding = onlyFinding(body);
    assertThat(finding.message()).contains("may be " + EVERY_PERMANENT_STATUS + ":");
  }

  @Test
  void retryOfEverythingButValidationErrorsStillReportsTheOtherPermanentStatuses() {
    Step body = retryLoop(createOrHandle(ifStatus(422, rethrow(API_EXCEPTION)), sleep("pause")));

    Finding finding = onlyFinding(body);
    assertThat(finding.message()).contains("may be 400, 401, 403-405, 409:");
  }

  @Test
  void retryOfServerErrorsOnlyIsSilent() {
    Step body =
        retryLoop(
            createOrHandle(
                ifStatus(statusesFrom(500), sleep("serverBackoff"), rethrow(API_EXCEPTION))));

    assertThat(findings(body)).isEmpty();
  }

  @Test
  void retryOfRateLimitsOnlyIsSilent() {
    Step body =
        retryLoop(
            createOrHandle(
                ifStatus(
                    statuses(429, 503),
                    sleepRetryAfter("retryAfterWait"),
                    rethrow(API_EXCEPTION))));

    assertThat(findings(body)).isEmpty();
  }

  @Test
  void retryOfTransportFailuresOnlyIsSilent() {
    Step body = retryLoop(createOrHandle(ifStatus(0, sleep("reconnect"), rethrow(API_EXCEPTION))));

    assertThat(findings(body)).isEmpty();
  }

  @Test
  void retryGuardedByAnUnrelatedConditionIsStillReported() {
    // if (attempt < MAX) { Thread.sleep(backoff); continue; } throw e;
    Step body =
        retryLoop(
            createOrHandle(
                when(unknown(), block(sleep("pause"), continueLoop())), rethrow(API_EXCEPTION)));

    assertThat(sites(findings(body))).containsExactly("api.create");
  }

  @Test
  void retryWithoutAnyWaitIsReportedToo() {
    Step body = retryLoop(createOrHandle(ifStatus(404, log(), rethrow(API_EXCEPTION))));

    Finding finding = onlyFinding(body);
    assertThat(sites(List.of(finding))).containsExactly("api.create");
    assertThat(finding.message()).contains("may be 404:");
  }

  @Test
  void reSendWrittenAsASecondCallIsReportedOnTheSecondCall() {
    // try { api.create(); } catch (ApiException e) { if (e.getCode() == 409) api.create(); else
    // throw e; }
    Step body =
        tryCatch(
            request("firstAttempt", "api.create"),
            catchApi(
                ifStatus(409, request("secondAttempt", "api.create"), rethrow(API_EXCEPTION))));

    Finding finding = onlyFinding(body);
    assertThat(sites(List.of(finding))).containsExactly("secondAttempt");
    assertThat(finding.message()).contains("may be 409:");
    assertThat(finding.message()).contains("for 409, re-send only when the error says");
  }

  @Test
  void aDifferentRequestAfterAPermanentErrorIsNotAReSend() {
    // On 404, create the resource instead of reading it again.
    Step body =
        tryCatch(
            request("api.get"),
            catchApi(ifStatus(404, request("api.create"), rethrow(API_EXCEPTION))));

    assertThat(findings(body)).isEmpty();
  }

  @Test
  void recursionOnNotFoundIsReportedOnTheRecursiveCall() {
    // catch (ApiException e) { if (e.getCode() == 404) return fetch(id); throw e; }
    Step body =
        createOrHandle(
            ifStatus(404, block(recurse("fetch.recursive"), returns())), rethrow(API_EXCEPTION));

    Finding finding = onlyFinding(body);
    assertThat(sites(List.of(finding))).containsExactly("fetch.recursive");
    assertThat(finding.message()).contains("may be 404:");
  }

  @Test
  void recursionOnServerErrorIsSilent() {
    Step body =
        createOrHandle(
            ifStatus(
                statusesFrom(500), block(sleep("pause"), recurse("fetch.recursive"), returns())),
            rethrow(API_EXCEPTION));

    assertThat(findings(body)).isEmpty();
  }

  // ------------------------------------------------------------------ 401 and credentials

  @Test
  void unauthorizedReSentAfterTokenRefreshIsSilent() {
    Step body = retryLoop(createOrHandle(ifStatus(401, refreshToken(), rethrow(API_EXCEPTION))));

    assertThat(findings(body)).isEmpty();
  }

  @Test
  void unauthorizedReSentWithoutRefreshIsReported() {
    Step body = retryLoop(createOrHandle(ifStatus(401, sleep("pause"), rethrow(API_EXCEPTION))));

    Finding finding = onlyFinding(body);
    assertThat(sites(List.of(finding))).containsExactly("api.create");
    assertThat(finding.message()).contains("may be 401:");
    assertThat(finding.message())
        .contains("for 401, refresh the access token before the one re-send");
  }

  @Test
  void tokenRefreshExemptsOnly401() {
    // catch (ApiException e) { tokens.refresh(); }  -- and re-send whatever the error was
    Finding finding = onlyFinding(retryLoop(createOrHandle(refreshToken())));

    assertThat(finding.message()).contains("may be 400, 403-405, 409, 422:");
    assertThat(finding.message()).doesNotContain("for 401");
  }

  @Test
  void refreshOnOneBranchDoesNotExemptTheOther() {
    Step body =
        retryLoop(
            createOrHandle(
                ifStatus(
                    401, refreshToken(), ifStatus(403, sleep("pause"), rethrow(API_EXCEPTION)))));

    Finding finding = onlyFinding(body);
    assertThat(finding.message()).contains("may be 403:");
  }

  @Test
  void refreshThatIsOnlySometimesDoneIsReported() {
    Step body =
        retryLoop(
            createOrHandle(ifStatus(401, when(unknown(), refreshToken()), rethrow(API_EXCEPTION))));

    Finding finding = onlyFinding(body);
    assertThat(finding.message()).contains("may be 401:");
  }

  // ------------------------------------------------------------------ 403: quota or permission

  @Test
  void forbiddenReSentUnderARetryAfterGateWithRetryAfterWaitIsSilent() {
    Step body =
        retryLoop(
            createOrHandle(
                when(
                    both(statusIn(403), retryAfterPresent()),
                    sleepRetryAfter("quotaWait"),
                    rethrow(API_EXCEPTION))));

    assertThat(findings(body)).isEmpty();
  }

  @Test
  void forbiddenReSentUnderAQuotaMessageIsSilent() {
    Step body =
        retryLoop(
            createOrHandle(
                when(
                    both(statusIn(403), bodyContains("Hourly limit reached")),
                    sleep("quotaPause"),
                    rethrow(API_EXCEPTION))));

    assertThat(findings(body)).isEmpty();
  }

  @Test
  void forbiddenReSentWithoutAnyQuotaEvidenceIsReported() {
    Step body = retryLoop(createOrHandle(ifStatus(403, sleep("pause"), rethrow(API_EXCEPTION))));

    Finding finding = onlyFinding(body);
    assertThat(finding.message()).contains("may be 403:");
    assertThat(finding.message())
        .contains("for 403, re-send only a quota error (it carries Retry-After)");
  }

  @Test
  void forbiddenReSentUnderAnUnrelatedMessageIsReported() {
    Step body =
        retryLoop(
            createOrHandle(
                when(
                    both(statusIn(403), bodyContains("scope")),
                    sleep("pause"),
                    rethrow(API_EXCEPTION))));

    Finding finding = onlyFinding(body);
    assertThat(finding.message()).contains("may be 403:");
  }

  @Test
  void forbiddenReSentWhenTheRetryAfterHeaderIsAbsentIsReported() {
    // if (e.getCode() == 403) {
    //   if (headers.containsKey("Retry-After")) Thread.sleep(retryAfter * 1000);  // quota: fine
    //   else Thread.sleep(1000);  // missing scope or expired licence: fails the same way every
    // time
    // }
    Step body =
        retryLoop(
            createOrHandle(
                ifStatus(
                    403,
                    when(
                        retryAfterPresent(),
                        sleepRetryAfter("quotaWait"),
                        sleep("permissionBackoff")),
                    rethrow(API_EXCEPTION))));

    Finding finding = onlyFinding(body);
    assertThat(sites(List.of(finding))).containsExactly("api.create");
    assertThat(finding.message()).contains("may be 403:");
  }

  @Test
  void rateLimitBackoffWithoutTheHeaderIsStillSilent() {
    // The same shape for 429 is fine: without the header, the client's own backoff is all it can
    // do.
    Step body =
        retryLoop(
            createOrHandle(
                ifStatus(
                    429,
                    when(
                        retryAfterPresent(),
                        sleepRetryAfter("retryAfterWait"),
                        sleep("fallbackBackoff")),
                    rethrow(API_EXCEPTION))));

    assertThat(findings(body)).isEmpty();
  }

  @Test
  void throttledFlagOverQuotaOrRateLimitIsSilent() {
    // boolean throttled = (code == 403 || code == 429) && retryAfter != null; if (!throttled) throw
    // e;
    Step body =
        whileTrue(
            createOrHandle(
                when(
                    not(both(either(statusIn(403), statusIn(429)), retryAfterPresent())),
                    rethrow(API_EXCEPTION)),
                sleepRetryAfter("retryAfterWait")));

    assertThat(findings(body)).isEmpty();
  }

  // ------------------------------------------------------------------ 409: operation still running

  @Test
  void conflictReSentWhileTheOperationIsAlreadyBeingExecutedIsSilent() {
    Step body =
        retryLoop(
            createOrHandle(
                when(
                    both(statusIn(409), bodyContains("already being executed")),
                    sleep("waitForEdit"),
                    rethrow(API_EXCEPTION))));

    assertThat(findings(body)).isEmpty();
  }

  @Test
  void conflictMarkerIsMatchedCaseInsensitively() {
    Step body =
        retryLoop(
            createOrHandle(
                when(
                    both(statusIn(409), bodyContains("Creation Already Being Executed")),
                    sleep("waitForEdit"),
                    rethrow(API_EXCEPTION))));

    assertThat(findings(body)).isEmpty();
  }

  @Test
  void conflictReSentOnAnotherMessageIsReported() {
    Step body =
        retryLoop(
            createOrHandle(
                when(
                    both(statusIn(409), bodyContains("duplicate number")),
                    sleep("pause"),
                    rethrow(API_EXCEPTION))));

    Finding finding = onlyFinding(body);
    assertThat(finding.message()).contains("may be 409:");
    assertThat(finding.message())
        .contains("for 409, re-send only when the error says the operation is already");
  }

  @Test
  void conflictReSentWhenTheMessageDoesNotMatchIsReported() {
    // if (code == 409 && !body.contains("already being executed")) retry  -- the wrong way round
    Step body =
        retryLoop(
            createOrHandle(
                when(
                    both(statusIn(409), not(bodyContains("already being executed"))),
                    sleep("pause"),
                    rethrow(API_EXCEPTION))));

    Finding finding = onlyFinding(body);
    assertThat(finding.message()).contains("may be 409:");
  }

  @Test
  void inProgressMarkerStandsForTheStatusItComesWith() {
    // "already being executed" only comes with a 409: the path is a 409, which may be re-sent
    Step body =
        retryLoop(
            createOrHandle(
                when(
                    bodyContains("already being executed"),
                    sleep("pause"),
                    rethrow(API_EXCEPTION))));

    assertThat(findings(body)).isEmpty();
  }

  @Test
  void deviceCodePollMarkersMayBePolledAgain() {
    // RFC 8628: authorization_pending and slow_down (400) mean "poll again"
    Step body =
        retryLoop(
            createOrHandle(
                when(
                    bodyContains("authorization_pending"),
                    sleep("interval"),
                    when(bodyContains("slow_down"), sleep("interval"), rethrow(API_EXCEPTION)))));

    assertThat(findings(body)).isEmpty();
  }

  @Test
  void deviceCodePollAfterAnyOtherErrorIsReported() {
    // expired_token ends the flow: polling again after it is re-sending a permanent 400
    Step body =
        retryLoop(
            createOrHandle(
                when(bodyContains("expired_token"), sleep("interval"), rethrow(API_EXCEPTION))));

    assertThat(onlyFinding(body).message()).contains("400");
  }

  // ------------------------------------------------------------------ InvoiceXML error codes

  /**
   * HttpResponse r = http.send(...); if (r.statusCode() == 200) return r; Problem p = parse(r); ...
   */
  private static Step invoiceXmlAttempt(Step onProblem) {
    return block(send("invoicexml.validate"), ifStatus(200, returns()), onProblem);
  }

  private static Step throwInvoiceXmlException() {
    return throwNew(
        "com.example.InvoiceXmlException", RUNTIME_EXCEPTION, EXCEPTION, "java.lang.Throwable");
  }

  @Test
  void schematronViolationReSentIsReportedWithTheErrorCode() {
    Step body =
        retryLoop(
            invoiceXmlAttempt(
                ifErrorCode(IntSet.of(4001), sleep("pause"), throwInvoiceXmlException())));

    Finding finding = onlyFinding(body);
    assertThat(sites(List.of(finding))).containsExactly("invoicexml.validate");
    assertThat(finding.message()).contains("may be errorCode 4001:");
  }

  @Test
  void rateLimitErrorCodeReSentIsNotThisCheck() {
    Step body =
        retryLoop(
            invoiceXmlAttempt(
                ifErrorCode(
                    IntSet.of(4006),
                    sleepRetryAfter("retryAfterWait"),
                    throwInvoiceXmlException())));

    assertThat(findings(body)).isEmpty();
  }

  @Test
  void everyErrorCodeButRateLimitReSentIsReportedWithThePermanentCodes() {
    // if (p.errorCode() == 4006) throw ...; else retry  -- the wrong way round
    Step body =
        retryLoop(
            invoiceXmlAttempt(
                ifErrorCode(IntSet.of(4006), throwInvoiceXmlException(), sleep("pause"))));

    Finding finding = onlyFinding(body);
    assertThat(finding.message()).contains("errorCode 4000-4005, 4007");
  }

  @Test
  void errorCodeTestDecidesOverTheStatus() {
    // if (e.getCode() == 400 && problem.errorCode() == 4002) retry: the message names the code, not
    // the status.
    Step body =
        retryLoop(
            createOrHandle(
                ifStatus(
                    400,
                    when(errorCodeIn(4002), sleep("pause"), rethrow(API_EXCEPTION)),
                    rethrow(API_EXCEPTION))));

    Finding finding = onlyFinding(body);
    assertThat(sites(List.of(finding))).containsExactly("api.create");
    assertThat(finding.message()).contains("may be errorCode 4002:");
  }

  @Test
  void errorCodeThatIsNotInTheContractLeavesTheStatusToDecide() {
    // An error code the contract knows nothing about says nothing: the 400 is still permanent.
    Step body =
        retryLoop(
            createOrHandle(
                ifStatus(
                    400,
                    when(errorCodeIn(1234), sleep("pause"), rethrow(API_EXCEPTION)),
                    rethrow(API_EXCEPTION))));

    Finding finding = onlyFinding(body);
    assertThat(finding.message()).contains("may be 400:");
  }

  // ------------------------------------------------------------------ iteration loops

  @Test
  void iterationThatContinuesAfterAValidationErrorIsSilent() {
    // for (Invoice i : invoices) { try { api.create(i); } catch (ApiException e) {
    //   if (e.getCode() != 422) throw e; rejected.add(i); continue; } }
    Step body =
        forEach(
            tryCatch(
                request("api.createIssuedDocument"),
                catchApi(ifStatus(422, block(log(), continueLoop()), rethrow(API_EXCEPTION)))));

    assertThat(findings(body)).isEmpty();
  }

  @Test
  void iterationThatSkipsEveryFailedElementIsSilent() {
    Step body = forEach(tryCatch(request("api.createIssuedDocument"), catchApi(log())));

    assertThat(findings(body)).isEmpty();
  }

  @Test
  void retryLoopInsideAnIterationIsStillJudged() {
    // for (Invoice i : invoices) { for (int attempt = 0; ...) { try { api.create(i); break; }
    //   catch (ApiException e) { Thread.sleep(1000); } } }
    Step body =
        forEach(
            retryLoop(
                tryCatch(
                    block(request("api.createIssuedDocument"), breakLoop()),
                    catchApi(sleep("pause")))));

    assertThat(sites(findings(body))).containsExactly("api.createIssuedDocument");
  }

  // ------------------------------------------------------------------ paths the check does not
  // judge

  @Test
  void pollingAThrowingRequestThatSucceededIsSilent() {
    // while (true) { Status s = api.getStatus(); if (s.isDone()) return s; Thread.sleep(5000); }
    Step body =
        whileTrue(request("api.getStatus"), when(unknown(), returns()), sleep("pollInterval"));

    assertThat(findings(body)).isEmpty();
  }

  @Test
  void statusNeverInspectedIsSilent() {
    // HttpResponse r = http.send(...); Thread.sleep(1000); r = http.send(...): nothing looked at
    // r's status.
    Step body = block(send("http.get"), sleep("pause"), send("http.get"));

    assertThat(findings(body)).isEmpty();
  }

  @Test
  void nonThrowingRequestReSentForEveryNonSuccessStatusIsReported() {
    // HttpResponse r = http.send(...); if (r.statusCode() / 100 == 2) return r;  -- and round again
    Step body = retryLoop(send("http.post"), ifStatus(IntSet.range(200, 299), returns()));

    Finding finding = onlyFinding(body);
    assertThat(sites(List.of(finding))).containsExactly("http.post");
    assertThat(finding.message()).contains("may be " + EVERY_PERMANENT_STATUS + ":");
  }

  @Test
  void nonThrowingRequestThatReturnsEveryFinalStatusIsSilent() {
    // if (r.statusCode() >= 200) return r;  -- only informational responses would go round again
    Step body = retryLoop(send("http.post"), ifStatus(statusesFrom(200), returns()));

    assertThat(findings(body)).isEmpty();
  }

  // ------------------------------------------------------------------ Spring exception types

  @Test
  void springCatchOfTooManyRequestsIsSilent() {
    Step body =
        retryLoop(
            tryCatch(
                block(restTemplate("rest.getClient"), returns()),
                catching(TOO_MANY_REQUESTS, sleepRetryAfter("retryAfterWait"))));

    assertThat(findings(body)).isEmpty();
  }

  @Test
  void springCatchOfServerErrorsIsSilent() {
    Step body =
        retryLoop(
            tryCatch(
                block(restTemplate("rest.getClient"), returns()),
                catching(HTTP_SERVER_ERROR, sleep("serverBackoff"))));

    assertThat(findings(body)).isEmpty();
  }

  @Test
  void springCatchOfClientErrorsIsReported() {
    Step body =
        retryLoop(
            tryCatch(
                block(restTemplate("rest.getClient"), returns()),
                catching(HTTP_CLIENT_ERROR, sleep("clientErrorPause"))));

    Finding finding = onlyFinding(body);
    assertThat(sites(List.of(finding))).containsExactly("rest.getClient");
    assertThat(finding.message()).contains("may be " + EVERY_PERMANENT_STATUS + ":");
  }

  @Test
  void springCatchOfASingleClientErrorTypeSeesOnlyItsStatus() {
    Step body =
        retryLoop(
            tryCatch(
                block(restTemplate("rest.getClient"), returns()),
                catching(HTTP_CLIENT_ERROR + ".UnprocessableEntity", sleep("pause"))));

    Finding finding = onlyFinding(body);
    assertThat(finding.message()).contains("may be 422:");
  }

  // ------------------------------------------------------------------ exceptions the code throws
  // itself

  @Test
  void rethrownUserExceptionKeepsThePathsStatuses() {
    // try { try { return api.create(); } catch (ApiException e) { throw new SyncException(e); } }
    // catch (SyncException s) { log; }  -- and round again
    Step body =
        retryLoop(
            tryCatch(
                createOrHandle(
                    throwNew(
                        "com.example.SyncException",
                        RUNTIME_EXCEPTION,
                        EXCEPTION,
                        "java.lang.Throwable")),
                catching("com.example.SyncException", log())));

    Finding finding = onlyFinding(body);
    assertThat(sites(List.of(finding))).containsExactly("api.create");
    assertThat(finding.message()).contains("may be " + EVERY_PERMANENT_STATUS + ":");
  }

  @Test
  void rethrownUserExceptionForServerErrorsOnlyIsSilent() {
    Step body =
        retryLoop(
            tryCatch(
                createOrHandle(
                    ifStatus(
                        statusesFrom(500),
                        throwNew(
                            "com.example.TransientException",
                            RUNTIME_EXCEPTION,
                            EXCEPTION,
                            "java.lang.Throwable"),
                        rethrow(API_EXCEPTION))),
                catching("com.example.TransientException", sleep("pause"))));

    assertThat(findings(body)).isEmpty();
  }

  // ------------------------------------------------------------------ control flow

  @Test
  void breakOutOfASwitchDoesNotLeaveTheEnclosingLoop() {
    // while (true) { try { return api.create(); } catch (ApiException e) {
    //   switch (e.getCode()) { case 422: log(); break; default: throw e; } } }
    Step body =
        whileTrue(
            createOrHandle(
                labeled(
                    "switch#0",
                    ifStatus(422, block(log(), breakTo("switch#0")), rethrow(API_EXCEPTION)))));

    Finding finding = onlyFinding(body);
    assertThat(sites(List.of(finding))).containsExactly("api.create");
    assertThat(finding.message()).contains("may be 422:");
  }

  @Test
  void plainBreakLeavesTheLoop() {
    Step body = whileTrue(createOrHandle(ifStatus(422, breakLoop(), sleep("pause"))));

    // 422 leaves; every other permanent status is re-sent.
    Finding finding = onlyFinding(body);
    assertThat(finding.message()).contains("may be 400, 401, 403-405, 409:");
  }

  @Test
  void returnInTheCatchEndsThePath() {
    Step body = retryLoop(createOrHandle(ifStatus(422, returns(), sleep("pause"))));

    Finding finding = onlyFinding(body);
    assertThat(finding.message()).doesNotContain("422");
  }

  @Test
  void finallyBlockRunsOnTheRetriedPath() {
    // A refresh in finally runs before the next attempt.
    Step body =
        retryLoop(
            tryCatchFinally(
                block(request("api.create"), returns()),
                catchApi(ifStatus(401, log(), rethrow(API_EXCEPTION))),
                refreshToken()));

    assertThat(findings(body)).isEmpty();
  }

  // ------------------------------------------------------------------ contracts

  @Test
  void invoiceXmlProfileAloneDoesNotKnowFattureInCloudsPermanentStatuses() {
    ApiContract invoiceXml = Contracts.select(List.of(Contracts.INVOICEXML), List.of());
    Step body =
        retryLoop(
            createOrHandle(
                ifStatus(statuses(404, 409, 422), sleep("pause"), rethrow(API_EXCEPTION))));

    assertThat(ClientCode.findings(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, invoiceXml, body))
        .isEmpty();
    assertThat(sites(findings(body))).containsExactly("api.create");
  }

  @Test
  void invoiceXmlProfileHasNoCredentialOrQuotaExemptions() {
    ApiContract invoiceXml = Contracts.select(List.of(Contracts.INVOICEXML), List.of());
    Step body = retryLoop(createOrHandle(ifStatus(401, refreshToken(), rethrow(API_EXCEPTION))));

    List<Finding> findings =
        ClientCode.findings(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, invoiceXml, body);
    assertThat(sites(findings)).containsExactly("api.create");
    assertThat(findings.get(0).message()).contains("may be 401:");
    assertThat(findings.get(0).message()).doesNotContain("refresh the access token");
  }
}
