package dev.faultline.analysis.rules;

import static com.google.common.truth.Truth.assertThat;
import static dev.faultline.analysis.ClientCode.API_EXCEPTION;
import static dev.faultline.analysis.ClientCode.block;
import static dev.faultline.analysis.ClientCode.catchApi;
import static dev.faultline.analysis.ClientCode.continueLoop;
import static dev.faultline.analysis.ClientCode.forEach;
import static dev.faultline.analysis.ClientCode.ifStatus;
import static dev.faultline.analysis.ClientCode.recurse;
import static dev.faultline.analysis.ClientCode.refreshToken;
import static dev.faultline.analysis.ClientCode.request;
import static dev.faultline.analysis.ClientCode.rethrow;
import static dev.faultline.analysis.ClientCode.retryLoop;
import static dev.faultline.analysis.ClientCode.returns;
import static dev.faultline.analysis.ClientCode.send;
import static dev.faultline.analysis.ClientCode.sites;
import static dev.faultline.analysis.ClientCode.sleep;
import static dev.faultline.analysis.ClientCode.sleepRetryAfter;
import static dev.faultline.analysis.ClientCode.statuses;
import static dev.faultline.analysis.ClientCode.tryCatch;
import static dev.faultline.analysis.ClientCode.tryCatchFinally;
import static dev.faultline.analysis.ClientCode.unknown;
import static dev.faultline.analysis.ClientCode.when;
import static dev.faultline.analysis.ClientCode.whileTrue;

import dev.faultline.analysis.ClientCode;
import dev.faultline.analysis.ClientCode.Site;
import dev.faultline.analysis.contract.Contracts;
import dev.faultline.analysis.library.HttpErrorTypes;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The send events the interpreter records, and the path facts the rules rely on. */
class HandlingInterpreterTest {

  private static Set<SendEvent> events(Step body) {
    return HandlingInterpreter.sendEvents(body, Contracts.defaults());
  }

  private static List<String> eventSites(Set<SendEvent> events) {
    return events.stream().map(e -> ((Site) e.anchor()).name()).distinct().toList();
  }

  @Test
  void aSingleRequestSendsNothingAgain() {
    assertThat(events(request("api.create"))).isEmpty();
  }

  @Test
  void twoDifferentRequestsAreNotAReSend() {
    assertThat(events(block(request("api.getClient"), request("api.createInvoice")))).isEmpty();
  }

  @Test
  void theSameCallAgainIsAReSend() {
    Set<SendEvent> events =
        events(block(request("first", "api.create"), request("second", "api.create")));

    assertThat(eventSites(events)).containsExactly("second");
    SendEvent event = events.iterator().next();
    assertThat(event.resend()).isTrue();
    assertThat(event.before().statuses()).isEqualTo(HttpErrorTypes.SUCCESS);
    assertThat(event.before().sentCalls()).containsExactly("api.create");
  }

  @Test
  void aRequestAfterAWaitIsAnEventEvenWhenItIsNew() {
    Set<SendEvent> events =
        events(block(request("api.getClient"), sleep("pause"), request("api.createInvoice")));

    assertThat(eventSites(events)).containsExactly("api.createInvoice");
    SendEvent event = events.iterator().next();
    assertThat(event.resend()).isFalse();
    assertThat(event.before().waits()).containsExactly(ClientCode.at("pause"));
  }

  @Test
  void aWaitFromRetryAfterIsNotRecordedAsAWaitOfTheCodesOwn() {
    Set<SendEvent> events =
        events(
            block(
                request("first", "api.create"),
                sleepRetryAfter("wait"),
                request("second", "api.create")));

    PathState before = events.iterator().next().before();
    assertThat(before.waits()).isEmpty();
    assertThat(before.retryAfterConsulted()).isTrue();
  }

  @Test
  void aCaughtExceptionCarriesEveryFailureStatusOfTheFicSdk() {
    Set<SendEvent> events =
        events(retryLoop(tryCatch(block(request("api.create"), returns()), catchApi())));

    PathState before = events.iterator().next().before();
    assertThat(before.statuses()).isEqualTo(HttpErrorTypes.ANY_FAILURE);
    assertThat(before.inspected()).isTrue();
  }

  @Test
  void aNonThrowingRequestsResponseMayHaveAnyStatusAndIsNotInspected() {
    PathState before = events(retryLoop(send("http.get"))).iterator().next().before();

    assertThat(before.statuses()).isEqualTo(HttpErrorTypes.ANY_HTTP_STATUS);
    assertThat(before.inspected()).isFalse();
  }

