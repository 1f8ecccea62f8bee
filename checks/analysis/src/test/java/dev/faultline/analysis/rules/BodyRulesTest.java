package dev.faultline.analysis.rules;

import static com.google.common.truth.Truth.assertThat;
import static dev.faultline.analysis.rules.Model.API_EXCEPTION;
import static dev.faultline.analysis.rules.Model.at;
import static dev.faultline.analysis.rules.Model.ficCall;
import static dev.faultline.analysis.rules.Model.httpCall;
import static dev.faultline.analysis.rules.Model.ifCondition;
import static dev.faultline.analysis.rules.Model.ifStatus;
import static dev.faultline.analysis.rules.Model.read;
import static dev.faultline.analysis.rules.Model.rethrow;
import static dev.faultline.analysis.rules.Model.returns;
import static dev.faultline.analysis.rules.Model.seq;
import static dev.faultline.analysis.rules.Model.tryCatch;

import dev.faultline.analysis.Analysis;
import dev.faultline.analysis.contract.ApiContract;
import dev.faultline.analysis.contract.Contracts;
import dev.faultline.analysis.model.Anchor;
import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.Step;
import dev.faultline.analysis.model.Step.ReadKind;
import dev.faultline.analysis.model.Unit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** UnauthorizedErrorPartiallyRead and ValidationResultDropped judged on lowered methods, without a compiler. */
final class BodyRulesTest {
  private static final ApiContract CONTRACT = Contracts.defaults();

  private static List<Anchor> findings(CheckInfo check, Step body) {
    return Analysis.judge(new Unit("test", body), check, CONTRACT).stream().map(Finding::anchor).toList();
  }

  private static Step messageRead() {
    return seq(read("path(error)", "error", ReadKind.NAVIGATE), read("path(message)", "error.message",
        ReadKind.NAVIGATE), read("asText", "error.message", ReadKind.VALUE));
  }

  @Test
  void validationHandlerKeepingOnlyTheMessageDropsTheDetails() {
    Step body = tryCatch(ficCall("api.create"), API_EXCEPTION,
        ifStatus(IntSet.of(422), seq(messageRead(), rethrow()), rethrow()));
    assertThat(findings(CheckInfo.VALIDATION_RESULT_DROPPED, body)).containsExactly(at("asText"));
    assertThat(Analysis.judge(new Unit("test", body), CheckInfo.VALIDATION_RESULT_DROPPED, CONTRACT).get(0)
            .message())
        .contains("error.validation_result or extra");
  }

  @Test
  void readingTheValidationResultOrTheTotalsKeepsTheDetails() {
    Step validation = tryCatch(ficCall("api.create"), API_EXCEPTION, ifStatus(IntSet.of(422),
        seq(messageRead(), read("fields", "error.validation_result.data.name", ReadKind.VALUE), rethrow()),
        rethrow()));
    assertThat(findings(CheckInfo.VALIDATION_RESULT_DROPPED, validation)).isEmpty();

    Step totals = tryCatch(ficCall("api.create"), API_EXCEPTION, ifStatus(IntSet.of(422),
        seq(messageRead(), read("totals", "extra.totals", ReadKind.NAVIGATE), rethrow()), rethrow()));
    assertThat(findings(CheckInfo.VALIDATION_RESULT_DROPPED, totals)).isEmpty();
  }

  @Test
  void passingTheRawBodyOnLosesNothing() {
    Step body = tryCatch(ficCall("api.create"), API_EXCEPTION,
        seq(new Step.RawBodyPassOn(at("log")), messageRead(), rethrow()));
    assertThat(findings(CheckInfo.VALIDATION_RESULT_DROPPED, body)).isEmpty();
    assertThat(findings(CheckInfo.UNAUTHORIZED_ERROR_PARTIALLY_READ, body)).isEmpty();
  }

  @Test
  void aBranchThatCannotBeAValidationErrorIsNotJudged() {
    Step notFound = tryCatch(ficCall("api.get"), API_EXCEPTION,
        ifStatus(IntSet.of(404), seq(messageRead(), returns()), rethrow()));
    assertThat(findings(CheckInfo.VALIDATION_RESULT_DROPPED, notFound)).isEmpty();
    assertThat(findings(CheckInfo.UNAUTHORIZED_ERROR_PARTIALLY_READ, notFound)).isEmpty();
  }

