package dev.faultline.scanner.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.faultline.scanner.ReportedFinding;
import dev.faultline.scanner.cli.ScanEngine.FileOutcome;
import dev.faultline.scanner.lowering.ProjectReads;
import dev.faultline.scanner.lowering.ProjectSources;
import dev.faultline.scanner.report.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * {@code scan --cache DIR}: the outcome of each analysed file, kept in DIR from one scan to the
 * next, one JSON file per entry. An entry's name is the hash of what decides the outcome: the
 * scanner's build, the options that change the analysis ({@link #optionsKey}), the file's report
 * path and the SHA-256 of its bytes. An entry also lists what the analysis read of the other files
 * of the project: those files' hashes, and the project's files of each name a class was looked up
 * by and in each folder a package was listed from. It is used only while all of them are unchanged;
 * otherwise the file is analysed again and the entry replaced.
 *
 * <p>An entry that cannot be read, does not parse or does not belong to its name is reported once
 * on stderr and ignored. Entries are written to a temporary file and moved into place, so that
 * parallel workers (and scans) never see half an entry. Thread-safe.
 */
final class ResultCache {
  static final String FORMAT = "faultline-scan-cache";
  static final int FORMAT_VERSION = 1;
  private static final HexFormat HEX = HexFormat.of();
  private static final String UNREADABLE = "unreadable";

  private final Path dir;
  private final Path root;
  private final String optionsKey;
  private final ProjectSources project;
  private final PrintStream err;
  private final Map<Path, String> hashes = new ConcurrentHashMap<>();
  private final AtomicInteger hits = new AtomicInteger();
  private final AtomicBoolean writeFailed = new AtomicBoolean();

  /**
   * @param root paths in entries are relative to it, so a checkout moved elsewhere keeps its cache
   * @param optionsKey {@link #optionsKey} of this scan
   * @param projectFiles the files analyses may read, as given to the analyzer
   */
  private ResultCache(
      Path dir, Path root, String optionsKey, List<Path> projectFiles, PrintStream err) {
    this.dir = dir;
    this.root = root;
    this.optionsKey = optionsKey;
    this.project = ProjectSources.of(projectFiles);
    this.err = err;
  }

  /**
   * The cache in {@code dir}, created if missing.
   *
   * @throws IOException when the directory cannot be created or written to
   */
  static ResultCache open(
      Path dir, Path root, String optionsKey, List<Path> projectFiles, PrintStream err)
      throws IOException {
    Files.createDirectories(dir);
    Path probe = Files.createTempFile(dir, ".probe-", ".tmp");
    Files.delete(probe);
    return new ResultCache(dir, root, optionsKey, projectFiles, err);
  }

  /** How many files' outcomes came from the cache so far. */
  int hits() {
    return hits.get();
  }

  /**
   * The hash of everything besides the file that decides an analysis: the scanner's build and the
   * options given as {@code parts} (each already in a canonical form).
   */
  static String optionsKey(List<String> parts) {
    List<String> all = new ArrayList<>();
    all.add(FORMAT + " " + FORMAT_VERSION);
    all.add("scanner " + BuildInfo.version() + " " + CodeIdentity.hash());
    all.addAll(parts);
    return sha256(String.join("\n", all).getBytes(UTF_8));
  }

  /** The key of a file's entry: the options key, the file's report path and its bytes' hash. */
  String key(FileToScan file, byte[] content) {
    String contentHash = sha256(content);
    hashes.putIfAbsent(file.file(), contentHash);
    return sha256((optionsKey + "\n" + file.reportPath() + "\n" + contentHash).getBytes(UTF_8));
  }

  /** One finding of an entry. */
  record CachedFinding(
      int line, int column, @Nullable String check, @Nullable String message, String fingerprint) {}

  /**
   * One entry: a file's findings (or why it could not be analysed) and what its analysis read.
   *
   * @param files every other file read: its path and SHA-256 ({@value #UNREADABLE} if it could not
   *     be read)
   * @param fileNames the project's files of each name looked up, in the order of the scan
   * @param folders the project's files in each folder listed, in the order of the scan
   */
  record Entry(
      String format,
      int formatVersion,
      String scanner,
      String key,
      String path,
      List<CachedFinding> findings,
      @Nullable String error,
      Map<String, String> files,
      Map<String, List<String>> fileNames,
      Map<String, List<String>> folders) {}

