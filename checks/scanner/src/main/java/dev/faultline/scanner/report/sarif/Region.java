package dev.faultline.scanner.report.sarif;

/** A place in a file (§3.30 region): 1-based line and column. */
public record Region(int startLine, int startColumn) {}
