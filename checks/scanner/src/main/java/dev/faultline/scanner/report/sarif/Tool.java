package dev.faultline.scanner.report.sarif;

/** The tool that produced a run (§3.18 tool). */
public record Tool(ToolComponent driver) {}
