package dev.faultline.analysis.model;

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionTest {
  private static final IntSet UNIVERSE = IntSet.range(100, 599);

  private static Condition status(int... statuses) {
    return new Condition.StatusIn(IntSet.of(statuses));
  }

  @Test
  void statusesWhereAStatusTestIsTrue() {
    assertThat(Condition.statusesWhereTrue(status(429, 700), UNIVERSE)).isEqualTo(IntSet.of(429));
  }

  @Test
  void statusesWhereANegatedStatusTestIsTrue() {
    assertThat(Condition.statusesWhereTrue(Condition.not(status(200)), IntSet.of(200, 404)))
        .isEqualTo(IntSet.of(404));
  }

  @Test
  void statusesWhereACombinationIsTrue() {
    Condition fourHundredsButNotRateLimit =
        Condition.and(new Condition.StatusIn(IntSet.range(400, 499)), Condition.not(status(429)));
    assertThat(Condition.statusesWhereTrue(fourHundredsButNotRateLimit, UNIVERSE))
        .isEqualTo(IntSet.range(400, 499).minus(IntSet.of(429)));

    assertThat(Condition.statusesWhereTrue(Condition.or(status(429), status(503)), UNIVERSE))
        .isEqualTo(IntSet.of(429, 503));
  }

  @Test
  void conditionsAboutAnythingElseMayBeTrueForEveryStatus() {
    assertThat(Condition.statusesWhereTrue(Condition.UNKNOWN, UNIVERSE)).isEqualTo(UNIVERSE);
    assertThat(Condition.statusesWhereTrue(new Condition.RetryAfterPresent(), UNIVERSE))
        .isEqualTo(UNIVERSE);
    assertThat(Condition.statusesWhereTrue(new Condition.ErrorCodeIn(IntSet.of(4006)), UNIVERSE))
        .isEqualTo(UNIVERSE);
    // The negation of something unknown is unknown too, not the empty set.
    assertThat(
            Condition.statusesWhereTrue(Condition.not(new Condition.RetryAfterPresent()), UNIVERSE))
        .isEqualTo(UNIVERSE);
  }

  @Test
  void constants() {
    assertThat(Condition.statusesWhereTrue(Condition.TRUE, UNIVERSE)).isEqualTo(UNIVERSE);
    assertThat(Condition.statusesWhereTrue(Condition.FALSE, UNIVERSE)).isEqualTo(IntSet.EMPTY);
    assertThat(Condition.statusesWhereTrue(Condition.not(Condition.FALSE), UNIVERSE))
        .isEqualTo(UNIVERSE);
  }

  @Test
  void factoriesSimplify() {
    assertThat(Condition.not(Condition.UNKNOWN)).isEqualTo(Condition.UNKNOWN);
    assertThat(Condition.not(Condition.not(status(429)))).isEqualTo(status(429));
    assertThat(Condition.and(Condition.UNKNOWN, Condition.UNKNOWN)).isEqualTo(Condition.UNKNOWN);
    assertThat(Condition.or(Condition.UNKNOWN, Condition.UNKNOWN)).isEqualTo(Condition.UNKNOWN);
    assertThat(Condition.and(status(403), Condition.UNKNOWN))
        .isEqualTo(new Condition.And(status(403), Condition.UNKNOWN));
  }

  @Test
  void textMatchCopiesItsLiterals() {
    List<String> literals = new ArrayList<>(List.of("already being executed"));
    Condition.TextMatch match = new Condition.TextMatch(literals);

    literals.add("quota");

    assertThat(match.literals()).containsExactly("already being executed");
  }
}
