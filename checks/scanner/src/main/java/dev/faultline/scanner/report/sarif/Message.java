package dev.faultline.scanner.report.sarif;

/** A message for people (§3.11 message). */
public record Message(String text) {}
