package dev.faultline.analysis.catalogue;

import static com.google.common.truth.Truth.assertThat;

import dev.faultline.analysis.catalogue.CallMeaning.Wait;
import dev.faultline.analysis.library.HttpNames;
import org.junit.jupiter.api.Test;

class HttpClientCatalogueTest {

  @Test
  void textWithAWaitOfTheTableMayHoldAWait() {
    for (String name : HttpClientMethods.TABLE.namesOf(Wait.class)) {
      assertThat(HttpClientCatalogue.mayHoldWait("void f() { x." + name + "(1); }")).isTrue();
    }
    assertThat(HttpClientMethods.TABLE.namesOf(Wait.class))
        .containsAtLeast("sleep", "schedule", "delayedExecutor", "parkNanos");
  }

  @Test
  void textWithAWaitNamedAsOneMayHoldAWait() {
    for (String name :
        new String[] {
          "sleepQuietly",
          "pauseBeforeRetry",
          "waitBackoff",
          "backOff",
          "doBackoff",
          "WaitRetryDelay"
        }) {
      assertThat(HttpNames.namesWait(name)).isTrue();
      assertThat(HttpClientCatalogue.mayHoldWait("void f() { " + name + "(1); }")).isTrue();
    }
  }

  @Test
  void textWithoutAWaitsNameAtTheStartOfAnIdentifierHoldsNone() {
    String stub =
        """
        public void awaitTermination(long duration, TimeUnit unit) {
          backgroundResources.awaitTermination(duration, unit);
        }
        int asleep; String dontwait = "x";
        """;
    assertThat(HttpClientCatalogue.mayHoldWait(stub)).isFalse();
    assertThat(HttpNames.namesWait("awaitTermination")).isFalse();
  }
}
