package dev.faultline.scanner.cli;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void showsCountsThenErasesTheLine() throws InterruptedException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(bytes, true, UTF_8);
    Progress progress = Progress.console(err, 0, 10);
    progress.start(5000);
    for (int i = 0; i < 1200; i++) {
      progress.fileDone();
    }
    Thread.sleep(100);
    progress.finish();
    String text = bytes.toString(UTF_8);
    assertThat(text).contains("\rscanned 1200/5000 files");
    assertThat(text).endsWith("\r" + " ".repeat("scanned 1200/5000 files".length()) + "\r");
  }

  @Test
  void aShortScanShowsNothing() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Progress progress = Progress.console(new PrintStream(bytes, true, UTF_8), 60_000, 10);
    progress.start(3);
    progress.fileDone();
    progress.finish();
    assertThat(bytes.size()).isEqualTo(0);
  }
}