  @Test
  void invoiceXmlValidationKeepsTheFindings() {
    Step dropsFindings = seq(httpCall("client.send"), ifStatus(IntSet.range(200, 299), returns()),
        ifCondition(new Condition.ErrorCodeIn(IntSet.of(4001, 4002)),
            seq(read("detail", "detail", ReadKind.VALUE), returns()), returns()));
    assertThat(findings(CheckInfo.VALIDATION_RESULT_DROPPED, dropsFindings)).containsExactly(at("detail"));

    Step mapsFindings = seq(httpCall("client.send"), ifStatus(IntSet.range(200, 299), returns()),
        ifCondition(new Condition.ErrorCodeIn(IntSet.of(4001, 4002)),
            seq(read("detail", "detail", ReadKind.VALUE), read("errors", "errors", ReadKind.NAVIGATE), returns()),
            returns()));
    assertThat(findings(CheckInfo.VALIDATION_RESULT_DROPPED, mapsFindings)).isEmpty();

    Step rateLimited = seq(httpCall("client.send"), ifStatus(IntSet.range(200, 299), returns()),
        ifCondition(new Condition.ErrorCodeIn(IntSet.of(4006)),
            seq(read("detail", "detail", ReadKind.VALUE), returns()), returns()));
    assertThat(findings(CheckInfo.VALIDATION_RESULT_DROPPED, rateLimited)).isEmpty();
  }

  @Test
  void unauthorizedHandlerReadingOneFormatIsReportedOnThatRead() {
    Step oauthOnly = tryCatch(ficCall("api.get"), API_EXCEPTION, ifStatus(IntSet.of(401),
        seq(read("description", "error_description", ReadKind.VALUE), rethrow()), rethrow()));
    assertThat(findings(CheckInfo.UNAUTHORIZED_ERROR_PARTIALLY_READ, oauthOnly)).containsExactly(at("description"));

    Step apiOnly = tryCatch(ficCall("api.get"), API_EXCEPTION,
        ifStatus(IntSet.of(401), seq(messageRead(), rethrow()), rethrow()));
    assertThat(findings(CheckInfo.UNAUTHORIZED_ERROR_PARTIALLY_READ, apiOnly)).containsExactly(at("asText"));

    Step errorAsText = tryCatch(ficCall("api.get"), API_EXCEPTION, ifStatus(IntSet.of(401),
        seq(read("error", "error", ReadKind.VALUE), rethrow()), rethrow()));
    assertThat(findings(CheckInfo.UNAUTHORIZED_ERROR_PARTIALLY_READ, errorAsText)).containsExactly(at("error"));
  }

  @Test
  void readingBothFormatsOrCheckingTheTypeOfErrorIsCorrect() {
    Step both = tryCatch(ficCall("api.get"), API_EXCEPTION, ifStatus(IntSet.of(401),
        seq(messageRead(), read("description", "error_description", ReadKind.VALUE), rethrow()), rethrow()));
    assertThat(findings(CheckInfo.UNAUTHORIZED_ERROR_PARTIALLY_READ, both)).isEmpty();

    Step typeChecked = tryCatch(ficCall("api.get"), API_EXCEPTION, ifStatus(IntSet.of(401),
        seq(read("isObject", "error", ReadKind.TYPE_CHECK), messageRead(), rethrow()), rethrow()));
    assertThat(findings(CheckInfo.UNAUTHORIZED_ERROR_PARTIALLY_READ, typeChecked)).isEmpty();
  }

  @Test
  void aFallbackFromOneFormatToTheOtherReadsBoth() {
    // String d = body.path("error_description").asText(); if (!d.isEmpty()) return d; return error.message;
    Step fallback = tryCatch(ficCall("api.get"), API_EXCEPTION, ifStatus(IntSet.of(401),
        seq(read("description", "error_description", ReadKind.VALUE),
            ifCondition(Condition.UNKNOWN, returns(), seq(messageRead(), returns()))),
        rethrow()));
    assertThat(findings(CheckInfo.UNAUTHORIZED_ERROR_PARTIALLY_READ, fallback)).isEmpty();

    // Two handlers that share no read are judged apart: the 401 one reads only the OAuth format.
    Step apart = tryCatch(ficCall("api.get"), API_EXCEPTION, ifStatus(IntSet.of(401),
        seq(read("description", "error_description", ReadKind.VALUE), returns()),
        ifStatus(IntSet.of(404), seq(messageRead(), returns()), rethrow())));
    assertThat(findings(CheckInfo.UNAUTHORIZED_ERROR_PARTIALLY_READ, apart)).containsExactly(at("description"));
  }

  @Test
  void aHandlerThatReceivesTheErrorStartsWithIt() {
    Step handler = seq(new Step.ResponseArrives(IntSet.range(400, 499), true),
        read("description", "error_description", ReadKind.VALUE), returns());
    assertThat(findings(CheckInfo.UNAUTHORIZED_ERROR_PARTIALLY_READ, handler)).containsExactly(at("description"));
  }

  @Test
  void aNewRequestEndsTheHandlingOfTheLastResponse() {
    // The reads of the second response are judged with the second response's statuses (success only).
    Step body = tryCatch(seq(ficCall("api.get"), messageRead(), ficCall("api.other"), returns()),
        API_EXCEPTION, rethrow());
    assertThat(findings(CheckInfo.VALIDATION_RESULT_DROPPED, body)).isEmpty();
  }
}
