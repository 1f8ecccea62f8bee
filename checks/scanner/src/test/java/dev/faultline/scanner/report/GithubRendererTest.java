package dev.faultline.scanner.report;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class GithubRendererTest {
  @Test
  void dataEscapesPercentAndLineBreaks() {
    assertThat(GithubRenderer.escapeData("100%\r\nnext: a,b")).isEqualTo("100%25%0D%0Anext: a,b");
  }

  @Test
  void propertiesAlsoEscapeColonAndComma() {
    assertThat(GithubRenderer.escapeProperty("a,b: 100%\n")).isEqualTo("a%2Cb%3A 100%25%0A");
  }

  @Test
  void everyLineIsOneWorkflowCommand() {
    String out = new GithubRenderer().render(SampleReport.create());
    for (String line : out.split("\n", -1)) {
      if (!line.isEmpty()) {
        assertThat(line)
            .matches("::(warning|error) file=[^,:]+(,line=\\d+,col=\\d+)?,title=[^,:]+::.*");
      }
    }
  }
}
