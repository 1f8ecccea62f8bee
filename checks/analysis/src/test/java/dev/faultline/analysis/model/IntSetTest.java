package dev.faultline.analysis.model;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IntSetTest {

  @Test
  void describeJoinsRunsOfThreeOrMoreWithADash() {
    assertThat(IntSet.of(400, 401, 403, 404, 405).describe()).isEqualTo("400, 401, 403-405");
  }

  @Test
  void describeListsTheFattureInCloudPermanentStatuses() {
    assertThat(IntSet.of(422, 409, 405, 404, 403, 401, 400).describe())
        .isEqualTo("400, 401, 403-405, 409, 422");
  }

  @Test
  void describeOfASingleValue() {
    assertThat(IntSet.of(429).describe()).isEqualTo("429");
  }

  @Test
  void describeOfTwoAdjacentValuesListsBoth() {
    assertThat(IntSet.of(502, 503).describe()).isEqualTo("502, 503");
  }

  @Test
  void describeOfARange() {
    assertThat(IntSet.range(500, 599).describe()).isEqualTo("500-599");
    assertThat(IntSet.range(4000, 4005).union(IntSet.of(4007)).describe())
        .isEqualTo("4000-4005, 4007");
  }

  @Test
  void describeNamesStatusZeroAsNoResponse() {
    assertThat(IntSet.of(0).describe()).isEqualTo("no response");
    assertThat(IntSet.of(0, 429, 503).describe()).isEqualTo("no response, 429, 503");
  }

  @Test
  void describeOfTheEmptySetIsEmpty() {
    assertThat(IntSet.EMPTY.describe()).isEmpty();
    assertThat(IntSet.EMPTY.toString()).isEqualTo("{}");
  }

  @Test
  void toStringWrapsTheDescription() {
    assertThat(IntSet.of(401, 403).toString()).isEqualTo("{401, 403}");
  }

  @Test
  void rangeIsClosedAndEmptyWhenReversed() {
    IntSet range = IntSet.range(200, 299);
    assertThat(range.size()).isEqualTo(100);
    assertThat(range.contains(200)).isTrue();
    assertThat(range.contains(299)).isTrue();
    assertThat(range.contains(300)).isFalse();
    assertThat(IntSet.range(5, 4).isEmpty()).isTrue();
    assertThat(IntSet.range(7, 7)).isEqualTo(IntSet.of(7));
  }

  @Test
  void containsIsFalseForNegativeValues() {
    assertThat(IntSet.range(0, 10).contains(-1)).isFalse();
  }

  @Test
  void setOperations() {
    IntSet clientErrors = IntSet.range(400, 499);
    IntSet rateLimits = IntSet.of(429, 503);

    assertThat(clientErrors.intersect(rateLimits)).isEqualTo(IntSet.of(429));
    assertThat(rateLimits.minus(clientErrors)).isEqualTo(IntSet.of(503));
    assertThat(clientErrors.union(rateLimits).size()).isEqualTo(101);
    assertThat(clientErrors.intersects(rateLimits)).isTrue();
    assertThat(clientErrors.intersects(IntSet.of(503))).isFalse();
    assertThat(clientErrors.containsAll(IntSet.of(400, 422))).isTrue();
    assertThat(clientErrors.containsAll(rateLimits)).isFalse();
    assertThat(clientErrors.containsAll(IntSet.EMPTY)).isTrue();
  }

  @Test
  void operationsDoNotChangeTheirOperands() {
    IntSet statuses = IntSet.of(401, 403);

    IntSet derived = statuses.union(IntSet.of(404)).minus(IntSet.of(401)).intersect(IntSet.of(403));

    assertThat(derived).isEqualTo(IntSet.of(403));
    assertThat(statuses).isEqualTo(IntSet.of(401, 403));
  }

  @Test
  void ofCollectionEqualsOfVarargsWhateverTheOrderAndDuplicates() {
    assertThat(IntSet.of(List.of(409, 400, 409))).isEqualTo(IntSet.of(400, 409));
    assertThat(IntSet.of(List.of(409, 400)).hashCode()).isEqualTo(IntSet.of(400, 409).hashCode());
    assertThat(IntSet.of(List.of())).isEqualTo(IntSet.EMPTY);
  }

  @Test
  void streamIsAscending() {
    assertThat(IntSet.of(503, 0, 429).stream().boxed().toList())
        .containsExactly(0, 429, 503)
        .inOrder();
  }

  @Test
  void valuesOutsideTheStatusAndCodeRangeAreNeverMembers() {
    assertThat(IntSet.of(-1).isEmpty()).isTrue();
    assertThat(IntSet.of(-1, 429).describe()).isEqualTo("429");
    assertThat(IntSet.of(java.util.List.of(-1, Integer.MAX_VALUE, 503)).describe())
        .isEqualTo("503");
    assertThat(IntSet.range(-5, 2).size()).isEqualTo(3);
    assertThat(IntSet.range(9990, Integer.MAX_VALUE).size()).isEqualTo(10);
    assertThat(IntSet.of(429).contains(-1)).isFalse();
    assertThat(IntSet.of(429).contains(Integer.MAX_VALUE)).isFalse();
  }
}
