package dev.faultline.analysis.library;

import static com.google.common.truth.Truth.assertThat;

import dev.faultline.analysis.model.Condition;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which statuses a retry filtered by exception types re-sends. */
class TypeFilteredRetryTest {

  private static final String CLIENT_ERROR =
      "org.springframework.web.client.HttpClientErrorException";
  private static final String TOO_MANY = CLIENT_ERROR + ".TooManyRequests";
  private static final String SERVER_ERROR =
      "org.springframework.web.client.HttpServerErrorException";
  private static final String TRANSPORT = "org.springframework.web.client.ResourceAccessException";

  @Test
  void typedHttpExceptionsCountWhateverTheWork() {
    assertThat(TypeFilteredRetry.statuses(List.of(CLIENT_ERROR), List.of(), false))
        .isEqualTo(IntSet.range(400, 499));
    assertThat(TypeFilteredRetry.statuses(List.of(TOO_MANY, TRANSPORT), List.of(), false))
        .isEqualTo(IntSet.of(0, 429));
  }

  @Test
  void excludedTypesAreSubtracted() {
    assertThat(
            TypeFilteredRetry.statuses(
                List.of("org.springframework.web.client.HttpStatusCodeException"),
                List.of(CLIENT_ERROR),
                false))
        .isEqualTo(IntSet.range(500, 599));
    assertThat(
            TypeFilteredRetry.statuses(List.of(CLIENT_ERROR), List.of(TOO_MANY), false)
                .contains(429))
        .isFalse();
  }

  @Test
  void catchAllCountsOnlyForHttpWork() {
    assertThat(TypeFilteredRetry.statuses(List.of(), List.of(), false)).isEqualTo(IntSet.EMPTY);
    assertThat(TypeFilteredRetry.statuses(List.of("java.lang.Exception"), List.of(), false))
        .isEqualTo(IntSet.EMPTY);
    assertThat(TypeFilteredRetry.statuses(List.of(), List.of(), true))
        .isEqualTo(HttpErrorTypes.ANY_FAILURE);
  }

  @Test
  void theApplicationsOwnTypesCountForNothing() {
    assertThat(
            TypeFilteredRetry.statuses(
                List.of("com.example.LedgerLockedException"), List.of(), true))
        .isEqualTo(IntSet.EMPTY);
  }

  @Test
  void theApplicationsOwnTypesCountForTheStatusesLearnt() {
    ExceptionStatuses learnt =
        type ->
            type.equals("com.example.LedgerBusyException")
                ? java.util.Optional.of(IntSet.range(500, 599))
                : HttpErrorTypes.statuses(type);
    assertThat(
            TypeFilteredRetry.statuses(
                List.of("com.example.LedgerBusyException"), List.of(), false, learnt))
        .isEqualTo(IntSet.range(500, 599));
  }

  @Test
  void unknownFilterKeepsOnlyStatusesThatAreAllPermanent() {
    assertThat(TypeFilteredRetry.narrowedByUnknownFilter(IntSet.range(400, 599)))
        .isEqualTo(IntSet.EMPTY);
    assertThat(TypeFilteredRetry.narrowedByUnknownFilter(IntSet.of(400, 422)))
        .isEqualTo(IntSet.of(400, 422));
  }

  @Test
  void statusPredicateNarrowsAndProvesHttpFailures() {
    Condition gateway =
        Condition.or(
            new Condition.StatusIn(IntSet.of(502)), new Condition.StatusIn(IntSet.of(504)));
    assertThat(
            TypeFilteredRetry.statuses(
                List.of(), List.of(), false, gateway, ExceptionStatuses.LIBRARY))
        .isEqualTo(IntSet.of(502, 504));
    assertThat(
            TypeFilteredRetry.statuses(
                List.of(SERVER_ERROR), List.of(), false, Condition.TRUE, ExceptionStatuses.LIBRARY))
        .isEqualTo(IntSet.range(500, 599));
  }

  @Test
  void predicateTestingAnythingElseIsAnUnknownFilter() {
    Condition text =
        Condition.and(
            new Condition.StatusIn(IntSet.range(400, 499)),
            new Condition.TextMatch(List.of("timeout")));
    assertThat(
            TypeFilteredRetry.statuses(List.of(), List.of(), true, text, ExceptionStatuses.LIBRARY))
        .isEqualTo(IntSet.EMPTY);
    assertThat(
            TypeFilteredRetry.statuses(
                List.of(), List.of(), true, Condition.UNKNOWN, ExceptionStatuses.LIBRARY))
        .isEqualTo(IntSet.EMPTY);
  }

  @Test
  void workFailsOnHttpErrorsWhenItsClientThrowsOrItThrowsAfterARequest() {
    Step fic = new Step.Request(anchor(), "send", List.of(), true);
    Step jdk = new Step.Request(anchor(), "send", List.of("java.io.IOException"), false);
    assertThat(TypeFilteredRetry.failsOnHttpErrors(Step.block(List.of(fic)))).isTrue();
    assertThat(TypeFilteredRetry.failsOnHttpErrors(jdk)).isFalse();
    assertThat(
            TypeFilteredRetry.failsOnHttpErrors(
                Step.block(
                    List.of(jdk, new Step.Throw(List.of("java.lang.IllegalStateException"))))))
        .isTrue();
    assertThat(TypeFilteredRetry.failsOnHttpErrors(new Step.Throw(List.of("java.io.IOException"))))
        .isFalse();
  }

  @Test
  void builderFilterCollectsTypesPredicatesAndWhatItCannotRead() {
    TypeFilteredRetry.Filter typed = new TypeFilteredRetry.Filter(ExceptionStatuses.LIBRARY);
    typed.include(List.of(CLIENT_ERROR));
    typed.exclude(List.of(TOO_MANY));
    assertThat(typed.statuses(false)).isEqualTo(IntSet.range(400, 499).minus(IntSet.of(429)));

    TypeFilteredRetry.Filter listFromElsewhere =
        new TypeFilteredRetry.Filter(ExceptionStatuses.LIBRARY);
    listFromElsewhere.include(List.of());
    assertThat(listFromElsewhere.statuses(true)).isEqualTo(IntSet.EMPTY);

    TypeFilteredRetry.Filter customPolicy = new TypeFilteredRetry.Filter(ExceptionStatuses.LIBRARY);
    customPolicy.include(List.of(CLIENT_ERROR));
    customPolicy.narrowedByUnknown();
    assertThat(customPolicy.statuses(true)).isEqualTo(IntSet.EMPTY);

    TypeFilteredRetry.Filter predicate = new TypeFilteredRetry.Filter(ExceptionStatuses.LIBRARY);
    predicate.predicate(new Condition.StatusIn(IntSet.of(409, 429)));
    assertThat(predicate.statuses(false)).isEqualTo(IntSet.of(409, 429));
  }

  private static dev.faultline.analysis.model.Anchor anchor() {
    return new dev.faultline.analysis.model.Anchor() {};
  }
}
