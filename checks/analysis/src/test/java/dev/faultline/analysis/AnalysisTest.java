package dev.faultline.analysis;

import static com.google.common.truth.Truth.assertThat;
import static dev.faultline.analysis.ClientCode.API_EXCEPTION;
import static dev.faultline.analysis.ClientCode.block;
import static dev.faultline.analysis.ClientCode.catchApi;
import static dev.faultline.analysis.ClientCode.ifStatus;
import static dev.faultline.analysis.ClientCode.request;
import static dev.faultline.analysis.ClientCode.rethrow;
import static dev.faultline.analysis.ClientCode.retryLoop;
import static dev.faultline.analysis.ClientCode.returns;
import static dev.faultline.analysis.ClientCode.sites;
import static dev.faultline.analysis.ClientCode.sleep;
import static dev.faultline.analysis.ClientCode.sleepRetryAfter;
import static dev.faultline.analysis.ClientCode.statuses;
import static dev.faultline.analysis.ClientCode.tryCatch;

import dev.faultline.analysis.contract.ApiContract;
import dev.faultline.analysis.contract.Contracts;
import dev.faultline.analysis.model.Unit;
import dev.faultline.analysis.rules.CheckInfo;
import dev.faultline.analysis.rules.Finding;
import dev.faultline.analysis.rules.HandlingInterpreter;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalysisTest {
  private static final ApiContract DEFAULTS = Contracts.defaults();

  /**
   * for (int attempt = 0; attempt < 3; attempt++) { try { return api.createIssuedDocument(...); }
   * catch (ApiException e) { Thread.sleep(1000); } }
   */
  private static final Unit RETRIES_EVERY_API_EXCEPTION =
      new Unit(
          "InvoiceSync.push",
          retryLoop(
              tryCatch(
                  block(request("api.createIssuedDocument"), returns()),
                  catchApi(sleep("backoff")))));

  @Test
  void aBlindRetryLoopIsReportedByBothRetryChecks() {
    List<Finding> findings = Analysis.judgeAll(RETRIES_EVERY_API_EXCEPTION, DEFAULTS);

    assertThat(findings.stream().map(Finding::check).toList())
        .containsExactly("RetryAfterIgnored", "NonRetryableErrorRetried")
        .inOrder();
    assertThat(sites(findings)).containsExactly("backoff", "api.createIssuedDocument").inOrder();
    assertThat(findings.get(0).message()).contains("may be 429, 503 (rate limited");
    assertThat(findings.get(1).message()).contains("may be 400, 401, 403-405, 409, 422:");
  }

  @Test
  void judgingOneCheckGivesOnlyItsFindings() {
    List<Finding> findings =
        Analysis.judge(
            RETRIES_EVERY_API_EXCEPTION, CheckInfo.NON_RETRYABLE_ERROR_RETRIED, DEFAULTS);

    assertThat(sites(findings)).containsExactly("api.createIssuedDocument");
    assertThat(findings.get(0).check())
        .isEqualTo(CheckInfo.NON_RETRYABLE_ERROR_RETRIED.checkName());
  }

  @Test
  void eventsRunOnceGiveTheSameFindingsForEveryCheck() {
    HandlingInterpreter.Events events = Analysis.events(RETRIES_EVERY_API_EXCEPTION, DEFAULTS);

    for (CheckInfo check : CheckInfo.all()) {
      assertThat(Analysis.judge(events, check, DEFAULTS))
          .isEqualTo(Analysis.judge(RETRIES_EVERY_API_EXCEPTION, check, DEFAULTS));
    }
  }

  @Test
  void aCorrectRateLimitRetryHasNoFindings() {
    Unit correct =
        new Unit(
            "InvoiceSync.push",
            retryLoop(
                tryCatch(
                    block(request("api.createIssuedDocument"), returns()),
                    catchApi(
                        ifStatus(
                            statuses(429, 503),
                            sleepRetryAfter("retryAfterWait"),
                            rethrow(API_EXCEPTION))))));

    assertThat(Analysis.judgeAll(correct, DEFAULTS)).isEmpty();
  }

  @Test
  void theCatalogueNamesEachCheckAndItsDocsPage() {
    assertThat(CheckInfo.all().stream().map(CheckInfo::checkName).toList())
        .containsExactly(
            "RetryAfterIgnored",
            "NonRetryableErrorRetried",
            "UnauthorizedErrorPartiallyRead",
            "ValidationResultDropped",
            "DeviceCodeSlowDownIgnored",
            "RetryWithoutBackoff",
            "RetryAfterHttpDateUnsupported")
        .inOrder();
    assertThat(CheckInfo.RETRY_AFTER_IGNORED.docsPage())
        .isEqualTo("docs/checks/RetryAfterIgnored.md");
    assertThat(CheckInfo.NON_RETRYABLE_ERROR_RETRIED.summary())
        .contains("400, 401, 403, 404, 405, 409, 422");
  }
}
