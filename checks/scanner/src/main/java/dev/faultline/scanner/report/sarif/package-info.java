/**
 * A small object model of the SARIF 2.1.0 format (OASIS Static Analysis Results Interchange
 * Format), named after the spec's objects: only the properties Faultline writes. Absent ({@code
 * null}) properties are left out of the JSON.
 */
package dev.faultline.scanner.report.sarif;
