package dev.faultline.analysis.model;

/**
 * A place in the source that a finding can be reported on. Each front end implements it with its
 * own node type; the analysis only compares anchors for identity.
 */
public interface Anchor {}
