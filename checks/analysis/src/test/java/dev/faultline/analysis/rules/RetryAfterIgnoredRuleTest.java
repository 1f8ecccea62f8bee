package dev.faultline.analysis.rules;

import static com.google.common.truth.Truth.assertThat;
import static dev.faultline.analysis.ClientCode.API_EXCEPTION;
import static dev.faultline.analysis.ClientCode.HTTP_CLIENT_ERROR;
import static dev.faultline.analysis.ClientCode.HTTP_SERVER_ERROR;
import static dev.faultline.analysis.ClientCode.IO_EXCEPTION;
import static dev.faultline.analysis.ClientCode.RESOURCE_ACCESS_EXCEPTION;
import static dev.faultline.analysis.ClientCode.RUNTIME_EXCEPTION;
import static dev.faultline.analysis.ClientCode.TOO_MANY_REQUESTS;
import static dev.faultline.analysis.ClientCode.block;
import static dev.faultline.analysis.ClientCode.bodyContains;
import static dev.faultline.analysis.ClientCode.both;
import static dev.faultline.analysis.ClientCode.breakTo;
import static dev.faultline.analysis.ClientCode.catchApi;
import static dev.faultline.analysis.ClientCode.catching;
import static dev.faultline.analysis.ClientCode.catchingAny;
import static dev.faultline.analysis.ClientCode.continueLoop;
import static dev.faultline.analysis.ClientCode.doWhile;
import static dev.faultline.analysis.ClientCode.either;
import static dev.faultline.analysis.ClientCode.errorCodeIn;
import static dev.faultline.analysis.ClientCode.forEach;
import static dev.faultline.analysis.ClientCode.ifErrorCode;
import static dev.faultline.analysis.ClientCode.ifStatus;
import static dev.faultline.analysis.ClientCode.labeled;
import static dev.faultline.analysis.ClientCode.log;
import static dev.faultline.analysis.ClientCode.not;
import static dev.faultline.analysis.ClientCode.recurse;
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
import static dev.faultline.analysis.ClientCode.unknown;
import static dev.faultline.analysis.ClientCode.when;
import static dev.faultline.analysis.ClientCode.whileTrue;

