package dev.assay.cli;

import dev.assay.core.validate.Validation;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr for long work, shown only when stderr is a terminal and {@code --quiet}
 * is off; otherwise it does nothing, so logs and pipes stay clean.
 *
 * <pre>{@code
 * try (ProgressReporter p = ProgressReporter.bytes("validate", quiet)) { work(p::update); }
 * }</pre>
 */
public final class ProgressReporter implements AutoCloseable, Validation.Progress {
  private final ProgressBar bar;

  private ProgressReporter(ProgressBar bar) {
    this.bar = bar;
  }

  /** A byte-based bar titled {@code task}; inert when quiet or not on a terminal. */
  public static ProgressReporter bytes(String task, boolean quiet) {
    if (!shown(quiet)) {
      return new ProgressReporter(null);
    }
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setStyle(ProgressBarStyle.ASCII)
            .setUnit(" MB", 1 << 20)
            .setInitialMax(-1)
            .showSpeed()
            .continuousUpdate()
            .build();
    return new ProgressReporter(bar);
  }

  /** A count-based bar ("rows") titled {@code task}; inert when quiet or not on a terminal. */
  public static ProgressReporter items(String task, String unit, boolean quiet) {
    if (!shown(quiet)) {
      return new ProgressReporter(null);
    }
    return new ProgressReporter(new ProgressBarBuilder()
        .setTaskName(task)
        .setStyle(ProgressBarStyle.ASCII)
        .setUnit(" " + unit, 1)
        .setInitialMax(-1)
        .showSpeed()
        .build());
  }

  /**
   * True when a bar may be drawn: not quiet, not in CI, and the process is attached to a terminal
   * ({@code System.console()}, and on Java 22+ also {@code Console.isTerminal()}, since there the
   * console exists when output is redirected too).
   */
  static boolean shown(boolean quiet) {
    java.io.Console console = System.console();
    if (quiet || console == null || System.getenv("CI") != null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // Java 21: a console means a terminal
    }
  }

  /** Moves a count-based bar to {@code done} (thread-safe). */
  public synchronized void stepTo(long done) {
    if (bar != null) {
      bar.stepTo(done);
    }
  }

  @Override
  public void update(long bytesDone, long bytesTotal, long records) {
    if (bar == null) {
      return;
    }
    if (bytesTotal > 0 && bar.getMax() != bytesTotal) {
      bar.maxHint(bytesTotal);
    }
    bar.stepTo(bytesDone);
    bar.setExtraMessage(" " + records + " records");
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
