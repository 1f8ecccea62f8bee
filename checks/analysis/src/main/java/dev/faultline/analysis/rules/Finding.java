package dev.faultline.analysis.rules;

import dev.faultline.analysis.model.Anchor;

/**
 * One problem found: which check, where, and the message that explains it and says what to do
 * instead.
 *
 * @param check the check's name, e.g. {@code RetryAfterIgnored}
 */
public record Finding(String check, Anchor anchor, String message) {}
