package dev.faultline.analysis.rules;

import dev.faultline.analysis.contract.ApiContract;
import dev.faultline.analysis.contract.DualFormat;
import dev.faultline.analysis.model.Anchor;
import dev.faultline.analysis.model.IntSet;
import dev.faultline.analysis.model.Step;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * UnauthorizedErrorPartiallyRead: a handler of a response that may be a 401, whose body is either
 * an OAuth error or an API error, reads the fields of one format only and never checks which format
 * it got.
 */
public final class UnauthorizedErrorPartiallyReadRule {
  private UnauthorizedErrorPartiallyReadRule() {}

  public static List<Finding> judge(Set<PathState> handlerEnds, ApiContract contract) {
    Map<Anchor, String> messages = new LinkedHashMap<>();
    for (PathState state : handlerEnds) {
      if (!state.inspected() || state.rawBodyPassedOn() || state.bodyReads().isEmpty()) {
        continue;
      }
      for (DualFormat format : contract.dualFormats()) {
        if (!state.statuses().intersects(format.statusSet()) || discriminates(state, format)) {
          continue;
        }
        Optional<PathState.BodyReadRecord> oauth = oauthRead(state, format);
        Optional<PathState.BodyReadRecord> api =
            BodyReads.lastReadOf(state.bodyReads(), format.apiFields());
        if (oauth.isPresent()
            && api.isEmpty()
            && !oauth.get().judgedInHelper()
            && !otherPathReads(handlerEnds, state, format, false)) {
          messages.putIfAbsent(oauth.get().anchor(), message(format, oauth.get().field(), true));
        } else if (api.isPresent()
            && oauth.isEmpty()
            && !api.get().judgedInHelper()
            && !otherPathReads(handlerEnds, state, format, true)) {
          messages.putIfAbsent(api.get().anchor(), message(format, api.get().field(), false));
        }
      }
    }
    List<Finding> findings = new ArrayList<>();
    messages.forEach(
        (anchor, message) ->
            findings.add(
                new Finding(
                    CheckInfo.UNAUTHORIZED_ERROR_PARTIALLY_READ.checkName(), anchor, message)));
    return findings;
  }

  /**
   * Whether the same handler reads the other format on another path: {@code if
   * (!description.isEmpty()) return description; return error.message;} reads the OAuth field on
   * one path and falls back to the API field on the other. The same handler is a path that shares a
   * read with this one and may handle the same statuses.
   */
  private static boolean otherPathReads(
      Set<PathState> handlerEnds, PathState state, DualFormat format, boolean oauthFormat) {
    for (PathState other : handlerEnds) {
      if (other.equals(state)
          || !other.statuses().intersects(format.statusSet())
          || other.bodyReads().stream()
              .noneMatch(
                  r ->
                      state.bodyReads().stream()
                          .anyMatch(mine -> mine.anchor().equals(r.anchor())))) {
        continue;
      }
      boolean reads =
          oauthFormat
              ? oauthRead(other, format).isPresent()
              : BodyReads.lastReadOf(other.bodyReads(), format.apiFields()).isPresent();
      if (reads) {
        return true;
      }
    }
    return false;
  }

  private static Optional<PathState.BodyReadRecord> oauthRead(PathState state, DualFormat format) {
    Optional<PathState.BodyReadRecord> described =
        BodyReads.lastReadOf(state.bodyReads(), format.oauthFields());
    if (described.isPresent()) {
      return described;
    }
    return state.bodyReads().stream()
        .filter(
            r -> r.kind() == Step.ReadKind.VALUE && format.oauthValueFields().contains(r.field()))
        .findFirst();
  }

  /**
   * A JSON-type test of the discriminating field, or a presence test of a field only one format
   * has.
   */
  private static boolean discriminates(PathState state, DualFormat format) {
    for (PathState.BodyReadRecord read : state.bodyReads()) {
      if (read.kind() == Step.ReadKind.TYPE_CHECK && read.field().equals(format.discriminator())) {
        return true;
      }
      if (read.kind() == Step.ReadKind.PRESENCE
          && (format.oauthFields().contains(read.field())
              || format.apiFields().contains(read.field()))) {
        return true;
      }
    }
    return false;
  }

  private static String message(DualFormat format, String field, boolean readsOauth) {
    String statuses = IntSet.of(format.statuses()).describe();
    return readsOauth
        ? "This handler reads only the OAuth format ("
            + field
            + ") of what may be a "
            + statuses
            + ", whose body may instead be an API error with error.message and error.code; "
            + format.advice()
            + "."
        : "This handler reads only the API format ("
            + field
            + ") of what may be a "
            + statuses
            + ", whose body may instead be an OAuth error with error (a string) and error_description; "
            + format.advice()
            + ".";
  }
}
