package dev.faultline.analysis.library;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class RelevanceTest {

  @Test
  void everyMarkerMakesAFileRelevantWhereverItStands() {
    for (String marker : Relevance.MARKERS) {
      assertThat(Relevance.mayConcernHttpErrors(marker)).isTrue();
      assertThat(Relevance.mayConcernHttpErrors("import " + marker + ";\nclass A {}")).isTrue();
      assertThat(Relevance.mayConcernHttpErrors("class A { /* è ü */ }\n// " + marker)).isTrue();
    }
  }

  @Test
  void aFileNamingNoMarkerIsNotRelevant() {
    assertThat(Relevance.mayConcernHttpErrors("")).isFalse();
    assertThat(
            Relevance.mayConcernHttpErrors(
                "package a.b;\nclass Fattura { String città = \"perché\"; }"))
        .isFalse();
    // A prefix of a marker at the end of the text is not the marker.
    assertThat(Relevance.mayConcernHttpErrors("class A {} // okhttp")).isFalse();
    assertThat(Relevance.mayConcernHttpErrors("class A {} // java.net")).isFalse();
  }
}
