package dev.faultline.scanner.cli;

import static java.util.Objects.requireNonNull;
import static java.util.concurrent.TimeUnit.MILLISECONDS;

import dev.faultline.scanner.ReportedFinding;
import dev.faultline.scanner.SourceAnalyzer;
import dev.faultline.scanner.UnanalyzableSourceException;
import dev.faultline.scanner.baseline.Fingerprints;
import dev.faultline.scanner.lowering.ProjectReads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Analyses files on {@code jobs} threads, each file within a time limit, and never lets one file
 * stop the scan: every problem with a file (unreadable, too large, not UTF-8, does not parse, nests
 * too deep, too slow, a bug in the analyzer) becomes that file's error. Outcomes come back in the
 * order of the files given.
 *
 * <p>Each worker thread hands its file to a fresh-or-idle analysis thread and waits for it at most
 * the time limit. A file that takes longer is reported and its analysis thread interrupted; if the
 * analysis ignores the interrupt, the thread (a daemon) keeps running on its own while the worker
 * moves on, so a hung file costs a thread, not the scan.
 */
final class ScanEngine {
  /**
   * Analysis threads get a larger stack than the default, so deeply nested but legal code still
   * parses.
   */
  private static final long ANALYSIS_STACK_BYTES = 16L * 1024 * 1024;

  private final SourceAnalyzer analyzer;
  private final SourceReader reader;
  private final int jobs;
  private final Duration fileTimeout;
  private final Progress progress;
  private final @Nullable ResultCache cache;

  /**
   * @param cache where outcomes are looked up before a file is analysed and kept after; null for
   *     none
   */
  ScanEngine(
      SourceAnalyzer analyzer,
      SourceReader reader,
      int jobs,
      Duration fileTimeout,
      Progress progress,
      @Nullable ResultCache cache) {
    this.analyzer = analyzer;
    this.reader = reader;
    this.jobs = jobs;
    this.fileTimeout = fileTimeout;
    this.progress = progress;
    this.cache = cache;
  }

  /**
   * What the scan learned about one file: its findings and their fingerprints, or why it could not
   * be analysed.
   *
   * @param fingerprints the baseline fingerprint of each finding, in the same order
   * @param error null when the file was analysed
   */
  record FileOutcome(
      FileToScan file,
      List<ReportedFinding> findings,
      List<String> fingerprints,
      @Nullable String error) {

    static FileOutcome failed(FileToScan file, String error) {
      return new FileOutcome(file, List.of(), List.of(), error);
    }
  }

  List<FileOutcome> run(List<FileToScan> files) throws InterruptedException {
    ExecutorService workers =
        Executors.newFixedThreadPool(jobs, daemonThreads("faultline-worker", 0));
    ExecutorService analyses =
        Executors.newCachedThreadPool(daemonThreads("faultline-analysis", ANALYSIS_STACK_BYTES));
    progress.start(files.size());
    try {
      List<Future<FileOutcome>> pending = new ArrayList<>(files.size());
      for (int i = 0; i < files.size(); i++) {
        pending.add(null);
      }
      for (int i : largestFirst(files)) {
        FileToScan file = files.get(i);
        pending.set(i, workers.submit(() -> scanWithinLimit(file, analyses)));
      }
      List<FileOutcome> outcomes = new ArrayList<>(files.size());
      for (int i = 0; i < pending.size(); i++) {
        try {
          outcomes.add(requireNonNull(pending.get(i)).get());
        } catch (ExecutionException e) {
          outcomes.add(FileOutcome.failed(files.get(i), internalError(e.getCause())));
        }
      }
      return outcomes;
    } finally {
      progress.finish();
      workers.shutdownNow();
      analyses.shutdownNow();
    }
  }

  /**
   * Files at least this large start first, largest first: the few very large files (generated SDK
   * clients of tens of thousands of lines) then run while the other threads work through the small
   * ones, instead of keeping one thread busy after the others are done.
   */
  private static final long LARGE_FILE_BYTES = 256 * 1024;

