package dev.faultline.scanner.baseline;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.faultline.scanner.report.Json;
import dev.faultline.scanner.report.ScanFinding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A baseline: the fingerprints of findings that a team has accepted for now, so that a scan reports
 * only new ones. The file is JSON:
 *
 * <pre>{@code
 * {
 *   "version": 1,
 *   "entries": [
 *     {
 *       "path": "src/main/java/com/example/Sync.java",
 *       "check": "RetryAfterIgnored",
 *       "fingerprint": "9f2c..."
 *     }
 *   ]
 * }
 * }</pre>
 *
 * <p>Entries are sorted by path, check and fingerprint, so a regenerated baseline diffs cleanly.
 * Only the fingerprint is matched; the path and check are there for people reviewing the file.
 *
 * @param version the format version, {@value #VERSION}
 * @param entries the accepted findings
 */
@JsonPropertyOrder({"version", "entries"})
public record Baseline(int version, List<Baseline.Entry> entries) {
  public static final int VERSION = 1;

  private static final Comparator<Entry> ORDER =
      Comparator.comparing(Entry::path)
          .thenComparing(Entry::check)
          .thenComparing(Entry::fingerprint);

  public Baseline {
    entries = entries.stream().sorted(ORDER).distinct().toList();
  }

  /**
   * One accepted finding.
   *
   * @param path the report path of its file
   * @param check the check's name
   * @param fingerprint see {@link Fingerprints}
   */
  @JsonPropertyOrder({"path", "check", "fingerprint"})
  public record Entry(String path, String check, String fingerprint) {}

  /** The baseline that accepts exactly these findings. */
  public static Baseline of(Collection<ScanFinding> findings) {
    return new Baseline(
        VERSION,
        findings.stream().map(f -> new Entry(f.path(), f.check(), f.fingerprint())).toList());
  }

  public Set<String> fingerprints() {
    return entries.stream().map(Entry::fingerprint).collect(Collectors.toUnmodifiableSet());
  }

  /** The baseline as the text of its file. */
  public String toJson() {
    return Json.write(this);
  }

  public void write(Path file) throws IOException {
    Files.write(file, toJson().getBytes(UTF_8));
  }

  /**
   * Reads a baseline file.
   *
   * @throws IOException when the file cannot be read, is not a baseline, or has a version this
   *     scanner does not read; the message says which, for the user
   */
  public static Baseline read(Path file) throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new IOException("no such file", e);
    }
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw new IOException("not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null
        || !root.isObject()
        || !root.path("version").isInt()
        || !root.path("entries").isArray()) {
      throw new IOException(
          "not a Faultline baseline (expected an object with \"version\" and \"entries\")");
    }
    int version = root.get("version").intValue();
    if (version != VERSION) {
      throw new IOException(
          "baseline format version "
              + version
              + " is not supported; this scanner reads version "
              + VERSION);
    }
    List<Entry> entries = new ArrayList<>();
    for (JsonNode entry : root.get("entries")) {
      String path = entry.path("path").textValue();
      String check = entry.path("check").textValue();
      String fingerprint = entry.path("fingerprint").textValue();
      if (path == null || check == null || fingerprint == null) {
        throw new IOException(
            "not a Faultline baseline: entry "
                + (entries.size() + 1)
                + " lacks its path, check or fingerprint");
      }
      entries.add(new Entry(path, check, fingerprint));
    }
    return new Baseline(version, entries);
  }
}
