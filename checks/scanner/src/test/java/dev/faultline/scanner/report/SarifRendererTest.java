package dev.faultline.scanner.report;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faultline.scanner.report.sarif.ArtifactLocation;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class SarifRendererTest {
  @Test
  void schemaIsTheOfficialSarif210One() {
    assertThat(SarifSchema.title())
        .isEqualTo("Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema");
  }

  @Test
  void sampleReportValidatesAgainstTheSchema() {
    String sarif = new SarifRenderer().render(SampleReport.create());
    assertThat(SarifSchema.errors(sarif)).isEmpty();
  }

  @Test
  void emptyReportValidatesAndStillHasResults() throws Exception {
    ScanReport empty =
        new ScanReport(
            "1.0",
            "https://example.com/",
            URI.create("file:///r/"),
            List.of(),
            List.of(),
            List.of(),
            0,
            0,
            0);
    String sarif = new SarifRenderer().render(empty);
    assertThat(SarifSchema.errors(sarif)).isEmpty();
    JsonNode run = Json.MAPPER.readTree(sarif).get("runs").get(0);
    assertThat(run.get("results").isArray()).isTrue();
    assertThat(run.get("results").size()).isEqualTo(0);
    assertThat(run.get("invocations").get(0).get("executionSuccessful").asBoolean()).isTrue();
    assertThat(run.get("invocations").get(0).has("toolExecutionNotifications")).isFalse();
  }

  @Test
  void validatorRejectsWhatTheSchemaForbids() {
    String sarif = new SarifRenderer().render(SampleReport.create());
    assertThat(SarifSchema.errors(sarif.replace("\"level\": \"warning\"", "\"level\": \"fatal\"")))
        .isNotEmpty();
    assertThat(
            SarifSchema.errors(sarif.replace("\"version\": \"2.1.0\"", "\"version\": \"2.0.0\"")))
        .isNotEmpty();
    assertThat(SarifSchema.errors(sarif.replace("\"startLine\": 42", "\"startLine\": 0")))
        .isNotEmpty();
  }

  @Test
  void resultsPointIntoTheRulesAndCarryTheFingerprint() throws Exception {
    ScanReport report = SampleReport.create();
    JsonNode run = Json.MAPPER.readTree(new SarifRenderer().render(report)).get("runs").get(0);
    JsonNode rules = run.get("tool").get("driver").get("rules");
    for (JsonNode result : run.get("results")) {
      assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asText())
          .isEqualTo(result.get("ruleId").asText());
      assertThat(result.get("partialFingerprints").get(SarifRenderer.FINGERPRINT_KEY).asText())
          .hasLength(64);
    }
    assertThat(run.get("results").size()).isEqualTo(report.findings().size());
  }

  @Test
  void relativePathsBecomeUriReferencesAgainstSrcroot() {
    assertThat(SarifRenderer.artifact("src/A B.java"))
        .isEqualTo(new ArtifactLocation("src/A%20B.java", SarifRenderer.SRCROOT));
    assertThat(SarifRenderer.artifact("src/caf\u00e8.java"))
        .isEqualTo(new ArtifactLocation("src/caf%C3%A8.java", SarifRenderer.SRCROOT));
    assertThat(SarifRenderer.artifact("src/100%.java"))
        .isEqualTo(new ArtifactLocation("src/100%25.java", SarifRenderer.SRCROOT));
    assertThat(SarifRenderer.artifact("a:b.java"))
        .isEqualTo(new ArtifactLocation("./a:b.java", SarifRenderer.SRCROOT));
    assertThat(SarifRenderer.artifact("/abs/X#1.java"))
        .isEqualTo(new ArtifactLocation("file:///abs/X%231.java", null));
  }
}