  /** The file's outcome kept under this key, if its entry is there and still holds; else null. */
  @Nullable FileOutcome lookup(String key, FileToScan file) {
    Path path = entryPath(key);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      return ignore(path, SourceCollector.describe(e));
    }
    Entry entry;
    try {
      entry = Json.MAPPER.readValue(bytes, Entry.class);
    } catch (IOException | RuntimeException e) {
      return ignore(path, "not a cache entry (" + firstLine(e.getMessage()) + ")");
    }
    String problem = problem(entry, key, file);
    if (problem != null) {
      return ignore(path, problem);
    }
    if (!stillHolds(entry)) {
      return null;
    }
    hits.incrementAndGet();
    if (entry.error() != null) {
      return FileOutcome.failed(file, entry.error());
    }
    List<ReportedFinding> findings = new ArrayList<>();
    List<String> fingerprints = new ArrayList<>();
    for (CachedFinding f : entry.findings()) {
      findings.add(
          new ReportedFinding(file.reportPath(), f.line(), f.column(), f.check(), f.message()));
      fingerprints.add(f.fingerprint());
    }
    return new FileOutcome(file, List.copyOf(findings), List.copyOf(fingerprints), null);
  }

  /** Why an entry that parsed cannot be the one under this key, or null when it can. */
  private static @Nullable String problem(Entry entry, String key, FileToScan file) {
    if (!FORMAT.equals(entry.format()) || entry.formatVersion() != FORMAT_VERSION) {
      return "not a cache entry of format " + FORMAT + " " + FORMAT_VERSION;
    }
    if (!BuildInfo.version().equals(entry.scanner())) {
      return "written by scanner " + entry.scanner() + ", not " + BuildInfo.version();
    }
    if (!key.equals(entry.key()) || !file.reportPath().equals(entry.path())) {
      return "written for another file or options";
    }
    if (entry.findings() == null
        || entry.files() == null
        || entry.fileNames() == null
        || entry.folders() == null
        || entry.findings().stream().anyMatch(f -> f == null || f.fingerprint() == null)) {
      return "incomplete";
    }
    return null;
  }

  private @Nullable FileOutcome ignore(Path entry, String reason) {
    err.println("faultline: ignoring unreadable cache entry " + entry + ": " + reason);
    return null;
  }

  /** Whether every file the entry's analysis read, and every listing it made, is as it was. */
  private boolean stillHolds(Entry entry) {
    for (Map.Entry<String, String> read : entry.files().entrySet()) {
      if (!hash(resolve(read.getKey())).equals(read.getValue())) {
        return false;
      }
    }
    for (Map.Entry<String, List<String>> named : entry.fileNames().entrySet()) {
      if (!relative(project.named(named.getKey())).equals(named.getValue())) {
        return false;
      }
    }
    for (Map.Entry<String, List<String>> folder : entry.folders().entrySet()) {
      if (!relative(project.inFolder(resolve(folder.getKey()))).equals(folder.getValue())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Keeps a file's outcome under its key, with what its analysis read. A failure to write is
   * reported once; the scan goes on.
   */
  void store(String key, FileOutcome outcome, ProjectReads reads) {
    if (writeFailed.get()) {
      return;
    }
    List<CachedFinding> findings = new ArrayList<>();
    for (int i = 0; i < outcome.findings().size(); i++) {
      ReportedFinding f = outcome.findings().get(i);
      findings.add(
          new CachedFinding(
              f.line(), f.column(), f.check(), f.message(), outcome.fingerprints().get(i)));
    }
    Map<String, String> files = new TreeMap<>();
    for (Path file : reads.files()) {
      files.put(relative(file), hash(file));
    }
    Map<String, List<String>> fileNames = new TreeMap<>();
    for (String name : reads.fileNames()) {
      fileNames.put(name, relative(project.named(name)));
    }
    Map<String, List<String>> folders = new TreeMap<>();
    for (Path folder : reads.folders()) {
      folders.put(relative(folder), relative(project.inFolder(folder)));
    }
    Entry entry =
        new Entry(
            FORMAT,
            FORMAT_VERSION,
            BuildInfo.version(),
            key,
            outcome.file().reportPath(),
            findings,
            outcome.error(),
            files,
            fileNames,
            folders);
    try {
      write(entryPath(key), Json.write(entry).getBytes(UTF_8));
    } catch (IOException | RuntimeException e) {
      if (writeFailed.compareAndSet(false, true)) {
        err.println(
            "faultline: warning: cannot write to --cache "
                + dir
                + " ("
                + (e instanceof IOException io ? SourceCollector.describe(io) : e.toString())
                + "); later results are not kept");
      }
    }
  }

  /** Writes a temporary file beside the target and moves it into place. */
  private void write(Path target, byte[] bytes) throws IOException {
    Path temporary = Files.createTempFile(dir, ".entry-", ".tmp");
    try {
      Files.write(temporary, bytes);
      try {
        Files.move(
            temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private Path entryPath(String key) {
    return dir.resolve(key + ".json");
  }

  /** The SHA-256 of a file's bytes, once per scan ({@value #UNREADABLE} if it cannot be read). */
  private String hash(Path file) {
    return hashes.computeIfAbsent(
        file,
        f -> {
          try {
            return sha256(Files.readAllBytes(f));
          } catch (IOException | RuntimeException e) {
            return UNREADABLE;
          }
        });
  }

  /** A path relative to the root with '/' separators, or absolute when it is outside the root. */
  private String relative(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
    return shown.toString().replace('\\', '/');
  }

  private List<String> relative(List<Path> paths) {
    return paths.stream().map(this::relative).toList();
  }

  private Path resolve(String path) {
    return root.resolve(path).toAbsolutePath().normalize();
  }

  static String sha256(byte[] bytes) {
    try {
      return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  private static String firstLine(@Nullable String text) {
    if (text == null) {
      return "no detail";
    }
    int end = text.indexOf('\n');
    return Objects.requireNonNull(end < 0 ? text : text.substring(0, end)).strip();
  }
}
