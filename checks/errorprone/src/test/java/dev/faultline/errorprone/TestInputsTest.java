package dev.faultline.errorprone;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.errorprone.CompilationTestHelper;
import com.google.errorprone.bugpatterns.BugChecker;
import dev.faultline.analysis.rules.CheckInfo;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every file of the shared test-inputs corpus through each check and requires exactly the
 * lines the file marks for that check ({@code // BUG: Diagnostic contains: Name} on the line
 * before), and nothing elsewhere.
 */
final class TestInputsTest {
  static final List<Class<? extends BugChecker>> CHECKS =
      List.of(
          RetryAfterIgnored.class,
          NonRetryableErrorRetried.class,
          UnauthorizedErrorPartiallyRead.class,
          ValidationResultDropped.class,
          DeviceCodeSlowDownIgnored.class,
          RetryWithoutBackoff.class,
          RetryAfterHttpDateUnsupported.class);

  @TestFactory
  Stream<DynamicTest> everyFileGivesExactlyItsMarkedFindings() {
    return TestInputs.files().stream()
        .flatMap(
            file ->
                CHECKS.stream()
                    .map(
                        check ->
                            DynamicTest.dynamicTest(
                                check.getSimpleName() + " on " + TestInputs.relative(file),
                                () -> run(check, file))));
  }

  private void run(Class<? extends BugChecker> check, Path file) {
    String name = check.getSimpleName();
    CompilationTestHelper helper = CompilationTestHelper.newInstance(check, getClass());
    // A case that spans files compiles them all, and the markers of every one of them count.
    for (Path source : TestInputs.caseOf(file)) {
      helper.addSourceLines(
          source.getFileName().toString(),
          TestInputs.keepOnlyMarkersOf(TestInputs.lines(source), name));
    }
    try {
      helper.doTest();
    } catch (AssertionError e) {
      throw new AssertionError(
          name + " on test-inputs/" + TestInputs.relative(file) + ": " + e.getMessage(), e);
    }
  }

  @Test
  void everyFileNameIsUnique() {
    // The scanner's hostile-input tests write altered copies of the corpus by file name.
    assertWithMessage("file names that occur more than once in test-inputs")
        .that(
            TestInputs.files().stream()
                .map(f -> f.getFileName().toString())
                .collect(Collectors.groupingBy(name -> name, Collectors.counting()))
                .entrySet()
                .stream()
                .filter(e -> e.getValue() > 1)
                .map(Map.Entry::getKey)
                .toList())
        .isEmpty();
  }

  @Test
  void everyCheckHasEnoughPositiveAndNegativeInputs() {
    assertWithMessage("every check of the catalogue has a BugChecker under test")
        .that(CHECKS.stream().map(Class::getSimpleName).toList())
        .containsExactlyElementsIn(CheckInfo.all().stream().map(CheckInfo::checkName).toList());
    for (Class<? extends BugChecker> check : CHECKS) {
      String name = check.getSimpleName();
      List<Path> own =
          TestInputs.files().stream()
              .filter(f -> TestInputs.relative(f).startsWith(name + "/"))
              .toList();
      long positive =
          own.stream()
              .filter(
                  f ->
                      TestInputs.lines(f).stream()
                          .anyMatch(l -> l.contains("Diagnostic contains: " + name)))
              .count();
      assertWithMessage("test inputs of %s", name).that(own.size()).isAtLeast(12);
      assertWithMessage("negative test inputs of %s", name)
          .that(own.size() - positive)
          .isAtLeast(6);
      assertWithMessage("positive test inputs of %s", name).that(positive).isAtLeast(1);
    }
  }
}
