package dev.faultline.analysis.model;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FoldedConditionsTest {
  private static final Condition RATE_LIMITED = new Condition.StatusIn(IntSet.of(429));
  private static final Condition NOT_FOUND = new Condition.StatusIn(IntSet.of(404));

  @Test
  void constantArmsFoldAway() {
    assertThat(FoldedConditions.either(RATE_LIMITED, Condition.TRUE, Condition.FALSE))
        .isEqualTo(RATE_LIMITED);
    assertThat(FoldedConditions.either(RATE_LIMITED, Condition.FALSE, Condition.FALSE))
        .isEqualTo(Condition.FALSE);
    assertThat(FoldedConditions.and(Condition.UNKNOWN, Condition.FALSE)).isEqualTo(Condition.FALSE);
    assertThat(FoldedConditions.or(Condition.FALSE, RATE_LIMITED)).isEqualTo(RATE_LIMITED);
  }

  @Test
  void aChainIsTrueForTheTestsWhoseOutcomeIsTrue() {
    Condition chain =
        FoldedConditions.chain(
            List.of(NOT_FOUND, RATE_LIMITED),
            List.of(Condition.FALSE, Condition.TRUE),
            Condition.FALSE);
    assertThat(Condition.statusesWhereTrue(chain, IntSet.range(400, 499)))
        .isEqualTo(IntSet.of(429));
  }

  @Test
  void onlyAConditionThatMentionsTheStatusOrIsAlwaysTrueTestsIt() {
    assertThat(FoldedConditions.testsStatus(Condition.TRUE)).isTrue();
    assertThat(FoldedConditions.testsStatus(Condition.and(Condition.UNKNOWN, RATE_LIMITED)))
        .isTrue();
    assertThat(FoldedConditions.testsStatus(Condition.not(NOT_FOUND))).isTrue();
    assertThat(FoldedConditions.testsStatus(Condition.UNKNOWN)).isFalse();
    assertThat(FoldedConditions.testsStatus(Condition.FALSE)).isFalse();
  }
}
