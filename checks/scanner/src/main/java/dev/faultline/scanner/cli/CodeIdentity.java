package dev.faultline.scanner.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.faultline.analysis.Analysis;
import dev.faultline.scanner.JavaParserAnalyzer;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What identifies the scanner's build beyond its version number, so that a cache entry written by
 * one snapshot build is not read by another: the SHA-256 of the jar (or jars, or class folders)
 * holding the analysis and the scanner.
 */
final class CodeIdentity {
  private static final String HASH = compute();

  private CodeIdentity() {}

  static String hash() {
    return HASH;
  }

  private static String compute() {
    List<String> parts = new ArrayList<>();
    Set<Object> hashed = new HashSet<>();
    for (Class<?> type : List.of(JavaParserAnalyzer.class, Analysis.class)) {
      CodeSource source = type.getProtectionDomain().getCodeSource();
      // The shaded jar holds both: read it once.
      if (source == null
          || source.getLocation() == null
          || hashed.add(source.getLocation().toString())) {
        parts.add(describe(type));
      }
    }
    return ResultCache.sha256(String.join("\n", parts).getBytes(UTF_8));
  }

  private static String describe(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return type.getName() + " without a code source";
    }
    try {
      return type.getName() + " " + contentOf(Path.of(source.getLocation().toURI()));
    } catch (URISyntaxException | IOException | RuntimeException e) {
      return type.getName() + " " + source.getLocation();
    }
  }

  /**
   * The SHA-256 of a file's bytes, or of a folder's files (their paths and hashes); "missing" for
   * neither.
   */
  static String contentOf(Path location) throws IOException {
    if (Files.isRegularFile(location)) {
      return ResultCache.sha256(Files.readAllBytes(location));
    }
    if (!Files.isDirectory(location)) {
      return "missing";
    }
    StringBuilder listing = new StringBuilder();
    try (Stream<Path> walk = Files.walk(location)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        listing
            .append(location.relativize(file).toString().replace('\\', '/'))
            .append(' ')
            .append(ResultCache.sha256(Files.readAllBytes(file)))
            .append('\n');
      }
    }
    return ResultCache.sha256(listing.toString().getBytes(UTF_8));
  }
}
