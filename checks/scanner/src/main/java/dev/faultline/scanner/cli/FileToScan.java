package dev.faultline.scanner.cli;

import java.nio.file.Path;

/**
 * A file to scan.
 *
 * @param file its absolute, normalised path
 * @param reportPath the path reports show: relative to the scan root with '/' separators, or
 *     absolute (with '/') for a file outside the root
 */
public record FileToScan(Path file, String reportPath) {}
