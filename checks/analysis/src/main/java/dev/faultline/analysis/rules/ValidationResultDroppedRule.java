package dev.faultline.analysis.rules;

import dev.faultline.analysis.contract.ApiContract;
import dev.faultline.analysis.contract.ValidationDetail;
import dev.faultline.analysis.model.Anchor;
import dev.faultline.analysis.model.IntSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * ValidationResultDropped: a handler of a response that may be a validation error keeps the summary
 * message ({@code error.message}, InvoiceXML {@code detail}) but never reads the details ({@code
 * error.validation_result}, {@code extra}, InvoiceXML {@code errors[]}) and does not pass the raw
 * body on either.
 */
public final class ValidationResultDroppedRule {
  private ValidationResultDroppedRule() {}

  public static List<Finding> judge(Set<PathState> handlerEnds, ApiContract contract) {
    Map<Anchor, String> messages = new LinkedHashMap<>();
    for (PathState state : handlerEnds) {
      if (!state.inspected() || state.rawBodyPassedOn() || state.bodyReads().isEmpty()) {
        continue;
      }
      for (ValidationDetail detail : contract.validationDetails()) {
        if (!applies(state, detail)) {
          continue;
        }
        Optional<PathState.BodyReadRecord> kept =
            BodyReads.lastReadOf(state.bodyReads(), detail.messageFields());
        if (kept.isEmpty()
            || kept.get().judgedInHelper()
            || BodyReads.readsUnderAny(state.bodyReads(), detail.detailFields())
            || BodyReads.presenceTestedAndReadElsewhere(
                handlerEnds, state, detail.detailFields())) {
          continue;
        }
        messages.putIfAbsent(kept.get().anchor(), message(kept.get().field(), detail));
      }
    }
    List<Finding> findings = new ArrayList<>();
    messages.forEach(
        (anchor, message) ->
            findings.add(
                new Finding(CheckInfo.VALIDATION_RESULT_DROPPED.checkName(), anchor, message)));
    return findings;
  }

  private static boolean applies(PathState state, ValidationDetail detail) {
    IntSet codes = detail.errorCodeSet();
    if (state.errorCodesTested() && !codes.isEmpty()) {
      return state.errorCodes().intersects(codes);
    }
    return state.statuses().intersects(detail.statusSet());
  }

  private static String message(String kept, ValidationDetail detail) {
    String what =
        detail.errorCodes().isEmpty()
            ? "a " + IntSet.of(detail.statuses()).describe() + " validation error"
            : "a validation error (status "
                + IntSet.of(detail.statuses()).describe()
                + ", errorCode "
                + IntSet.of(detail.errorCodes()).describe()
                + ")";
    return "This handler keeps "
        + kept
        + " of what may be "
        + what
        + " but never reads "
        + String.join(" or ", detail.detailFields())
        + ", which say what to fix; "
        + detail.advice()
        + ", or pass the whole error body on.";
  }
}
