package dev.faultline.analysis.contract;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.faultline.analysis.model.IntSet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractsTest {

  @TempDir Path dir;

  private Path profile(String fileName, String json) throws IOException {
    return Files.writeString(dir.resolve(fileName), json);
  }

  // ------------------------------------------------------------------ built-in profiles

  @Test
  void builtInProfilesAreFattureInCloudAndInvoiceXml() {
    assertThat(Contracts.builtInNames())
        .containsExactly("fatture-in-cloud", "invoicexml")
        .inOrder();
  }

  @Test
  void builtInProfilesReadAsJacksonDataBindingReadsThem() throws IOException {
    for (String name : Contracts.builtInNames()) {
      String resource = "/dev/faultline/analysis/contract/" + name + ".json";
      Path copy;
      try (InputStream in = Contracts.class.getResourceAsStream(resource)) {
        copy = profile(name + ".json", new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }

      ApiContract builtIn = Contracts.select(List.of(name), List.of());

      assertThat(builtIn).isEqualTo(Contracts.load(copy));
      assertThat(builtIn.validationDetails()).isNotEmpty();
    }
  }

  @Test
  void builtInReaderNamesAFieldItDoesNotKnow() {
    assertThat(builtInReaderError("{\"name\": \"x\", \"retryAfterStatus\": [429]}"))
        .hasMessageThat()
        .contains("retryAfterStatus");
  }

  @Test
  void builtInReaderNamesAValueOfTheWrongType() {
    assertThat(builtInReaderError("{\"permanentStatuses\": [\"400\"]}"))
        .hasMessageThat()
        .contains("java.lang.Integer");
  }

  private static IOException builtInReaderError(String json) {
    return assertThrows(
        IOException.class,
        () -> ProfileReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void fattureInCloudProfileFollowsTheDomainContract() {
    ApiContract fic = Contracts.select(List.of(Contracts.FATTURE_IN_CLOUD), List.of());

    assertThat(fic.name()).isEqualTo("fatture-in-cloud");
    assertThat(fic.permanentStatusSet()).isEqualTo(IntSet.of(400, 401, 403, 404, 405, 409, 422));
    assertThat(fic.retryAfterStatusSet()).isEqualTo(IntSet.of(429, 503));
    assertThat(fic.quotaStatusSet()).isEqualTo(IntSet.of(403));
    assertThat(fic.credentialStatusSet()).isEqualTo(IntSet.of(401));
    assertThat(fic.inProgressStatusSet()).isEqualTo(IntSet.of(409));
    assertThat(fic.pollAgainStatusSet()).isEqualTo(IntSet.of(400));
    assertThat(fic.marksPollAgain("slow_down")).isTrue();
    assertThat(fic.marksPollAgain("expired_token")).isFalse();
    assertThat(fic.permanentErrorCodeSet()).isEqualTo(IntSet.EMPTY);
    assertThat(fic.retryAfterErrorCodeSet()).isEqualTo(IntSet.EMPTY);
  }

  @Test
  void invoiceXmlProfileFollowsTheDomainContract() {
    ApiContract invoiceXml = Contracts.select(List.of(Contracts.INVOICEXML), List.of());

    assertThat(invoiceXml.permanentStatusSet()).isEqualTo(IntSet.of(400, 401, 403));
    assertThat(invoiceXml.retryAfterStatusSet()).isEqualTo(IntSet.of(429));
    assertThat(invoiceXml.quotaStatusSet()).isEqualTo(IntSet.EMPTY);
    assertThat(invoiceXml.permanentErrorCodeSet())
        .isEqualTo(IntSet.range(4000, 4005).union(IntSet.of(4007)));
    assertThat(invoiceXml.retryAfterErrorCodeSet()).isEqualTo(IntSet.of(4006));
  }

  @Test
  void defaultsAreTheUnionOfTheBuiltInProfiles() {
    ApiContract defaults = Contracts.defaults();

    assertThat(defaults.name()).isEqualTo("fatture-in-cloud+invoicexml");
    assertThat(defaults.title()).isEqualTo("Fatture in Cloud, InvoiceXML");
    assertThat(defaults.permanentStatuses()).containsExactly(400, 401, 403, 404, 405, 409, 422);
    assertThat(defaults.retryAfterStatuses()).containsExactly(429, 503);
    assertThat(defaults.permanentErrorCodeSet())
        .isEqualTo(IntSet.range(4000, 4005).union(IntSet.of(4007)));
    assertThat(defaults.retryAfterErrorCodeSet()).isEqualTo(IntSet.of(4006));
    assertThat(defaults.validationDetails()).hasSize(2);
    assertThat(defaults.dualFormats()).hasSize(1);
  }

  @Test
  void selectingNothingGivesTheDefaults() {
    assertThat(Contracts.select(List.of(), List.of())).isEqualTo(Contracts.defaults());
  }

  @Test
  void profileNamesAreTrimmedAndCaseInsensitive() {
    assertThat(Contracts.select(List.of(" InvoiceXML "), List.of()).name()).isEqualTo("invoicexml");
  }

  @Test
  void unknownProfileNameIsRejectedNamingTheValidOnes() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Contracts.select(List.of("stripe"), List.of()));

    assertThat(e).hasMessageThat().contains("'stripe'");
    assertThat(e).hasMessageThat().contains("fatture-in-cloud, invoicexml");
  }

  // ------------------------------------------------------------------ markers

  @Test
  void markersMatchAnywhereInTheLiteralIgnoringCase() {
    ApiContract fic = Contracts.select(List.of(Contracts.FATTURE_IN_CLOUD), List.of());

    assertThat(fic.marksInProgress("The creation is ALREADY BEING EXECUTED, retry later")).isTrue();
    assertThat(fic.marksQuota("Hourly Quota exceeded")).isTrue();
    assertThat(fic.marksQuota("Too Many Requests")).isTrue();
    assertThat(fic.marksQuota("missing scope")).isFalse();
    assertThat(fic.marksInProgress("duplicate number")).isFalse();
  }

  @Test
  void invoiceXmlHasNoMarkers() {
    ApiContract invoiceXml = Contracts.select(List.of(Contracts.INVOICEXML), List.of());

    assertThat(invoiceXml.marksQuota("quota")).isFalse();
    assertThat(invoiceXml.marksInProgress("already being executed")).isFalse();
  }

  // ------------------------------------------------------------------ user profiles

  @Test
  void userProfileFileIsLoaded() throws IOException {
    Path file =
        profile(
            "acme.json",
            """
        {
          "name": "acme",
          "title": "ACME Billing",
          "source": "https://acme.example/errors",
          "permanentStatuses": [400, 404, 410],
          "retryAfterStatuses": [429],
          "permanentErrorCodes": [17],
          "retryAfterErrorCodes": [42]
        }
        """);

    ApiContract acme = Contracts.load(file);

    assertThat(acme.name()).isEqualTo("acme");
    assertThat(acme.title()).isEqualTo("ACME Billing");
    assertThat(acme.permanentStatusSet()).isEqualTo(IntSet.of(400, 404, 410));
    assertThat(acme.retryAfterStatusSet()).isEqualTo(IntSet.of(429));
    assertThat(acme.permanentErrorCodeSet()).isEqualTo(IntSet.of(17));
    assertThat(acme.retryAfterErrorCodeSet()).isEqualTo(IntSet.of(42));
    // Fields the file leaves out are empty, not null.
    assertThat(acme.quotaStatuses()).isEmpty();
    assertThat(acme.quotaMarkers()).isEmpty();
    assertThat(acme.credentialStatuses()).isEmpty();
    assertThat(acme.inProgressMarkers()).isEmpty();
    assertThat(acme.validationDetails()).isEmpty();
    assertThat(acme.dualFormats()).isEmpty();
  }

  @Test
  void userProfileIsSelectedAloneOrWithBuiltInOnes() throws IOException {
    Path file =
        profile(
            "acme.json",
            """
        {"name": "acme", "title": "ACME", "source": "", "permanentStatuses": [410], "retryAfterStatuses": [429]}
        """);

    ApiContract alone = Contracts.select(List.of(), List.of(file));
    assertThat(alone.name()).isEqualTo("acme");
    assertThat(alone.permanentStatusSet()).isEqualTo(IntSet.of(410));

    ApiContract combined = Contracts.select(List.of(Contracts.INVOICEXML), List.of(file));
    assertThat(combined.name()).isEqualTo("invoicexml+acme");
    assertThat(combined.permanentStatusSet()).isEqualTo(IntSet.of(400, 401, 403, 410));
    assertThat(combined.retryAfterStatuses()).containsExactly(429);
  }

  @Test
  void userProfileWithAnUnknownFieldIsRejected() throws IOException {
    Path file =
        profile(
            "typo.json",
            """
        {"name": "typo", "title": "Typo", "source": "", "permanentStatus": [400]}
        """);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Contracts.load(file));

    assertThat(e).hasMessageThat().contains("cannot read API profile " + file);
    assertThat(e).hasMessageThat().contains("permanentStatus");
  }

  @Test
  void userProfileThatIsNotJsonIsRejected() throws IOException {
    Path file = profile("broken.json", "permanentStatuses: [400]");

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Contracts.select(List.of(), List.of(file)));

    assertThat(e).hasMessageThat().contains("cannot read API profile " + file);
  }

  @Test
  void missingUserProfileIsRejected() {
    Path missing = dir.resolve("missing.json");

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Contracts.load(missing));

    assertThat(e).hasMessageThat().contains("cannot read API profile " + missing);
  }

  // ------------------------------------------------------------------ the record

  @Test
  void unionKeepsEachValueOnce() {
    ApiContract fic = Contracts.select(List.of(Contracts.FATTURE_IN_CLOUD), List.of());

    ApiContract twice = ApiContract.union(List.of(fic, fic));

    assertThat(twice.permanentStatuses())
        .containsExactlyElementsIn(fic.permanentStatuses())
        .inOrder();
    assertThat(twice.quotaMarkers()).containsExactlyElementsIn(fic.quotaMarkers()).inOrder();
  }

  @Test
  void nullListsBecomeEmptyAndListsAreCopied() {
    List<Integer> permanent = new java.util.ArrayList<>(List.of(400));
    ApiContract contract =
        new ApiContract(
            "x", "X", "", permanent, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null);

    permanent.add(404);

    assertThat(contract.permanentStatuses()).containsExactly(400);
    assertThat(contract.retryAfterStatuses()).isEmpty();
    assertThat(contract.dualFormats()).isEmpty();
    assertThat(contract.serverWaitHeaders()).isEmpty();
  }
}
