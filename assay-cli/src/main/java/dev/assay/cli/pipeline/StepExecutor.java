package dev.assay.cli.pipeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * Runs one step: hashes its inputs and outputs, compares them with its lock entry, and either calls
 * it cached or runs its command in process through a fresh picocli command line (stdout and stderr
 * into {@code .assay-run/logs/STEP.log}), then records its lock entry at once. Exit codes 0 and 1
 * (the run completed but rejected some records) are success; anything else is a failure.
 *
 * <pre>{@code
 * StepResult r = executor.execute(graph.step("qa"), false);
 * }</pre>
 */
final class StepExecutor {
  private final Pipeline pipeline;
  private final Supplier<CommandLine> commands;
  private final LockFile lock;
  private final ContentHasher hasher;
  private final String tool;

  /** A step's input that must exist does not. */
  static final class MissingInput extends RuntimeException {
    MissingInput(String message) {
      super(message);
    }
  }

  StepExecutor(Pipeline pipeline, Supplier<CommandLine> commands, LockFile lock, ContentHasher hasher, String tool) {
    this.pipeline = pipeline;
    this.commands = commands;
    this.lock = lock;
    this.hasher = hasher;
    this.tool = tool;
  }

  /** Why {@code s} must run (empty: cached); a {@link MissingInput} when an input that must exist is missing. */
  Optional<String> reason(ResolvedStep s, boolean forced) {
    Optional<LockEntry> last = lock.entry(s.name());
    SortedMap<String, String> inputs = inputs(s, last);
    if (forced) {
      return Optional.of("forced");
    }
    return CacheCheck.reason(last, s.configArgv(), tool, inputs, outputs(s));
  }

  /** Runs {@code s} unless cached (or when {@code forced}). */
  StepResult execute(ResolvedStep s, boolean forced) {
    long t0 = System.nanoTime();
    String command = String.join(" ", s.spec().commandWords());
    Optional<String> why;
    SortedMap<String, String> before;
    try {
      before = inputs(s, lock.entry(s.name()));
      why = reason(s, forced);
    } catch (MissingInput e) {
      return new StepResult(s.name(), command, StepStatus.FAILED, e.getMessage(), null, ms(t0), s.out(), null, s.argv());
    }
    if (why.isEmpty()) {
      return new StepResult(s.name(), command, StepStatus.CACHED, "", null, ms(t0), s.out(), null, s.argv());
    }
    Path log = pipeline.stateDir().resolve("logs").resolve(s.name() + ".log");
    int code = runCommand(s, log);
    if (code != 0 && code != 1) {
      return new StepResult(s.name(), command, StepStatus.FAILED, "exit code " + code + ": " + lastLine(log), code, ms(t0),
          s.out(), log, s.argv());
    }
    if (code == 1 && FAIL_ON_ONE.contains(command)) {
      return new StepResult(s.name(), command, StepStatus.FAILED, "exit code 1: " + lastLine(log), code, ms(t0), s.out(), log,
          s.argv());
    }
    Optional<String> unfinished = unfinished(s.out());
    if (unfinished.isPresent()) {
      // Rows failed or never started: no lock entry, so the next run resumes the step instead of caching it.
      return new StepResult(s.name(), command, StepStatus.FAILED, unfinished.get(), code, ms(t0), s.out(), log, s.argv());
    }
    SortedMap<String, String> after = inputs(s, Optional.empty(), true);
    List<String> untracked = changedKeys(before, after);
    SortedMap<String, String> inputs = new TreeMap<>(before);
    untracked.forEach(inputs::remove);
    SortedMap<String, String> outputs = outputs(s);
    if (s.out() != null && outputs.isEmpty()) {
      return new StepResult(s.name(), command, StepStatus.FAILED, "exit code " + code + " but nothing was written to " + s.out(),
          code, ms(t0), s.out(), log, s.argv());
    }
    long duration = ms(t0);
    lock.put(s.name(), entry(s, inputs, outputs, untracked, code, duration));
    return new StepResult(s.name(), command, StepStatus.RAN, why.get(), code, duration, s.out(), log, s.argv());
  }

  /**
   * Records the lock entry of {@code s} as if it had just run with {@code code}: for outputs that
   * another caller made by the same code path (the quickstart), so that a run of the pipeline
   * finds them cached.
   */
  void record(ResolvedStep s, int code, long durationMs) {
    SortedMap<String, String> inputs = inputs(s, Optional.empty(), true);
    SortedMap<String, String> outputs = outputs(s);
    if (s.out() != null && outputs.isEmpty()) {
      throw new IllegalStateException("step '" + s.name() + "' wrote nothing to " + s.out());
    }
    lock.put(s.name(), entry(s, inputs, outputs, List.of(), code, durationMs));
  }

  private LockEntry entry(ResolvedStep s, SortedMap<String, String> inputs, SortedMap<String, String> outputs, List<String> untracked,
      int code, long durationMs) {
    return new LockEntry(String.join(" ", s.spec().commandWords()), s.configArgv(), CacheCheck.configHash(s.configArgv()), tool,
        inputs, outputs, untracked, code, Instant.now().toString(), durationMs);
  }

