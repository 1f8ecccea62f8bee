package dev.faultline.scanner.cli;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.faultline.analysis.rules.CheckInfo;
import dev.faultline.scanner.cli.OptionConverters.DurationConverter;
import dev.faultline.scanner.cli.OptionConverters.SizeConverter;
import dev.faultline.scanner.report.Severity;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class OptionParsingTest {
  private static final String RETRY = CheckInfo.RETRY_AFTER_IGNORED.checkName();
  private static final String PERMANENT = CheckInfo.NON_RETRYABLE_ERROR_RETRIED.checkName();

  @Test
  void sizes() {
    SizeConverter size = new SizeConverter();
    assertThat(size.convert("10MB")).isEqualTo(10L * 1024 * 1024);
    assertThat(size.convert("512kb")).isEqualTo(512L * 1024);
    assertThat(size.convert("1 g")).isEqualTo(1024L * 1024 * 1024);
    assertThat(size.convert("2048")).isEqualTo(2048L);
    for (String bad :
        List.of("0", "-1", "ten", "10TB", "99999999999999999999", "9999999999999999GB")) {
      assertThrows(TypeConversionException.class, () -> size.convert(bad), bad);
    }
  }

  @Test
  void durations() {
    DurationConverter duration = new DurationConverter();
    assertThat(duration.convert("30s")).isEqualTo(Duration.ofSeconds(30));
    assertThat(duration.convert("30")).isEqualTo(Duration.ofSeconds(30));
    assertThat(duration.convert("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(duration.convert("2m")).isEqualTo(Duration.ofMinutes(2));
    for (String bad : List.of("0s", "soon", "1h", "-5s")) {
      assertThrows(TypeConversionException.class, () -> duration.convert(bad), bad);
    }
  }

  @Test
  void everyCheckIsAWarningByDefault() {
    CheckSelection selection = CheckSelection.of(List.of(), List.of(), Map.of());
    assertThat(selection.checks()).containsExactlyElementsIn(CheckInfo.all());
    assertThat(selection.severities().values())
        .containsExactlyElementsIn(CheckInfo.all().stream().map(c -> Severity.WARNING).toList());
  }

  @Test
  void severityOverridesAreCaseInsensitiveInTheLevel() {
    CheckSelection selection =
        CheckSelection.of(List.of(), List.of(), Map.of(RETRY, "error", PERMANENT, "Warning"));
    assertThat(selection.severity(RETRY)).hasValue(Severity.ERROR);
    assertThat(selection.severity(PERMANENT)).hasValue(Severity.WARNING);
  }

  @Test
  void enableAndDisableTogether() {
    IllegalArgumentException both =
        assertThrows(
            IllegalArgumentException.class,
            () -> CheckSelection.of(List.of(RETRY), List.of(RETRY), Map.of()));
    assertThat(both).hasMessageThat().isEqualTo("check " + RETRY + " is both enabled and disabled");
    IllegalArgumentException none =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                CheckSelection.of(
                    List.of(),
                    CheckInfo.all().stream().map(CheckInfo::checkName).toList(),
                    Map.of()));
    assertThat(none).hasMessageThat().startsWith("every check is disabled; valid checks are ");
  }

  @Test
  void checkNamesAreExact() {
    assertThrows(
        IllegalArgumentException.class,
        () -> CheckSelection.of(List.of("retryafterignored"), List.of(), Map.of()));
  }
}
