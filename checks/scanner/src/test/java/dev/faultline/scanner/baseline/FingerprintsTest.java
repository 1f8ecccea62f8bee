package dev.faultline.scanner.baseline;

import static com.google.common.truth.Truth.assertThat;

import dev.faultline.scanner.ReportedFinding;
import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintsTest {
  private static final String PATH = "src/Sync.java";

  private static ReportedFinding at(int line, String check) {
    return new ReportedFinding(PATH, line, 5, check, "message");
  }

  @Test
  void survivesLinesInsertedAboveAndReindentation() {
    String before = "class A {\n  void f() {\n    Thread.sleep(1000);\n  }\n}\n";
    String after =
        "// new header\n\nclass A {\n  void f() {\n        Thread.sleep(1000);   \n  }\n}\n";
    assertThat(Fingerprints.of(PATH, List.of(at(5, "RetryAfterIgnored")), after))
        .isEqualTo(Fingerprints.of(PATH, List.of(at(3, "RetryAfterIgnored")), before));
  }

  @Test
  void changesWhenTheFlaggedLineChanges() {
    String before = "a();\nThread.sleep(1000);\n";
    String after = "a();\nThread.sleep(2000);\n";
    assertThat(Fingerprints.of(PATH, List.of(at(2, "RetryAfterIgnored")), after))
        .isNotEqualTo(Fingerprints.of(PATH, List.of(at(2, "RetryAfterIgnored")), before));
  }

  @Test
  void dependsOnCheckAndPath() {
    String source = "Thread.sleep(1000);\n";
    String one = Fingerprints.of(PATH, List.of(at(1, "RetryAfterIgnored")), source).get(0);
    assertThat(Fingerprints.of(PATH, List.of(at(1, "NonRetryableErrorRetried")), source).get(0))
        .isNotEqualTo(one);
    assertThat(
            Fingerprints.of("src/Other.java", List.of(at(1, "RetryAfterIgnored")), source).get(0))
        .isNotEqualTo(one);
  }

  @Test
  void identicalLinesGetOccurrenceIndexesInLineOrder() {
    String source = "retry();\nx();\nretry();\n";
    List<String> prints =
        Fingerprints.of(
            PATH, List.of(at(3, "RetryAfterIgnored"), at(1, "RetryAfterIgnored")), source);
    assertThat(prints.get(1))
        .isEqualTo(Fingerprints.fingerprint("RetryAfterIgnored", PATH, "retry();", 0));
    assertThat(prints.get(0))
        .isEqualTo(Fingerprints.fingerprint("RetryAfterIgnored", PATH, "retry();", 1));
  }

  @Test
  void normalizesWhitespace() {
    assertThat(Fingerprints.normalize("\t  Thread.sleep( 1000 ) ;  \r"))
        .isEqualTo("Thread.sleep( 1000 ) ;");
    assertThat(Fingerprints.normalize("a \t\u000b b")).isEqualTo("a b");
    assertThat(Fingerprints.normalize("   ")).isEmpty();
  }

  @Test
  void splitsAtEveryJavaLineTerminator() {
    assertThat(Fingerprints.lines("a\r\nb\rc\nd")).containsExactly("a", "b", "c", "d").inOrder();
    assertThat(Fingerprints.lines("a\n")).containsExactly("a", "").inOrder();
  }

  @Test
  void lineOutsideTheFileHasEmptyText() {
    assertThat(Fingerprints.of(PATH, List.of(at(99, "RetryAfterIgnored")), "x();\n"))
        .containsExactly(Fingerprints.fingerprint("RetryAfterIgnored", PATH, "", 0));
  }
}