  /**
   * The indexes of the files: those of {@link #LARGE_FILE_BYTES} or more, largest first, then the
   * others in the order given (files of a folder stay together, so the other files of a package
   * their analyses read are still at hand). Outcomes are returned in the order given.
   */
  private static List<Integer> largestFirst(List<FileToScan> files) {
    long[] sizes = new long[files.size()];
    List<Integer> order = new ArrayList<>(files.size());
    for (int i = 0; i < files.size(); i++) {
      long size = sizeOf(files.get(i).file());
      sizes[i] = size >= LARGE_FILE_BYTES ? size : 0;
      order.add(i);
    }
    order.sort(Comparator.comparingLong((Integer i) -> -sizes[i]).thenComparingInt(i -> i));
    return order;
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException | RuntimeException e) {
      return -1; // reading it will tell what is wrong
    }
  }

  private FileOutcome scanWithinLimit(FileToScan file, ExecutorService analyses) {
    Future<FileOutcome> analysis = analyses.submit(() -> analyse(file));
    try {
      return analysis.get(fileTimeout.toMillis(), MILLISECONDS);
    } catch (TimeoutException e) {
      analysis.cancel(true);
      return FileOutcome.failed(
          file,
          "analysis did not finish within " + formatDuration(fileTimeout) + " (--file-timeout)");
    } catch (ExecutionException e) {
      return FileOutcome.failed(file, internalError(e.getCause()));
    } catch (InterruptedException e) {
      analysis.cancel(true);
      Thread.currentThread().interrupt();
      return FileOutcome.failed(file, "the scan was interrupted");
    } finally {
      progress.fileDone();
    }
  }

  @SuppressWarnings(
      "CatchingUnchecked") // any failure of one file is that file's error, never the scan's end
  private FileOutcome analyse(FileToScan file) {
    try {
      if (cache != null) {
        return analyseCached(file, cache);
      }
      String source = reader.read(file.file());
      return outcome(file, analyzer.analyze(file.reportPath(), source), source);
    } catch (UnanalyzableSourceException e) {
      return FileOutcome.failed(file, reason(e));
    } catch (StackOverflowError e) {
      return FileOutcome.failed(file, "nests too deep to analyse (stack overflow)");
    } catch (OutOfMemoryError e) {
      return FileOutcome.failed(file, "ran out of memory while analysing it");
    } catch (RuntimeException | LinkageError | AssertionError e) {
      return FileOutcome.failed(file, internalError(e));
    }
  }

  /**
   * A file's outcome from the cache when its entry holds; else analysed, and kept in the cache when
   * the analysis tells what it read and was not interrupted. Of the files that cannot be analysed,
   * only those whose reason lies in their text alone (not UTF-8, does not parse: an error without a
   * cause) are kept.
   */
  private FileOutcome analyseCached(FileToScan file, ResultCache cache)
      throws UnanalyzableSourceException {
    byte[] bytes = reader.readBytes(file.file());
    String key = cache.key(file, bytes);
    FileOutcome cached = cache.lookup(key, file);
    if (cached != null) {
      return cached;
    }
    SourceAnalyzer.Tracked tracked;
    String source;
    try {
      source = SourceReader.text(bytes);
      tracked = analyzer.analyzeTracked(file.reportPath(), source);
    } catch (UnanalyzableSourceException e) {
      if (e.getCause() == null && !Thread.currentThread().isInterrupted()) {
        cache.store(key, FileOutcome.failed(file, reason(e)), ProjectReads.recording());
      }
      throw e;
    }
    FileOutcome outcome = outcome(file, tracked.findings(), source);
    ProjectReads reads = tracked.reads();
    if (reads != null && !Thread.currentThread().isInterrupted()) {
      cache.store(key, outcome, reads);
    }
    return outcome;
  }

  private static FileOutcome outcome(
      FileToScan file, @Nullable List<ReportedFinding> findings, String source) {
    List<ReportedFinding> checked = findings == null ? List.of() : List.copyOf(findings);
    return new FileOutcome(
        file, checked, Fingerprints.of(file.reportPath(), checked, source), null);
  }

  private static String reason(UnanalyzableSourceException e) {
    String reason = e.getMessage();
    return reason == null || reason.isBlank() ? "cannot be analysed" : reason;
  }

  static String internalError(@Nullable Throwable t) {
    if (t == null) {
      return "internal error in the analyzer";
    }
    String message = t.getMessage();
    return "internal error in the analyzer ("
        + t.getClass().getSimpleName()
        + (message == null || message.isBlank() ? "" : ": " + firstLine(message))
        + "); please report it";
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }

  static String formatDuration(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  private static ThreadFactory daemonThreads(String name, long stackBytes) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(null, runnable, name + "-" + count.incrementAndGet(), stackBytes);
      thread.setDaemon(true);
      return thread;
    };
  }
}