import dev.faultline.analysis.ClientCode;
import dev.faultline.analysis.contract.ApiContract;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryAfterIgnoredRuleTest {

  private static List<Finding> findings(Step body) {
    return ClientCode.findings(CheckInfo.RETRY_AFTER_IGNORED, body);
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

  // ------------------------------------------------------------------ waits of the code's own

  @Test
  void fixedSleepAfterAnyApiExceptionIsReportedOnTheSleep() {
    Finding finding = onlyFinding(retryLoop(createOrHandle(sleep("backoff"))));

    assertThat(finding.check()).isEqualTo("RetryAfterIgnored");
    assertThat(sites(List.of(finding))).containsExactly("backoff");
    assertThat(finding.message())
        .contains("This wait runs after a response that may be 429, 503 (rate limited");
    assertThat(finding.message()).contains("is not the one the Retry-After header asks for");
  }

  @Test
  void fixedSleepAfterTooManyRequestsIsReportedWithOnly429() {
    Step body = retryLoop(createOrHandle(ifStatus(429, sleep("pause"), rethrow(API_EXCEPTION))));

    Finding finding = onlyFinding(body);
    assertThat(sites(List.of(finding))).containsExactly("pause");
    assertThat(finding.message()).contains("may be 429 (rate limited");
    assertThat(finding.message()).doesNotContain("503");
  }

  @Test
  void anUnreadBooleanLocalTakesOneValueAlongAPath() {
    // boolean allowed = circuit.allows(); if (!allowed) throw e; if (allowed) sleep(retryAfter)
    // else sleep(30): the else cannot run after the throw took every case where allowed was false
    Condition allowed = new Condition.Named(new ClientCode.Site("allowed"));
    Step body =
        retryLoop(
            createOrHandle(
                when(Condition.not(allowed), rethrow(API_EXCEPTION)),
                when(allowed, sleepRetryAfter("header"), sleep("fixed"))));

    assertThat(findings(body)).isEmpty();
  }

  @Test
  void anUnreadBooleanLocalStillCountsBothWaysWhereNotTestedBefore() {
    Condition allowed = new Condition.Named(new ClientCode.Site("allowed"));
    Step body = retryLoop(createOrHandle(when(allowed, sleepRetryAfter("header"), sleep("fixed"))));

    assertThat(sites(findings(body))).containsExactly("fixed");
  }

  @Test
  void retryAfterDerivedSleepAfterTooManyRequestsIsSilent() {
    Step body =
        retryLoop(
            createOrHandle(
                ifStatus(429, sleepRetryAfter("retryAfterWait"), rethrow(API_EXCEPTION))));

    assertThat(findings(body)).isEmpty();
  }

  @Test
  void fixedSleepCombinedWithRetryAfterSleepIsSilent() {
    // Thread.sleep(max(backoff, retryAfter)) is lowered as both waits; the Retry-After one makes it
    // a floor.
    Step body =
        retryLoop(
            createOrHandle(
                ifStatus(
                    429,
                    block(sleep("backoff"), sleepRetryAfter("retryAfterWait")),
                    rethrow(API_EXCEPTION))));

    assertThat(findings(body)).isEmpty();
  }

  @Test
  void immediateResendAfterTooManyRequestsIsReportedOnTheRequest() {
    Step body = retryLoop(createOrHandle(ifStatus(429, log(), rethrow(API_EXCEPTION))));

    Finding finding = onlyFinding(body);
    assertThat(sites(List.of(finding))).containsExactly("api.create");
    assertThat(finding.message())
        .contains("This request is re-sent at once after a response that may be 429");
    assertThat(finding.message()).contains("without waiting for the Retry-After header");
  }

  @Test
  void immediateResendWithoutAnyStatusTestIsReportedOnTheRequestForBothRateLimitStatuses() {
    Finding finding = onlyFinding(retryLoop(createOrHandle(log())));

    assertThat(sites(List.of(finding))).containsExactly("api.create");
    assertThat(finding.message()).contains("may be 429, 503 (rate limited");
  }

  @Test
  void fixedSleepOnServerErrorsIsReportedFor503Only() {
    Step body =
        retryLoop(
            createOrHandle(
                ifStatus(statusesFrom(500), sleep("serverBackoff"), rethrow(API_EXCEPTION))));

    Finding finding = onlyFinding(body);
    assertThat(sites(List.of(finding))).containsExactly("serverBackoff");
    assertThat(finding.message()).contains("may be 503 (rate limited");
    assertThat(finding.message()).doesNotContain("429");
  }

  @Test
  void fixedSleepOnGatewayErrorsOnlyIsSilent() {
    // 502 and 504 do not carry Retry-After in the contract.
    Step body =
        retryLoop(
            createOrHandle(
                ifStatus(statuses(502, 504), sleep("gatewayBackoff"), rethrow(API_EXCEPTION))));

    assertThat(findings(body)).isEmpty();
  }

  @Test
  void everySleepOnTheOffendingPathIsReported() {
    Step body =
        retryLoop(
            createOrHandle(
                ifStatus(429, block(sleep("first"), sleep("second")), rethrow(API_EXCEPTION))));

    assertThat(sites(findings(body))).containsExactly("first", "second");
  }

  @Test
  void sleepsOnSeparateBranchesAreEachReportedWithTheirOwnStatuses() {
    Step body =
        retryLoop(
            createOrHandle(
                ifStatus(
                    429,
                    sleep("onThrottle"),
                    ifStatus(503, sleep("onUnavailable"), rethrow(API_EXCEPTION)))));

    List<Finding> findings = findings(body);
    assertThat(sites(findings)).containsExactly("onThrottle", "onUnavailable");
    assertThat(findings.get(0).message()).contains("may be 429 (");
    assertThat(findings.get(1).message()).contains("may be 503 (");
  }

  @Test
  void negatedStatusTestThatThrowsLeavesOnly429() {
    // if (e.getCode() != 429) throw e; Thread.sleep(1000);
    Step body =
        retryLoop(createOrHandle(when(not(statusIn(429)), rethrow(API_EXCEPTION)), sleep("pause")));

    Finding finding = onlyFinding(body);
    assertThat(sites(List.of(finding))).containsExactly("pause");
    assertThat(finding.message()).contains("may be 429 (");
  }

  @Test
  void handlerThatReceivesA429AndSendsAfterAFixedSleepIsReported() {
    // void onThrottled(HttpClientErrorException.TooManyRequests e) { Thread.sleep(1000);
    // api.create(); }
    Step body =
        block(
            new Step.ResponseArrives(statuses(429), true),
            sleep("handlerPause"),
            request("api.create"));

    Finding finding = onlyFinding(body);
    assertThat(sites(List.of(finding))).containsExactly("handlerPause");
    assertThat(finding.message()).contains("may be 429 (");
  }

  // ------------------------------------------------------------------ the Retry-After header's
  // presence

  @Test
  void fallbackBackoffWhenTheHeaderIsAbsentIsSilent() {
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
  void fixedSleepEvenThoughTheHeaderIsPresentIsReported() {
    // if (e.getCode() == 429 && headers.containsKey("Retry-After")) Thread.sleep(1000);
    Step body =
        retryLoop(
            createOrHandle(
                when(
                    both(statusIn(429), retryAfterPresent()),
                    sleep("ignoresHeader"),
                    rethrow(API_EXCEPTION))));

    Finding finding = onlyFinding(body);
    assertThat(sites(List.of(finding))).containsExactly("ignoresHeader");
    assertThat(finding.message()).contains("may be 429 (");
  }

  // ------------------------------------------------------------------ Fatture in Cloud quota (403
  // + Retry-After)

  @Test
  void fixedSleepOnQuota403IsReportedWith403() {
    Step body =
        retryLoop(
            createOrHandle(
                when(
                    both(statusIn(403), retryAfterPresent()),
                    sleep("quotaPause"),
                    rethrow(API_EXCEPTION))));

    Finding finding = onlyFinding(body);
    assertThat(sites(List.of(finding))).containsExactly("quotaPause");
    assertThat(finding.message()).contains("may be 403 (rate limited or over quota)");
  }

  @Test
  void fixedSleepOnQuotaMessageIsReportedWith403() {
    Step body =
        retryLoop(
            createOrHandle(
                when(
                    both(statusIn(403), bodyContains("Quota exceeded")),
                    sleep("quotaPause"),
                    rethrow(API_EXCEPTION))));

    Finding finding = onlyFinding(body);
    assertThat(sites(List.of(finding))).containsExactly("quotaPause");
    assertThat(finding.message()).contains("may be 403 (");
  }

  @Test
  void fixedSleepOnPlain403IsNotThisCheck() {
    // A 403 that is not known to be a quota error is a permission error: NonRetryableErrorRetried's
    // business.
    Step body = retryLoop(createOrHandle(ifStatus(403, sleep("pause"), rethrow(API_EXCEPTION))));

    assertThat(findings(body)).isEmpty();
  }

  @Test
  void retryAfterWaitOnQuota403IsSilent() {
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
  void throttledFlagOverQuotaOrRateLimitWithRetryAfterWaitIsSilent() {
    // boolean throttled = (code == 403 || code == 429) && retryAfter != null;
    // if (!throttled) throw e;
    // Thread.sleep(parseLong(retryAfter) * 1000);
    Step body =
        whileTrue(
            createOrHandle(
                when(
                    not(both(either(statusIn(403), statusIn(429)), retryAfterPresent())),
                    rethrow(API_EXCEPTION)),
                sleepRetryAfter("retryAfterWait")));

    assertThat(findings(body)).isEmpty();
  }

  // ------------------------------------------------------------------ InvoiceXML error codes

  /**
   * HttpResponse r = http.send(...); if (r.statusCode() == 200) return; Problem p = parse(r); ...
   */
  private static Step invoiceXmlAttempt(Step onProblem) {
    return block(send("invoicexml.validate"), ifStatus(200, returns()), onProblem);
  }

  @Test
  void fixedSleepOnRateLimitErrorCodeIsReportedWithTheErrorCode() {
    Step body =
        retryLoop(
            invoiceXmlAttempt(
                ifErrorCode(
                    IntSet.of(4006),
                    sleep("pause4006"),
                    throwNew(
                        "com.example.InvoiceXmlException",
                        RUNTIME_EXCEPTION,
                        "java.lang.Exception",
                        "java.lang.Throwable"))));

    Finding finding = onlyFinding(body);
    assertThat(sites(List.of(finding))).containsExactly("pause4006");
    assertThat(finding.message()).contains("may be errorCode 4006 (rate limited");
  }

  @Test
  void retryAfterWaitOnRateLimitErrorCodeIsSilent() {
    Step body =
        retryLoop(
            invoiceXmlAttempt(
                ifErrorCode(
                    IntSet.of(4006),
                    sleepRetryAfter("retryAfterWait"),
                    throwNew(
                        "com.example.InvoiceXmlException",
                        RUNTIME_EXCEPTION,
                        "java.lang.Exception",
                        "java.lang.Throwable"))));

    assertThat(findings(body)).isEmpty();
  }

  @Test
  void immediateResendOnRateLimitErrorCodeIsReportedOnTheRequest() {
    Step body =
        retryLoop(
            invoiceXmlAttempt(
                ifErrorCode(
                    IntSet.of(4006),
                    continueLoop(),
                    throwNew(
                        "com.example.InvoiceXmlException",
                        RUNTIME_EXCEPTION,
                        "java.lang.Exception",
                        "java.lang.Throwable"))));

    Finding finding = onlyFinding(body);
    assertThat(sites(List.of(finding))).containsExactly("invoicexml.validate");
    assertThat(finding.message())
        .contains("re-sent at once after a response that may be errorCode 4006");
  }

  @Test
  void fixedSleepOnPermanentErrorCodeIsNotThisCheck() {
    Step body = retryLoop(invoiceXmlAttempt(when(errorCodeIn(4001), sleep("pause"), returns())));

    assertThat(findings(body)).isEmpty();
  }

  // ------------------------------------------------------------------ paths the check does not
  // judge

  @Test
  void statusNeverInspectedIsSilent() {
    // HttpResponse r = http.send(...); Thread.sleep(1000); http.send(...) again: nothing says what
    // r was.
    Step body = retryLoop(send("http.get"), sleep("pause"));

    assertThat(findings(body)).isEmpty();
  }

  @Test
  void statusTestedOnNonThrowingClientIsJudged() {
    // r = http.send(...); if (r.statusCode() == 200) return r; if (r.statusCode() == 429)
    // Thread.sleep(1000);
    Step body =
        retryLoop(send("http.get"), ifStatus(200, returns()), ifStatus(429, sleep("pause")));

    List<Finding> findings = findings(body);
    assertThat(sites(findings)).containsExactly("pause", "http.get");
    assertThat(findings.get(0).message())
        .contains("This wait runs after a response that may be 429 (");
    // Every other status, 503 among them, is re-sent at once.
    assertThat(findings.get(1).message())
        .contains("This request is re-sent at once after a response that may be 503 (");
  }

  @Test
  void pollingAfterSuccessIsSilent() {
    // while (true) { Status s = api.getStatus(); if (s.isDone()) return s; Thread.sleep(5000); }
    Step body =
        whileTrue(request("api.getStatus"), when(unknown(), returns()), sleep("pollInterval"));

    assertThat(findings(body)).isEmpty();
  }

  @Test
  void retryOfTransportFailuresOnlyIsSilent() {
    Step body =
        retryLoop(createOrHandle(ifStatus(0, sleep("reconnectPause"), rethrow(API_EXCEPTION))));

    assertThat(findings(body)).isEmpty();
  }

  @Test
  void retryOfIoExceptionFromNonThrowingClientIsSilent() {
    Step body =
        retryLoop(
            tryCatch(
                block(send("http.get"), returns()),
                catching(IO_EXCEPTION, sleep("reconnectPause"))));

    assertThat(findings(body)).isEmpty();
  }

  @Test
  void givingUpOn429LeavesOnly503OnTheRetriedPath() {
    Step body =
        retryLoop(
            createOrHandle(ifStatus(429, rethrow(API_EXCEPTION)), sleep("pauseForOtherErrors")));

    // 429 leaves the loop; the pause is on 5xx / 4xx paths only, of which 503 needs Retry-After.
    Finding finding = onlyFinding(body);
    assertThat(sites(List.of(finding))).containsExactly("pauseForOtherErrors");
    assertThat(finding.message()).contains("may be 503 (");
    assertThat(finding.message()).doesNotContain("429");
  }

  @Test
  void givingUpOnEveryRateLimitStatusIsSilent() {
    Step body =
        retryLoop(
            createOrHandle(
                ifStatus(statuses(429, 503), rethrow(API_EXCEPTION)),
                sleep("pauseForOtherErrors")));

    assertThat(findings(body)).isEmpty();
  }

  // ------------------------------------------------------------------ iteration loops

  @Test
  void iterationThatSleepsFixedAfter429AndMovesOnIsReported() {
    // for (Receipt r : receipts) { try { api.create(r); } catch (ApiException e) {
    //   if (e.getCode() == 429) Thread.sleep(60_000); else throw e; } }
    Step body =
        forEach(
            tryCatch(
                request("api.createReceipt"),
                catchApi(ifStatus(429, sleep("throttlePause"), rethrow(API_EXCEPTION)))));

    Finding finding = onlyFinding(body);
    assertThat(sites(List.of(finding))).containsExactly("throttlePause");
    assertThat(finding.message()).contains("may be 429 (");
  }

  @Test
  void iterationThatSleepsBetweenSuccessfulItemsIsSilent() {
    Step body =
        forEach(
            tryCatch(
                request("api.createReceipt"),
                catchApi(ifStatus(429, rethrow(API_EXCEPTION)), continueLoop())),
            sleep("spacing"));

    assertThat(findings(body)).isEmpty();
  }

  @Test
  void iterationThatSkipsToTheNextElementAfter429WithoutWaitingIsSilent() {
    // Not a re-send: the next element's request is a different request.
    Step body =
        forEach(
            tryCatch(
                request("api.createReceipt"),
                catchApi(ifStatus(429, continueLoop(), rethrow(API_EXCEPTION)))));

    assertThat(findings(body)).isEmpty();
  }

  // ------------------------------------------------------------------ Spring exception types

  @Test
  void springCatchOfTooManyRequestsSeesOnly429() {
    Step body =
        retryLoop(
            tryCatch(
                block(restTemplate("rest.getClient"), returns()),
                catching(TOO_MANY_REQUESTS, sleep("throttlePause"))));

    Finding finding = onlyFinding(body);
    assertThat(sites(List.of(finding))).containsExactly("throttlePause");
    assertThat(finding.message()).contains("may be 429 (");
    assertThat(finding.message()).doesNotContain("503");
  }

  @Test
  void springCatchOfServerErrorsSeesOnly5xx() {
    Step body =
        retryLoop(
            tryCatch(
                block(restTemplate("rest.getClient"), returns()),
                catching(HTTP_SERVER_ERROR, sleep("serverBackoff"))));

    Finding finding = onlyFinding(body);
    assertThat(sites(List.of(finding))).containsExactly("serverBackoff");
    assertThat(finding.message()).contains("may be 503 (");
    assertThat(finding.message()).doesNotContain("429");
  }

  @Test
  void springCatchOfConnectionFailuresIsSilent() {
    Step body =
        retryLoop(
            tryCatch(
                block(restTemplate("rest.getClient"), returns()),
                catching(RESOURCE_ACCESS_EXCEPTION, sleep("reconnectPause"))));

    assertThat(findings(body)).isEmpty();
  }

  @Test
  void springEarlierCatchTakes429AwayFromALaterClientErrorCatch() {
    // catch (TooManyRequests e) { sleep(retryAfter) } catch (HttpClientErrorException e) {
    // sleep(1000) }
    Step body =
        retryLoop(
            tryCatch(
                block(restTemplate("rest.getClient"), returns()),
                catching(TOO_MANY_REQUESTS, sleepRetryAfter("retryAfterWait")),
                catching(HTTP_CLIENT_ERROR, sleep("clientErrorPause"))));

    assertThat(findings(body)).isEmpty();
  }

  @Test
  void springMultiCatchWithMaxOfBackoffAndRetryAfterIsSilent() {
    Step body =
        retryLoop(
            tryCatch(
                block(restTemplate("rest.getClient"), returns()),
                catchingAny(
                    List.of(TOO_MANY_REQUESTS, HTTP_SERVER_ERROR + ".ServiceUnavailable"),
                    when(unknown(), rethrow(TOO_MANY_REQUESTS)),
                    sleep("backoff"),
                    sleepRetryAfter("retryAfterWait"))));

    assertThat(findings(body)).isEmpty();
  }

  // ------------------------------------------------------------------ exceptions the code throws
  // itself

  @Test
  void rethrownUserExceptionKeepsThePathsStatuses() {
    // try { try { return api.create(); } catch (ApiException e) {
    //         if (e.getCode() == 429) throw new RateLimitedException(e); throw e; } }
    // catch (RateLimitedException r) { Thread.sleep(1000); }
    Step body =
        retryLoop(
            tryCatch(
                createOrHandle(
                    ifStatus(
                        429,
                        throwNew(
                            "com.example.RateLimitedException",
                            RUNTIME_EXCEPTION,
                            "java.lang.Exception",
                            "java.lang.Throwable"),
                        rethrow(API_EXCEPTION))),
                catching("com.example.RateLimitedException", sleep("rateLimitedPause"))));

    Finding finding = onlyFinding(body);
    assertThat(sites(List.of(finding))).containsExactly("rateLimitedPause");
    assertThat(finding.message()).contains("may be 429 (");
  }

  @Test
  void rethrownUserExceptionCaughtBySupertypeKeepsThePathsStatuses() {
    Step body =
        retryLoop(
            tryCatch(
                createOrHandle(
                    ifStatus(
                        503,
                        throwNew(
                            "com.example.UnavailableException",
                            RUNTIME_EXCEPTION,
                            "java.lang.Exception",
                            "java.lang.Throwable"),
                        rethrow(API_EXCEPTION))),
                catching(RUNTIME_EXCEPTION, sleep("pause"))));

    Finding finding = onlyFinding(body);
    assertThat(sites(List.of(finding))).containsExactly("pause");
    assertThat(finding.message()).contains("may be 503 (");
  }

  @Test
  void rethrownUserExceptionNotCaughtLeavesTheLoop() {
    Step body =
        retryLoop(
            tryCatch(
                createOrHandle(
                    ifStatus(
                        429,
                        throwNew(
                            "com.example.RateLimitedException",
                            RUNTIME_EXCEPTION,
                            "java.lang.Exception",
                            "java.lang.Throwable"),
                        rethrow(API_EXCEPTION))),
                catching("com.example.OtherException", sleep("pause"))));

    assertThat(findings(body)).isEmpty();
  }

  // ------------------------------------------------------------------ control flow

  @Test
  void breakOutOfASwitchDoesNotLeaveTheEnclosingLoop() {
    // while (true) { try { return api.create(); } catch (ApiException e) {
    //   switch (e.getCode()) { case 429: Thread.sleep(1000); break; default: throw e; } } }
    Step body =
        whileTrue(
            createOrHandle(
                labeled(
                    "switch#0",
                    ifStatus(
                        429,
                        block(sleep("switchPause"), breakTo("switch#0")),
                        rethrow(API_EXCEPTION)))));

    Finding finding = onlyFinding(body);
    assertThat(sites(List.of(finding))).containsExactly("switchPause");
  }

  @Test
  void labeledBreakOutOfTheLoopEndsTheRetry() {
    Step body =
        whileTrue(
            "retry",
            createOrHandle(
                ifStatus(
                    429,
                    block(sleep("pauseThenGiveUp"), breakTo("retry")),
                    rethrow(API_EXCEPTION))));

    assertThat(findings(body)).isEmpty();
  }

  @Test
  void labeledBreakFromAnInnerLoopLeavesTheOuterLoopToo() {
    Step body =
        whileTrue(
            "outer",
            forEach(
                createOrHandle(
                    ifStatus(
                        429, block(sleep("pause"), breakTo("outer")), rethrow(API_EXCEPTION)))));

    assertThat(findings(body)).isEmpty();
  }

  @Test
  void doWhileLoopOnStatusResendsAfterFixedSleep() {
    // do { r = http.send(...); if (r.statusCode() == 429) Thread.sleep(2000); } while
    // (r.statusCode() == 429);
    Step body = doWhile(statusIn(429), send("http.get"), ifStatus(429, sleep("pause")));

    Finding finding = onlyFinding(body);
    assertThat(sites(List.of(finding))).containsExactly("pause");
    assertThat(finding.message()).contains("may be 429 (");
  }

  @Test
  void recursionAfterFixedSleepIsReported() {
    Step body =
        createOrHandle(
            ifStatus(
                429,
                block(sleep("pause"), recurse("fetch.recursive"), returns()),
                rethrow(API_EXCEPTION)));

    Finding finding = onlyFinding(body);
    assertThat(sites(List.of(finding))).containsExactly("pause");
  }

  @Test
  void immediateRecursionAfter429IsReportedOnTheCall() {
    Step body =
        createOrHandle(
            ifStatus(429, block(recurse("fetch.recursive"), returns()), rethrow(API_EXCEPTION)));

    Finding finding = onlyFinding(body);
    assertThat(sites(List.of(finding))).containsExactly("fetch.recursive");
    assertThat(finding.message()).contains("re-sent at once after a response that may be 429");
  }

  @Test
  void recursionAfterRetryAfterWaitIsSilent() {
    Step body =
        createOrHandle(
            ifStatus(
                429,
                block(sleepRetryAfter("wait"), recurse("fetch.recursive"), returns()),
                rethrow(API_EXCEPTION)));

    assertThat(findings(body)).isEmpty();
  }

  @Test
  void aDifferentRequestAfterAFixedSleepOn429IsReported() {
    // The fallback endpoint goes to the same rate-limited API.
    Step body =
        createOrHandle(
            ifStatus(
                429, block(sleep("pause"), request("api.createDraft")), rethrow(API_EXCEPTION)));

    assertThat(sites(findings(body))).containsExactly("pause");
  }

  @Test
  void aWaitBeforeTheFirstRequestIsSilent() {
    Step body = block(sleep("startupDelay"), request("api.create"));

    assertThat(findings(body)).isEmpty();
  }

  @Test
  void aContractWithoutRetryAfterStatusesIsSilent() {
    ApiContract none =
        new ApiContract(
            "none",
            "No Retry-After",
            "",
            List.of(400),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of());

    assertThat(
            ClientCode.findings(
                CheckInfo.RETRY_AFTER_IGNORED, none, retryLoop(createOrHandle(sleep("backoff")))))
        .isEmpty();
  }
}
