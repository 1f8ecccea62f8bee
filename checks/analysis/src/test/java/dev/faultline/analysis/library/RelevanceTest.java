package dev.faultline.analysis.library;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

  @Test
  void answersAsASearchForEachMarkerDoes() {
    // Texts where a marker's first characters occur without the marker, overlap it, or repeat.
    List<String> texts = new ArrayList<>();
    for (String marker : Relevance.MARKERS) {
      String start = marker.substring(0, 2);
      String cut = marker.substring(0, marker.length() - 1);
      texts.add(start + " " + cut);
      texts.add(cut + cut.charAt(cut.length() - 1));
      texts.add(start.charAt(0) + marker);
      texts.add(start + start + marker.substring(2));
      texts.add(marker.toUpperCase(Locale.ROOT));
      texts.add("x" + marker.charAt(0));
    }
    for (String text : texts) {
      boolean anyMarker = Relevance.MARKERS.stream().anyMatch(text::contains);
      assertWithMessage(text).that(Relevance.mayConcernHttpErrors(text)).isEqualTo(anyMarker);
    }
  }
}
