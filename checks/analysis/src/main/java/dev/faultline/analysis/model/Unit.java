package dev.faultline.analysis.model;

/**
 * The lowered body of one method, lambda or initializer: the unit the rules judge.
 *
 * @param name a readable name, e.g. {@code InvoiceSync.push}
 */
public record Unit(String name, Step body) {}
