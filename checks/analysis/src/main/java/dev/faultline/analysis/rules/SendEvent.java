package dev.faultline.analysis.rules;

import dev.faultline.analysis.model.Anchor;
import dev.faultline.analysis.model.RetryLibrary;
import org.jspecify.annotations.Nullable;

/**
 * A request about to be sent on one path.
 *
 * @param anchor the request (or the recursive call) that sends it
 * @param before the path's state just before sending: the previous response and what was done since
 * @param resend whether it sends again a request already sent on this path
 * @param library the library that re-sends it as configured at {@code anchor}, or null for code
 *     that sends itself
 * @param repeated whether the request may be re-sent more than once this way: it was re-sent
 *     already on this path (and not in a loop of at most two rounds), or the method calls itself
 */
public record SendEvent(
    Anchor anchor,
    PathState before,
    boolean resend,
    @Nullable RetryLibrary library,
    boolean repeated) {
  public SendEvent(Anchor anchor, PathState before, boolean resend) {
    this(anchor, before, resend, null, false);
  }

  public SendEvent(
      Anchor anchor, PathState before, boolean resend, @Nullable RetryLibrary library) {
    this(anchor, before, resend, library, false);
  }
}