  /** Commands whose exit code 1 is a failure, not "finished with rejected records". */
  static final java.util.Set<String> FAIL_ON_ONE = java.util.Set.of("gate");

  /**
   * Why a step that exited 0 or 1 is not finished, from its run folder's manifest: {@code
   * incomplete} (rows failed or never started; running it again resumes) or {@code failed}.
   */
  static Optional<String> unfinished(Path out) {
    if (out == null || !Files.isRegularFile(out.resolve("manifest.json"))) {
      return Optional.empty();
    }
    dev.assay.core.run.RunStatus status;
    try {
      status = dev.assay.core.manifest.ManifestWriter.read(out.resolve("manifest.json")).status();
    } catch (RuntimeException e) {
      return Optional.empty(); // not a run manifest we can read: judged by the exit code alone
    }
    return switch (status) {
      case INCOMPLETE -> Optional.of("incomplete: some rows failed or never started (errors.jsonl in " + out.getFileName()
          + "); run again to resume them");
      case FAILED -> Optional.of("its manifest says failed");
      case null, default -> Optional.empty();
    };
  }

  private int runCommand(ResolvedStep s, Path log) {
    try {
      Files.createDirectories(log.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + log.getParent() + ": " + e.getMessage(), e);
    }
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
      w.println("$ assay " + String.join(" ", s.argv()));
      try {
        CommandLine cl = commands.get();
        cl.setOut(w);
        cl.setErr(w);
        return cl.execute(s.argv().toArray(String[]::new));
      } catch (RuntimeException | Error e) {
        w.println("assay: internal error: " + e);
        e.printStackTrace(w);
        return 70;
      } finally {
        w.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + log + ": " + e.getMessage(), e);
    }
  }

  private SortedMap<String, String> inputs(ResolvedStep s, Optional<LockEntry> last) {
    return inputs(s, last, false);
  }

  /** Hashes of every file {@code s} reads, less those it changed itself last time (and its own output). */
  private SortedMap<String, String> inputs(ResolvedStep s, Optional<LockEntry> last, boolean lenient) {
    SortedMap<String, String> out = new TreeMap<>();
    for (StepInput in : s.inputs()) {
      List<Path> paths = in.glob() ? Globs.expand(in.path()) : List.of(in.path());
      if (in.required() && !lenient && (paths.isEmpty() || !Files.exists(paths.get(0)))) {
        throw new MissingInput("input '" + in.text() + "' (" + hasher.key(in.path()) + ") is missing"
            + (s.deps().isEmpty() ? "" : " (not written by " + String.join(", ", new java.util.TreeSet<>(s.deps())) + ")")
            + " at " + pipeline.where(s.spec(), in.key()));
      }
      for (Path p : paths) {
        if (s.allOuts().stream().anyMatch(p::startsWith)) {
          continue;
        }
        out.putAll(hasher.hash(p));
      }
    }
    for (Path o : s.allOuts()) {
      String own = hasher.key(o);
      out.keySet().removeIf(k -> k.equals(own) || k.startsWith(own + "/"));
    }
    last.ifPresent(e -> e.untracked().forEach(out::remove));
    return out;
  }

  /**
   * Hashes of the step's output (every file of its folder, or its file and the files beside it with
   * the same name) and of its further outputs.
   */
  SortedMap<String, String> outputs(ResolvedStep s) {
    SortedMap<String, String> all = new TreeMap<>(outputOf(s.out()));
    for (Path more : s.moreOuts()) {
      if (Files.exists(more)) {
        all.putAll(hasher.hash(more));
      }
    }
    return all;
  }

  private SortedMap<String, String> outputOf(Path out) {
    if (out == null || !Files.exists(out)) {
      return new TreeMap<>();
    }
    if (Files.isDirectory(out)) {
      return hasher.hash(out);
    }
    SortedMap<String, String> m = new TreeMap<>(hasher.hash(out));
    String name = out.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = (dot > 0 ? name.substring(0, dot) : name) + ".";
    try (Stream<Path> siblings = Files.list(out.getParent())) {
      siblings.filter(f -> f.getFileName().toString().startsWith(stem) && Files.isRegularFile(f)).forEach(f -> m.putAll(hasher.hash(f)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + out.getParent() + ": " + e.getMessage(), e);
    }
    return m;
  }

  private static List<String> changedKeys(SortedMap<String, String> before, SortedMap<String, String> after) {
    List<String> out = new ArrayList<>();
    before.forEach((k, v) -> {
      if (!v.equals(after.get(k))) {
        out.add(k);
      }
    });
    return out;
  }

  private static String lastLine(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      for (String l : lines) {
        if (l.startsWith("assay: ")) {
          return l.substring(7);
        }
      }
      for (int i = lines.size() - 1; i >= 0; i--) {
        String l = lines.get(i).strip();
        if (!l.isEmpty() && !l.startsWith("at ") && !l.startsWith("Try '") && !l.startsWith("...")) {
          return l.startsWith("assay: ") ? l.substring(7) : l;
        }
      }
    } catch (IOException e) {
      // Fall through.
    }
    return "see " + log;
  }

  private static long ms(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }
}
