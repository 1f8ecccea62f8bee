package dev.faultline.analysis.model;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StepTest {
  private record Site(String name) implements Anchor {}

  private static final Step REQUEST =
      new Step.Request(new Site("api.create"), "api.create", List.of(), true);
  private static final Step WAIT = new Step.Wait(new Site("sleep"), false);

  @Test
  void blockFlattensNestedBlocksAndDropsEmptyOnes() {
    Step nested =
        Step.block(
            List.of(
                Step.NOTHING,
                new Step.Block(List.of(REQUEST, new Step.Block(List.of(Step.NOTHING)))),
                WAIT));

    assertThat(nested).isEqualTo(new Step.Block(List.of(REQUEST, WAIT)));
  }

  @Test
  void blockOfOneStepIsThatStep() {
    assertThat(Step.block(List.of(Step.NOTHING, REQUEST))).isSameInstanceAs(REQUEST);
  }

  @Test
  void blockOfNothingIsAnEmptyBlock() {
    assertThat(Step.block(List.of(Step.NOTHING, Step.NOTHING))).isEqualTo(Step.NOTHING);
  }

  @Test
  void aConditionalWhoseArmsBothActIsAnchoredAtTheConditional() {
    Site conditional = new Site("?");
    Step other = new Step.Request(new Site("api.update"), "api.update", List.of(), true);

    assertThat(Step.conditional(Condition.UNKNOWN, REQUEST, other, conditional))
        .isEqualTo(
            new Step.Branch(
                Condition.UNKNOWN,
                new Step.Request(conditional, "api.create", List.of(), true),
                new Step.Request(conditional, "api.update", List.of(), true)));
    assertThat(Step.conditional(Condition.UNKNOWN, REQUEST, Step.NOTHING, conditional))
        .isEqualTo(new Step.Branch(Condition.UNKNOWN, REQUEST, Step.NOTHING));
  }

  @Test
  void blockKeepsStructureBelowOtherSteps() {
    Step loop =
        new Step.Loop(Step.LoopKind.RETRY, null, true, new Step.Block(List.of(REQUEST)), null);

    assertThat(Step.block(List.of(loop))).isSameInstanceAs(loop);
  }
}
