package dev.faultline.analysis.rules;

import static com.google.common.truth.Truth.assertThat;
import static dev.faultline.analysis.ClientCode.API_EXCEPTION;
import static dev.faultline.analysis.ClientCode.at;
import static dev.faultline.analysis.ClientCode.block;
import static dev.faultline.analysis.ClientCode.catchApi;
import static dev.faultline.analysis.ClientCode.errorCodeIn;
import static dev.faultline.analysis.ClientCode.ifStatus;
import static dev.faultline.analysis.ClientCode.navigate;
import static dev.faultline.analysis.ClientCode.readType;
import static dev.faultline.analysis.ClientCode.readValue;
import static dev.faultline.analysis.ClientCode.request;
import static dev.faultline.analysis.ClientCode.rethrow;
import static dev.faultline.analysis.ClientCode.returns;
import static dev.faultline.analysis.ClientCode.send;
import static dev.faultline.analysis.ClientCode.tryCatch;
import static dev.faultline.analysis.ClientCode.unknown;
import static dev.faultline.analysis.ClientCode.when;

import dev.faultline.analysis.ClientCode;
import dev.faultline.analysis.model.Anchor;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * UnauthorizedErrorPartiallyRead and ValidationResultDropped judged on lowered methods, without a
 * compiler.
 */
final class BodyRulesTest {

  private static List<Anchor> findings(CheckInfo check, Step body) {
    return ClientCode.findings(check, body).stream().map(Finding::anchor).toList();
  }

  private static Step messageRead() {
    return block(
        navigate("path(error)", "error"),
        navigate("path(message)", "error.message"),
        readValue("asText", "error.message"));
  }

  @Test
  void validationHandlerKeepingOnlyTheMessageDropsTheDetails() {
    Step body =
        tryCatch(
            request("api.create"),
            catchApi(
                ifStatus(
                    422, block(messageRead(), rethrow(API_EXCEPTION)), rethrow(API_EXCEPTION))));
    assertThat(findings(CheckInfo.VALIDATION_RESULT_DROPPED, body)).containsExactly(at("asText"));
    assertThat(ClientCode.findings(CheckInfo.VALIDATION_RESULT_DROPPED, body).get(0).message())
        .contains("error.validation_result or extra");
  }

  @Test
  void readingTheValidationResultOrTheTotalsKeepsTheDetails() {
    Step validation =
        tryCatch(
            request("api.create"),
            catchApi(
                ifStatus(
                    422,
                    block(
                        messageRead(),
                        readValue("fields", "error.validation_result.data.name"),
                        rethrow(API_EXCEPTION)),
                    rethrow(API_EXCEPTION))));
    assertThat(findings(CheckInfo.VALIDATION_RESULT_DROPPED, validation)).isEmpty();

    Step totals =
        tryCatch(
            request("api.create"),
            catchApi(
                ifStatus(
                    422,
                    block(
                        messageRead(), navigate("totals", "extra.totals"), rethrow(API_EXCEPTION)),
                    rethrow(API_EXCEPTION))));
    assertThat(findings(CheckInfo.VALIDATION_RESULT_DROPPED, totals)).isEmpty();
  }

  @Test
  void aPresenceTestOfTheDetailsIsNoReadOfThem() {
    Step presence = new Step.BodyRead(at("has"), "error.validation_result", Step.ReadKind.PRESENCE);
    Step onlyTested =
        tryCatch(
            request("api.create"),
            catchApi(
                ifStatus(
                    422,
                    block(messageRead(), presence, rethrow(API_EXCEPTION)),
                    rethrow(API_EXCEPTION))));
    assertThat(findings(CheckInfo.VALIDATION_RESULT_DROPPED, onlyTested))
        .containsExactly(at("asText"));

    Step readWhenPresent =
        tryCatch(
            request("api.create"),
            catchApi(
                ifStatus(
                    422,
                    block(
                        messageRead(),
                        presence,
                        when(unknown(), readValue("fields", "error.validation_result")),
                        rethrow(API_EXCEPTION)),
                    rethrow(API_EXCEPTION))));
    assertThat(findings(CheckInfo.VALIDATION_RESULT_DROPPED, readWhenPresent)).isEmpty();
  }

  @Test
  void aReadOfAHelperJudgedOnItsOwnIsNotReportedAtItsCall() {
    Step body =
        tryCatch(
            request("api.create"),
            catchApi(
                ifStatus(
                    422,
                    block(
                        new Step.BodyRead(
                            at("explain"), "error.message", Step.ReadKind.VALUE, true),
                        rethrow(API_EXCEPTION)),
                    rethrow(API_EXCEPTION))));
    assertThat(findings(CheckInfo.VALIDATION_RESULT_DROPPED, body)).isEmpty();
    assertThat(findings(CheckInfo.UNAUTHORIZED_ERROR_PARTIALLY_READ, body)).isEmpty();
  }

  @Test
  void passingTheRawBodyOnLosesNothing() {
    Step body =
        tryCatch(
            request("api.create"),
            catchApi(new Step.RawBodyPassOn(at("log")), messageRead(), rethrow(API_EXCEPTION)));
    assertThat(findings(CheckInfo.VALIDATION_RESULT_DROPPED, body)).isEmpty();
    assertThat(findings(CheckInfo.UNAUTHORIZED_ERROR_PARTIALLY_READ, body)).isEmpty();
  }

