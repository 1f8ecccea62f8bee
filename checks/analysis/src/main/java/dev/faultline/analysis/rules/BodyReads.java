package dev.faultline.analysis.rules;

import dev.faultline.analysis.model.Step;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

  /**
   * Whether one of the fields, or a field below one, is read. A presence test ({@code
   * has("validation_result")}) reads nothing: only a read after it does.
   */
  static boolean readsUnderAny(List<PathState.BodyReadRecord> reads, Collection<String> fields) {
    return reads.stream()
        .anyMatch(
            r ->
                r.kind() != Step.ReadKind.PRESENCE
                    && fields.stream().anyMatch(f -> isUnder(r.field(), f)));
  }

  /**
   * Whether one of the fields (or a field below one) is tested for presence on this path and read
   * on another path through that same test: {@code if (error.has("validation_result")) { read it }}
   * reads it where it is there, and where it is not there is nothing to read.
   */
  static boolean presenceTestedAndReadElsewhere(
      Set<PathState> handlerEnds, PathState state, Collection<String> fields) {
    for (PathState.BodyReadRecord test : state.bodyReads()) {
      if (test.kind() != Step.ReadKind.PRESENCE
          || fields.stream().noneMatch(f -> isUnder(test.field(), f))) {
        continue;
      }
      for (PathState other : handlerEnds) {
        if (!other.equals(state)
            && other.bodyReads().stream().anyMatch(r -> r.anchor().equals(test.anchor()))
            && readsUnderAny(other.bodyReads(), fields)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The last read of one of the fields (exactly), the one that takes the value when there is one. A
   * presence test or a type check of a field is no read of it.
   */
  static Optional<PathState.BodyReadRecord> lastReadOf(
      List<PathState.BodyReadRecord> reads, Collection<String> fields) {
    PathState.BodyReadRecord found = null;
    for (PathState.BodyReadRecord read : reads) {
      if (fields.contains(read.field())
          && read.kind() != Step.ReadKind.TYPE_CHECK
          && read.kind() != Step.ReadKind.PRESENCE) {
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
