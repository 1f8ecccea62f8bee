package dev.faultline.analysis.rules;

import dev.faultline.analysis.contract.ApiContract;
import dev.faultline.analysis.model.IntSet;

/**
 * What the contract says about the response a path is handling: which of its possible outcomes need
 * what.
 */
final class ResponseClassification {
  private ResponseClassification() {}

  /** The error codes the contract knows nothing special about, and the "no code" case. */
  private static IntSet plainCodes(ApiContract contract) {
    return PathState.ALL_ERROR_CODES
        .minus(contract.permanentErrorCodeSet())
        .minus(contract.retryAfterErrorCodeSet());
  }

  /**
   * Whether the path's status still decides (the error code was not tested, or may be an ordinary
   * one).
   */
  private static boolean statusDecides(PathState state, ApiContract contract) {
    return !state.errorCodesTested() || state.errorCodes().intersects(plainCodes(contract));
  }

  /** The permanent statuses the path's response may have, after the path's exemptions. */
  static IntSet permanentStatuses(PathState state, ApiContract contract) {
    if (!statusDecides(state, contract) || state.retryAfterPresent()) {
      return IntSet.EMPTY;
    }
    IntSet permanent = contract.permanentStatusSet();
    if (state.credentialsRefreshed()) {
      permanent = permanent.minus(contract.credentialStatusSet());
    }
    if (state.retryAfterConsulted() || state.quotaGate()) {
      permanent = permanent.minus(contract.quotaStatusSet());
    }
    if (state.inProgressGate()) {
      permanent =
          permanent.minus(contract.inProgressStatusSet()).minus(contract.pollAgainStatusSet());
    }
    return state.statuses().intersect(permanent);
  }

  /** The permanent error codes the path's response may carry. */
  static IntSet permanentErrorCodes(PathState state, ApiContract contract) {
    return state.errorCodesTested()
        ? state.errorCodes().intersect(contract.permanentErrorCodeSet())
        : IntSet.EMPTY;
  }

  /** The statuses the path's response may have that need the Retry-After wait. */
  static IntSet retryAfterStatuses(PathState state, ApiContract contract) {
    if (!statusDecides(state, contract)) {
      return IntSet.EMPTY;
    }
    IntSet needing = contract.retryAfterStatusSet();
    if (state.quotaGate()) {
      needing = needing.union(contract.quotaStatusSet());
    }
    return state.statuses().intersect(needing);
  }

  /** The error codes the path's response may carry that need the Retry-After wait. */
  static IntSet retryAfterErrorCodes(PathState state, ApiContract contract) {
    return state.errorCodesTested()
        ? state.errorCodes().intersect(contract.retryAfterErrorCodeSet())
        : IntSet.EMPTY;
  }

  static String describe(IntSet statuses, IntSet codes, String codeName) {
    StringBuilder text = new StringBuilder();
    if (!statuses.isEmpty()) {
      text.append(statuses.describe());
    }
    if (!codes.isEmpty()) {
      if (text.length() > 0) {
        text.append(", or ");
      }
      text.append(codeName).append(' ').append(codes.describe());
    }
    return text.toString();
  }
}
