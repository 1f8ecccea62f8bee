package dev.faultline.scanner.report.sarif;

/** Plain text meant for people (§3.12 multiformatMessageString). */
public record MultiformatMessageString(String text) {}
