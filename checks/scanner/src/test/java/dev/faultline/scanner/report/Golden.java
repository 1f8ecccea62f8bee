package dev.faultline.scanner.report;

import static com.google.common.truth.Truth.assertWithMessage;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under src/test/resources/golden. Run the tests with {@code
 * -Dfaultline.updateGolden=true} to rewrite them from the current output (then review the diff).
 */
public final class Golden {
  private Golden() {}

  public static void assertMatches(String name, String actual) throws IOException {
    if (Boolean.getBoolean("faultline.updateGolden")) {
      Path file = Path.of(System.getProperty("basedir", "."), "src/test/resources/golden", name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, UTF_8);
      return;
    }
    String expected;
    try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name)) {
      assertWithMessage(
              "golden file %s exists (create it with -Dfaultline.updateGolden=true)", name)
          .that(in)
          .isNotNull();
      expected = new String(in.readAllBytes(), UTF_8);
    }
    assertWithMessage("output differs from golden/%s", name).that(actual).isEqualTo(expected);
  }
}