  @Test
  void aStatusTestNarrowsTheStatusesAndMarksThemInspected() {
    PathState before =
        events(retryLoop(send("http.get"), ifStatus(statuses(429, 503), sleep("pause"), returns())))
            .iterator()
            .next()
            .before();

    assertThat(before.statuses()).isEqualTo(IntSet.of(429, 503));
    assertThat(before.inspected()).isTrue();
  }

  @Test
  void aRecursiveCallIsAReSendAndForgetsTheResponse() {
    Step body = block(request("api.get"), recurse("self"), sleep("pause"), request("api.get"));

    List<SendEvent> events = new ArrayList<>(events(body));
    assertThat(eventSites(Set.copyOf(events))).containsExactly("self", "api.get");
    SendEvent afterRecursion = events.get(1);
    assertThat(afterRecursion.before().statuses()).isEqualTo(IntSet.EMPTY);
    assertThat(afterRecursion.before().inspected()).isFalse();
  }

  @Test
  void aRefreshIsForgottenByTheNextRequest() {
    // refresh; send; on 401 send again without refreshing: the second 401 is not covered by the
    // first refresh.
    Step body =
        retryLoop(
            tryCatch(
                block(request("api.get"), returns()),
                catchApi(ifStatus(401, when(unknown(), refreshToken()), rethrow(API_EXCEPTION)))));

    assertThat(ClientCode.findings(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, body)).hasSize(1);
  }

  @Test
  void anIterationLoopRecordsTheNextElementsRequestAfterAWait() {
    Set<SendEvent> events = events(forEach(request("api.createReceipt"), sleep("spacing")));

    assertThat(eventSites(events)).containsExactly("api.createReceipt");
    assertThat(events.stream().allMatch(e -> !e.resend())).isTrue();
  }

  @Test
  void anIterationLoopWithoutRequestsRecordsNothing() {
    assertThat(events(block(request("api.list"), forEach(sleep("pause"))))).isEmpty();
  }

  @Test
  void aLoopThatOnlyEndsByAnExceptionTerminates() {
    // while (true) { api.poll(); } -- converges after a few rounds.
    assertThat(eventSites(events(whileTrue(request("api.poll"))))).containsExactly("api.poll");
  }

  @Test
  void manyIndependentStatusTestsStayTractable() {
    // Twelve sequential status tests in a retry loop: 4096 paths, merged past the path limit.
    List<Step> steps = new ArrayList<>();
    steps.add(send("http.get"));
    for (int i = 0; i < 12; i++) {
      steps.add(ifStatus(400 + i, sleep("pause" + i)));
    }
    Step body = retryLoop(block(steps.toArray(Step[]::new)));

    List<Finding> findings = ClientCode.findings(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, body);

    assertThat(sites(findings)).containsExactly("http.get");
  }

  @Test
  void finallyRunsOnTheNormalPath() {
    Step body =
        retryLoop(
            tryCatchFinally(
                request("api.create"),
                catchApi(ifStatus(429, sleep("unused"), rethrow(API_EXCEPTION))),
                sleepRetryAfter("retryAfterInFinally")));

    assertThat(ClientCode.findings(CheckInfo.RETRY_AFTER_IGNORED, body)).isEmpty();
  }

  @Test
  void finallyRunsWhenTheCatchContinuesTheLoop() {
    // while (true) { try { return api.create(); } catch (ApiException e) { if (e.getCode() != 429)
    // throw e;
    //   continue; } finally { Thread.sleep(1000); } }
    Step body =
        whileTrue(
            tryCatchFinally(
                block(request("api.create"), returns()),
                catchApi(ifStatus(429, continueLoop(), rethrow(API_EXCEPTION))),
                sleep("pacingInFinally")));

    List<Finding> findings = ClientCode.findings(CheckInfo.RETRY_AFTER_IGNORED, body);

    // The re-send waits in finally first: the wait is the problem, not an immediate re-send.
    assertThat(sites(findings)).containsExactly("pacingInFinally");
  }

  @Test
  void finallyRunsWhenAnExceptionLeavesTheTry() {
    // while (true) { try { try { return api.create(); } finally { tokens.refresh(); } }
    //   catch (ApiException e) { if (e.getCode() != 401) throw e; } }
    Step body =
        whileTrue(
            tryCatch(
                tryCatchFinally(
                    block(request("api.create"), returns()),
                    catchApi(rethrow(API_EXCEPTION)),
                    refreshToken()),
                catchApi(ifStatus(401, continueLoop(), rethrow(API_EXCEPTION)))));

    assertThat(ClientCode.findings(CheckInfo.NON_RETRYABLE_ERROR_RETRIED, body)).isEmpty();
  }
}
