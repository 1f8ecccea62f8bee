package dev.faultline.scanner.cli;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * {@code scanned 1200/5000 files} on stderr, rewritten in place, for people watching a long scan in
 * a terminal. It shows only on an interactive console and only once the scan has run for {@link
 * #DELAY_MILLIS}; it is erased before anything else is printed. Never in CI logs or redirected
 * output.
 */
class Progress {
  static final long DELAY_MILLIS = 2000;
  static final long PERIOD_MILLIS = 500;

  /** No progress: for redirected stderr and for tests. */
  static final Progress NONE = new Progress();

  private Progress() {}

  void start(int total) {}

  void fileDone() {}

  void finish() {}

  /** Progress on an interactive console. */
  static Progress console(PrintStream err) {
    return new ConsoleProgress(err, DELAY_MILLIS, PERIOD_MILLIS);
  }

  /**
   * Progress on a console, shown after {@code delayMillis} and every {@code periodMillis} from then
   * on.
   */
  static Progress console(PrintStream err, long delayMillis, long periodMillis) {
    return new ConsoleProgress(err, delayMillis, periodMillis);
  }

  private static final class ConsoleProgress extends Progress {
    private final PrintStream err;
    private final long delayMillis;
    private final long periodMillis;
    private final AtomicInteger done = new AtomicInteger();
    private final Object lock = new Object();
    private @Nullable ScheduledExecutorService timer;
    private @Nullable ScheduledFuture<?> task;
    private int total;
    private int shownWidth;

    ConsoleProgress(PrintStream err, long delayMillis, long periodMillis) {
      this.err = err;
      this.delayMillis = delayMillis;
      this.periodMillis = periodMillis;
    }

    @Override
    void start(int total) {
      this.total = total;
      ScheduledExecutorService scheduler =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread thread = new Thread(r, "faultline-progress");
                thread.setDaemon(true);
                return thread;
              });
      timer = scheduler;
      task =
          scheduler.scheduleAtFixedRate(
              this::show, delayMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    void fileDone() {
      done.incrementAndGet();
    }

    private void show() {
      synchronized (lock) {
        String text = "scanned " + done.get() + "/" + total + " files";
        err.print("\r" + text + " ".repeat(Math.max(0, shownWidth - text.length())));
        err.flush();
        shownWidth = Math.max(shownWidth, text.length());
      }
    }

    @Override
    void finish() {
      if (task != null) {
        task.cancel(false);
      }
      if (timer != null) {
        timer.shutdownNow();
      }
      synchronized (lock) {
        if (shownWidth > 0) {
          err.print("\r" + " ".repeat(shownWidth) + "\r");
          err.flush();
          shownWidth = 0;
        }
      }
    }
  }
}
