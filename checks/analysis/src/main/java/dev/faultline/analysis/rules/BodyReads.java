package dev.faultline.analysis.rules;

import dev.faultline.analysis.model.Step;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Questions about the error-body reads on one path. */
final class BodyReads {
  private BodyReads() {}

  /**
   * Whether {@code field} is {@code under} or a field below it ({@code extra.totals} is under
   * {@code extra}).
   */
  static boolean isUnder(String field, String under) {
    return field.equals(under) || field.startsWith(under + ".") || field.startsWith(under + "[");
  }

  static boolean readsUnderAny(List<PathState.BodyReadRecord> reads, Collection<String> fields) {
    return reads.stream().anyMatch(r -> fields.stream().anyMatch(f -> isUnder(r.field(), f)));
  }

  /**
   * The last read of one of the fields (exactly), the one that takes the value when there is one.
   */
  static Optional<PathState.BodyReadRecord> lastReadOf(
      List<PathState.BodyReadRecord> reads, Collection<String> fields) {
    PathState.BodyReadRecord found = null;
    for (PathState.BodyReadRecord read : reads) {
      if (fields.contains(read.field()) && read.kind() != Step.ReadKind.TYPE_CHECK) {
        if (found == null
            || found.kind() != Step.ReadKind.VALUE
            || read.kind() == Step.ReadKind.VALUE) {
          found = read;
        }
      }
    }
    return Optional.ofNullable(found);
  }
}
