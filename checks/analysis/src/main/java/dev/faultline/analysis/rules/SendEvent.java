package dev.faultline.analysis.rules;

import dev.faultline.analysis.model.Anchor;

/**
 * A request about to be sent on one path.
 *
 * @param anchor the request (or the recursive call) that sends it
 * @param before the path's state just before sending: the previous response and what was done since
 * @param resend whether it sends again a request already sent on this path
 */
public record SendEvent(Anchor anchor, PathState before, boolean resend) {}
