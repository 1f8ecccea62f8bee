package dev.faultline.errorprone;

import com.google.errorprone.CompilationTestHelper;
import com.google.errorprone.bugpatterns.BugChecker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every check can be silenced the two ways its docs page says, on a test-inputs file where it has
 * findings: {@code @SuppressWarnings("Name")} on the class, and {@code -Xep:Name:OFF}.
 */
final class SilencingTest {
  @TestFactory
  Stream<DynamicTest> everyCheckIsSilencedBySuppressWarningsAndByXepOff() {
    return TestInputsTest.CHECKS.stream()
        .flatMap(
            check -> {
              Path file = firstSingleFilePositive(check.getSimpleName());
              String name = check.getSimpleName();
              return Stream.of(
                  DynamicTest.dynamicTest(
                      "@SuppressWarnings(\"" + name + "\") on " + TestInputs.relative(file),
                      () -> compileWithoutFindings(check, fileName(file), suppressed(file, name))),
                  DynamicTest.dynamicTest(
                      "-Xep:" + name + ":OFF on " + TestInputs.relative(file),
                      () ->
                          compileWithoutFindings(
                              check,
                              fileName(file),
                              withoutMarkers(file),
                              "-Xep:" + name + ":OFF")));
            });
  }

  /** The first file of a one-file case that has a finding of the check. */
  private static Path firstSingleFilePositive(String check) {
    for (Path file : TestInputs.files()) {
      if (TestInputs.caseOf(file).size() == 1
          && TestInputs.lines(file).stream()
              .anyMatch(line -> line.contains("BUG: Diagnostic contains: " + check))) {
        return file;
      }
    }
    throw new AssertionError("no one-file test-input with a finding of " + check);
  }

  private static String fileName(Path file) {
    return file.getFileName().toString();
  }

  private static String[] withoutMarkers(Path file) {
    return TestInputs.keepOnlyMarkersOf(TestInputs.lines(file), "no check has this name");
  }

  /** The file without markers, with {@code @SuppressWarnings("check")} on its top-level class. */
  private static String[] suppressed(Path file, String check) {
    List<String> lines = new ArrayList<>(List.of(withoutMarkers(file)));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).matches("^(public |final |abstract )*(class|interface|record|enum) .*")) {
        lines.set(i, "@SuppressWarnings(\"" + check + "\") " + lines.get(i));
        return lines.toArray(String[]::new);
      }
    }
    throw new AssertionError("no top-level class declaration in " + file);
  }

  private void compileWithoutFindings(
      Class<? extends BugChecker> check, String name, String[] source, String... args) {
    CompilationTestHelper.newInstance(check, getClass())
        .setArgs(args)
        .addSourceLines(name, source)
        .expectNoDiagnostics()
        .doTest();
  }
}
