package dev.faultline.scanner.report.sarif;

/** Where a result or notification is (§3.28 location). */
public record Location(PhysicalLocation physicalLocation) {}
