package dev.faultline.scanner.report;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class CheckstyleRendererTest {
  @Test
  void parsesAsXmlAndKeepsEveryMessageIntact() throws Exception {
    ScanReport report = SampleReport.create();
    Document xml = parse(new CheckstyleRenderer().render(report));

    NodeList files = xml.getDocumentElement().getElementsByTagName("file");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < files.getLength(); i++) {
      names.add(((Element) files.item(i)).getAttribute("name"));
    }
    assertThat(names)
        .containsExactly(
            "/opt/shared/Legacy Client.java",
            "src/main/java/com/acme/Broken.java",
            "src/main/java/com/acme/InvoiceSync.java",
            "src/main/java/com/acme/Latin1.java",
            "src/main/java/com/acme/Sync Job, v2: legacy.java")
        .inOrder();

    NodeList errors = xml.getElementsByTagName("error");
    List<String> messages = new ArrayList<>();
    for (int i = 0; i < errors.getLength(); i++) {
      messages.add(((Element) errors.item(i)).getAttribute("message"));
    }
    assertThat(messages)
        .contains(
            "Thread.sleep(1000) after a 429: wait for the \"Retry-After\" time instead <see docs> & 'notes'");
    // Line breaks and tabs survive attribute normalisation; the control character XML cannot carry
    // is replaced.
    assertThat(messages)
        .contains(
            "Re-sent after a 404 at 100%\nsecond line\r\nthird\tline, a control \uFFFD char: caf\u00e8 \u20ac \uD83D\uDE00");
  }

  @Test
  void sourceIsTheCheckNameUnderDevFaultline() throws Exception {
    Document xml = parse(new CheckstyleRenderer().render(SampleReport.create()));
    Element first = (Element) xml.getElementsByTagName("error").item(0);
    assertThat(first.getAttribute("source")).isEqualTo("dev.faultline.RetryAfterIgnored");
    assertThat(first.getAttribute("severity")).isEqualTo("error");
    assertThat(first.getAttribute("line")).isEqualTo("3");
    assertThat(first.getAttribute("column")).isEqualTo("1");
  }

  @Test
  void escapesUnpairedSurrogatesAndNonCharacters() {
    assertThat(CheckstyleRenderer.escape("a\uD800b\uDC00c\uFFFEd"))
        .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd");
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(UTF_8)));
  }
}
