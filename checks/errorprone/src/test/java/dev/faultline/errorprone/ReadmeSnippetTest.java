package dev.faultline.errorprone;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The Maven snippet in the README is the one the consumer build under src/it proves. */
final class ReadmeSnippetTest {
  private static final String START = "<!-- faultline:snippet:start -->";
  private static final String END = "<!-- faultline:snippet:end -->";

  @Test
  void readmeShowsTheProvenConsumerConfiguration() throws IOException {
    Path root = TestInputs.root().getParent();
    String pom = Files.readString(Path.of("src/it/build-fails-at-error-severity/pom.xml"));
    String snippet =
        pom.substring(pom.indexOf(START) + START.length(), pom.indexOf(END))
            .replace("@project.version@", System.getProperty("faultline.version", "0.1.0-SNAPSHOT"))
            // The README shows the newest supported Error Prone; the consumer builds run each one.
            .replace(
                "@it.errorprone.version@",
                System.getProperty("faultline.errorprone.version", "2.50.0"));
    String readme = Files.readString(root.resolve("README.md"));
    assertWithMessage("README.md contains the consumer build's compiler configuration")
        .that(normalize(readme))
        .contains(normalize(snippet));
  }

  private static String normalize(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }
}
