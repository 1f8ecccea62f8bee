package dev.faultline.scanner.cli;

import static java.util.concurrent.TimeUnit.MILLISECONDS;

import dev.faultline.scanner.ReportedFinding;
import dev.faultline.scanner.SourceAnalyzer;
import dev.faultline.scanner.UnanalyzableSourceException;
import dev.faultline.scanner.baseline.Fingerprints;
import java.time.Duration;
import java.util.ArrayList;
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

  ScanEngine(
      SourceAnalyzer analyzer,
      SourceReader reader,
      int jobs,
      Duration fileTimeout,
      Progress progress) {
    this.analyzer = analyzer;
    this.reader = reader;
    this.jobs = jobs;
    this.fileTimeout = fileTimeout;
    this.progress = progress;
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
      for (FileToScan file : files) {
        pending.add(workers.submit(() -> scanWithinLimit(file, analyses)));
      }
      List<FileOutcome> outcomes = new ArrayList<>(files.size());
      for (int i = 0; i < pending.size(); i++) {
        try {
          outcomes.add(pending.get(i).get());
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
      String source = reader.read(file.file());
      List<ReportedFinding> findings = analyzer.analyze(file.reportPath(), source);
      List<ReportedFinding> checked = findings == null ? List.of() : List.copyOf(findings);
      return new FileOutcome(
          file, checked, Fingerprints.of(file.reportPath(), checked, source), null);
    } catch (UnanalyzableSourceException e) {
      String reason = e.getMessage();
      return FileOutcome.failed(
          file, reason == null || reason.isBlank() ? "cannot be analysed" : reason);
    } catch (StackOverflowError e) {
      return FileOutcome.failed(file, "nests too deep to analyse (stack overflow)");
    } catch (OutOfMemoryError e) {
      return FileOutcome.failed(file, "ran out of memory while analysing it");
    } catch (RuntimeException | LinkageError | AssertionError e) {
      return FileOutcome.failed(file, internalError(e));
    }
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
