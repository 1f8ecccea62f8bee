package dev.faultline.scanner.cli;

import dev.faultline.scanner.report.ReportFormat;
import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters for the options whose values picocli does not know, each naming the valid values when
 * one is wrong.
 */
final class OptionConverters {
  private OptionConverters() {}

  static final class FormatConverter implements ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      return ReportFormat.fromOptionName(value)
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "'"
                          + value
                          + "' is not a format; valid values: "
                          + String.join(", ", ReportFormat.optionNames())));
    }
  }

  static final class FormatCandidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return ReportFormat.optionNames().iterator();
    }
  }

  static final class FailOnConverter implements ITypeConverter<FailOn> {
    @Override
    public FailOn convert(String value) {
      return FailOn.fromOptionName(value)
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "'"
                          + value
                          + "' is not a threshold; valid values: "
                          + String.join(", ", FailOn.optionNames())));
    }
  }

  static final class FailOnCandidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return FailOn.optionNames().iterator();
    }
  }

  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(|b|k|kb|kib|m|mb|mib|g|gb|gib)");

  /** A size in bytes: {@code 10MB}, {@code 512KB}, {@code 1048576} (units are powers of 1024). */
  static final class SizeConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      Matcher m = SIZE.matcher(value.trim().toLowerCase(Locale.ROOT));
      if (!m.matches()) {
        throw new TypeConversionException(
            "'"
                + value
                + "' is not a size; write a number of bytes, optionally with KB, MB or GB (e.g. 10MB)");
      }
      long number;
      try {
        number = Long.parseLong(m.group(1));
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + value + "' is too large");
      }
      long unit =
          switch (m.group(2)) {
            case "k", "kb", "kib" -> 1024L;
            case "m", "mb", "mib" -> 1024L * 1024;
            case "g", "gb", "gib" -> 1024L * 1024 * 1024;
            default -> 1L;
          };
      if (number < 1 || number > Long.MAX_VALUE / unit) {
        throw new TypeConversionException("'" + value + "' is not a size greater than 0");
      }
      return number * unit;
    }
  }

  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(|ms|s|m|min)");

  /** A duration: {@code 30s}, {@code 500ms}, {@code 2m}, or a plain number of seconds. */
  static final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      Matcher m = DURATION.matcher(value.trim().toLowerCase(Locale.ROOT));
      if (!m.matches()) {
        throw new TypeConversionException(
            "'"
                + value
                + "' is not a duration; write seconds (30 or 30s), milliseconds (500ms) or minutes (2m)");
      }
      long number;
      try {
        number = Long.parseLong(m.group(1));
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + value + "' is too large");
      }
      if (number < 1 || number > 24L * 3600 * 1000) {
        throw new TypeConversionException("'" + value + "' is not a duration greater than 0");
      }
      return switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(number);
        case "m", "min" -> Duration.ofMinutes(number);
        default -> Duration.ofSeconds(number);
      };
    }
  }
}