  @Test
  void aBranchThatCannotBeAValidationErrorIsNotJudged() {
    Step notFound =
        tryCatch(
            request("api.get"),
            catchApi(ifStatus(404, block(messageRead(), returns()), rethrow(API_EXCEPTION))));
    assertThat(findings(CheckInfo.VALIDATION_RESULT_DROPPED, notFound)).isEmpty();
    assertThat(findings(CheckInfo.UNAUTHORIZED_ERROR_PARTIALLY_READ, notFound)).isEmpty();
  }

  @Test
  void invoiceXmlValidationKeepsTheFindings() {
    Step dropsFindings =
        block(
            send("client.send"),
            ifStatus(IntSet.range(200, 299), returns()),
            when(
                errorCodeIn(4001, 4002),
                block(readValue("detail", "detail"), returns()),
                returns()));
    assertThat(findings(CheckInfo.VALIDATION_RESULT_DROPPED, dropsFindings))
        .containsExactly(at("detail"));

    Step mapsFindings =
        block(
            send("client.send"),
            ifStatus(IntSet.range(200, 299), returns()),
            when(
                errorCodeIn(4001, 4002),
                block(readValue("detail", "detail"), navigate("errors", "errors"), returns()),
                returns()));
    assertThat(findings(CheckInfo.VALIDATION_RESULT_DROPPED, mapsFindings)).isEmpty();

    Step rateLimited =
        block(
            send("client.send"),
            ifStatus(IntSet.range(200, 299), returns()),
            when(errorCodeIn(4006), block(readValue("detail", "detail"), returns()), returns()));
    assertThat(findings(CheckInfo.VALIDATION_RESULT_DROPPED, rateLimited)).isEmpty();
  }

  @Test
  void unauthorizedHandlerReadingOneFormatIsReportedOnThatRead() {
    Step oauthOnly =
        tryCatch(
            request("api.get"),
            catchApi(
                ifStatus(
                    401,
                    block(readValue("description", "error_description"), rethrow(API_EXCEPTION)),
                    rethrow(API_EXCEPTION))));
    assertThat(findings(CheckInfo.UNAUTHORIZED_ERROR_PARTIALLY_READ, oauthOnly))
        .containsExactly(at("description"));

    Step apiOnly =
        tryCatch(
            request("api.get"),
            catchApi(
                ifStatus(
                    401, block(messageRead(), rethrow(API_EXCEPTION)), rethrow(API_EXCEPTION))));
    assertThat(findings(CheckInfo.UNAUTHORIZED_ERROR_PARTIALLY_READ, apiOnly))
        .containsExactly(at("asText"));

    Step errorAsText =
        tryCatch(
            request("api.get"),
            catchApi(
                ifStatus(
                    401,
                    block(readValue("error", "error"), rethrow(API_EXCEPTION)),
                    rethrow(API_EXCEPTION))));
    assertThat(findings(CheckInfo.UNAUTHORIZED_ERROR_PARTIALLY_READ, errorAsText))
        .containsExactly(at("error"));
  }

  @Test
  void readingBothFormatsOrCheckingTheTypeOfErrorIsCorrect() {
    Step both =
        tryCatch(
            request("api.get"),
            catchApi(
                ifStatus(
                    401,
                    block(
                        messageRead(),
                        readValue("description", "error_description"),
                        rethrow(API_EXCEPTION)),
                    rethrow(API_EXCEPTION))));
    assertThat(findings(CheckInfo.UNAUTHORIZED_ERROR_PARTIALLY_READ, both)).isEmpty();

    Step typeChecked =
        tryCatch(
            request("api.get"),
            catchApi(
                ifStatus(
                    401,
                    block(readType("isObject", "error"), messageRead(), rethrow(API_EXCEPTION)),
                    rethrow(API_EXCEPTION))));
    assertThat(findings(CheckInfo.UNAUTHORIZED_ERROR_PARTIALLY_READ, typeChecked)).isEmpty();
  }

  @Test
  void aFallbackFromOneFormatToTheOtherReadsBoth() {
    // String d = body.path("error_description").asText(); if (!d.isEmpty()) return d; return
    // error.message;
    Step fallback =
        tryCatch(
            request("api.get"),
            catchApi(
                ifStatus(
                    401,
                    block(
                        readValue("description", "error_description"),
                        when(unknown(), returns(), block(messageRead(), returns()))),
                    rethrow(API_EXCEPTION))));
    assertThat(findings(CheckInfo.UNAUTHORIZED_ERROR_PARTIALLY_READ, fallback)).isEmpty();

    // Two handlers that share no read are judged apart: the 401 one reads only the OAuth format.
    Step apart =
        tryCatch(
            request("api.get"),
            catchApi(
                ifStatus(
                    401,
                    block(readValue("description", "error_description"), returns()),
                    ifStatus(404, block(messageRead(), returns()), rethrow(API_EXCEPTION)))));
    assertThat(findings(CheckInfo.UNAUTHORIZED_ERROR_PARTIALLY_READ, apart))
        .containsExactly(at("description"));
  }

  @Test
  void aHandlerThatReceivesTheErrorStartsWithIt() {
    Step handler =
        block(
            new Step.ResponseArrives(IntSet.range(400, 499), true),
            readValue("description", "error_description"),
            returns());
    assertThat(findings(CheckInfo.UNAUTHORIZED_ERROR_PARTIALLY_READ, handler))
        .containsExactly(at("description"));
  }

  @Test
  void aNewRequestEndsTheHandlingOfTheLastResponse() {
    // The reads of the second response are judged with the second response's statuses (success
    // only).
    Step body =
        tryCatch(
            block(request("api.get"), messageRead(), request("api.other"), returns()),
            catchApi(rethrow(API_EXCEPTION)));
    assertThat(findings(CheckInfo.VALIDATION_RESULT_DROPPED, body)).isEmpty();
  }
}
