package dev.faultline.scanner.report;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {
  @Test
  void lineBreaksBecomeSpacesAndControlsAreEscaped() {
    assertThat(TerminalText.oneLine("a\r\nb\rc\nd\te\u001b[31mf\u007f"))
        .isEqualTo("a b c d\te\\u001b[31mf\\u007f");
  }

  @Test
  void ordinaryTextIsUnchanged() {
    assertThat(TerminalText.oneLine("caf\u00e8 \uD83D\uDE00 <&>"))
        .isEqualTo("caf\u00e8 \uD83D\uDE00 <&>");
  }
}
