package dev.assay.cli.pipeline;

import dev.assay.core.manifest.ToolInfo;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * Runs a pipeline file: loads and checks it, takes the run lock, then runs each selected step once
 * its upstream steps are done, at most {@code jobs} at a time, each either cached (its lock entry
 * still holds) or run in process; a failed step's downstream steps are skipped while independent
 * branches go on. Each step's lock entry is written the moment it finishes, so a run killed at any
 * point keeps every finished step. A dry run prints the plan and touches nothing.
 *
 * <pre>{@code
 * PipelineOutcome o = new PipelineRunner(Main::commandLine, r -> System.err.println(r.name() + " " + r.status().label()))
 *     .run(Path.of("pipeline.yaml"), RunOptions.defaults());
 * }</pre>
 */
public final class PipelineRunner {
  private final Supplier<CommandLine> commands;
  private final Consumer<StepResult> onStep;

  /**
   * @param commands makes a fresh command tree (one per step run: {@code Main::commandLine})
   * @param onStep told of each step as soon as it is settled, from the scheduling thread
   */
  public PipelineRunner(Supplier<CommandLine> commands, Consumer<StepResult> onStep) {
    this.commands = commands;
    this.onStep = onStep;
  }

  /** The tool identity steps are cached under: name, version and commit. */
  public static String tool() {
    ToolInfo t = ToolInfo.current();
    return t.name() + " " + t.version() + " (" + t.gitCommit() + ")";
  }

  /** Runs (or with {@code dryRun}, plans) {@code file}. */
  public PipelineOutcome run(Path file, RunOptions o) throws InterruptedException {
    long t0 = System.nanoTime();
    // Building the command tree (picocli reflection over every command) and reading the files
    // (Jackson's first use) are each a few hundred milliseconds of a cold JVM: do them side by side.
    CompletableFuture<CommandLine> tree = CompletableFuture.supplyAsync(commands);
    Pipeline pipeline = PipelineFile.load(file);
    LockFile.read(pipeline.lockFile()); // readable? (and Jackson warms up while the tree is built)
    Map<String, ResolvedStep> resolved = StepArguments.resolve(pipeline, join(tree));
    StepGraph graph = StepGraph.of(pipeline, resolved);
    o.force().forEach(pipeline::step);
    Set<String> selected = new LinkedHashSet<>(graph.order());
    if (o.from() != null) {
      selected.retainAll(graph.downstream(o.from()));
    }
    if (o.until() != null) {
      selected.retainAll(graph.upstream(o.until()));
    }
    if (o.dryRun()) {
      LockFile lock = LockFile.read(pipeline.lockFile());
      StepExecutor ex = executor(pipeline, lock, hasher(pipeline));
      List<StepResult> plan = plan(graph, selected, o, ex);
      return new PipelineOutcome(pipeline.file(), plan, true, lock.file(), null, (System.nanoTime() - t0) / 1_000_000);
    }
    try (RunLock ignored = RunLock.acquire(pipeline.stateDir().resolve("lock"))) {
      LockFile lock = LockFile.read(pipeline.lockFile());
      ContentHasher hasher = hasher(pipeline);
      StepExecutor ex = executor(pipeline, lock, hasher);
      String started = java.time.Instant.now().toString();
      List<StepResult> results = schedule(graph, selected, o, ex);
      hasher.save();
      long ms = (System.nanoTime() - t0) / 1_000_000;
      PipelineOutcome outcome = new PipelineOutcome(pipeline.file(), results, false, lock.file(), null, ms);
      Path manifest = PipelineManifest.write(pipeline, outcome, started);
      return new PipelineOutcome(pipeline.file(), results, false, lock.file(), manifest, ms);
    }
  }

  /**
   * Records a lock entry for each step of {@code file} named in {@code exitCodes}, from the files
   * as they are now, as if {@code assay run} had just run it with that exit code. For a caller that
   * ran the same steps through the same code in its own way (the quickstart writes its steps as a
   * pipeline file): a later {@code assay run} of the file then finds them {@code cached}, and runs
   * again exactly those whose inputs, arguments or outputs change afterwards.
   */
  public void record(Path file, Map<String, Integer> exitCodes, Map<String, Long> durationsMs) {
    Pipeline pipeline = PipelineFile.load(file);
    Map<String, ResolvedStep> resolved = StepArguments.resolve(pipeline, commands.get());
    StepGraph.of(pipeline, resolved);
    try (RunLock ignored = RunLock.acquire(pipeline.stateDir().resolve("lock"))) {
      ContentHasher hasher = hasher(pipeline);
      StepExecutor ex = executor(pipeline, LockFile.read(pipeline.lockFile()), hasher);
      exitCodes.forEach((name, code) -> {
        pipeline.step(name); // names the steps when there is no such step
        ex.record(resolved.get(name), code, durationsMs.getOrDefault(name, 0L));
      });
      hasher.save();
    }
  }

  private static ContentHasher hasher(Pipeline pipeline) {
    return ContentHasher.open(pipeline.dir(), pipeline.stateDir().resolve("hashes.json"), pipeline.stateDir(), pipeline.lockFile());
  }

  private StepExecutor executor(Pipeline pipeline, LockFile lock, ContentHasher hasher) {
    return new StepExecutor(pipeline, commands, lock, hasher, tool());
  }

  private List<StepResult> schedule(StepGraph graph, Set<String> selected, RunOptions o, StepExecutor ex)
      throws InterruptedException {
    Map<String, StepResult> done = new LinkedHashMap<>();
    Set<String> blocked = new HashSet<>();
    Set<String> pending = new LinkedHashSet<>(graph.order());
    ExecutorService pool = Executors.newFixedThreadPool(o.jobs(), r -> {
      Thread t = new Thread(r, "assay-run-step");
      t.setDaemon(true);
      return t;
    });
    CompletionService<StepResult> cs = new ExecutorCompletionService<>(pool);
    int running = 0;
    try {
      while (!pending.isEmpty() || running > 0) {
        boolean changed = true;
        while (changed) {
          changed = false;
          for (Iterator<String> it = pending.iterator(); it.hasNext(); ) {
            String name = it.next();
            Set<String> deps = graph.deps(name);
            if (!done.keySet().containsAll(deps)) {
              continue;
            }
            ResolvedStep s = graph.step(name);
            Optional<String> bad = deps.stream().filter(blocked::contains).findFirst();
            StepResult settled = null;
            if (bad.isPresent()) {
              settled = skipped(s, "upstream step '" + bad.get() + "' " + done.get(bad.get()).status().label());
              blocked.add(name);
            } else if (!selected.contains(name)) {
              settled = skipped(s, "not selected (--from/--until)");
            }
            it.remove();
            changed = true;
            if (settled != null) {
              done.put(name, settled);
              onStep.accept(settled);
            } else {
              boolean forced = o.forceAll() || o.force().contains(name);
              cs.submit(() -> ex.execute(s, forced));
              running++;
            }
          }
        }
        if (running > 0) {
          StepResult r;
          try {
            r = cs.take().get();
          } catch (ExecutionException e) {
            Throwable c = e.getCause();
            throw c instanceof RuntimeException re ? re : new IllegalStateException(c);
          }
          running--;
          done.put(r.name(), r);
          if (r.status() == StepStatus.FAILED) {
            blocked.add(r.name());
          }
          onStep.accept(r);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return graph.order().stream().map(done::get).toList();
  }

  private List<StepResult> plan(StepGraph graph, Set<String> selected, RunOptions o, StepExecutor ex) {
    Map<String, StepResult> done = new LinkedHashMap<>();
    for (String name : graph.order()) {
      ResolvedStep s = graph.step(name);
      String command = String.join(" ", s.spec().commandWords());
      StepResult r;
      if (!selected.contains(name)) {
        r = skipped(s, "not selected (--from/--until)");
      } else {
        Optional<String> upstream = graph.deps(name).stream()
            .filter(d -> done.get(d).status() == StepStatus.RAN).findFirst();
        Optional<String> why;
        if (o.forceAll() || o.force().contains(name)) {
          why = Optional.of("forced");
        } else if (upstream.isPresent()) {
          why = Optional.of("upstream step '" + upstream.get() + "' would run (this one may then turn out cached)");
        } else {
          try {
            why = ex.reason(s, false);
          } catch (StepExecutor.MissingInput e) {
            why = Optional.of(e.getMessage());
          }
        }
        r = new StepResult(name, command, why.isPresent() ? StepStatus.RAN : StepStatus.CACHED, why.orElse(""), null, 0,
            s.out(), null, s.argv());
      }
      done.put(name, r);
      onStep.accept(r);
    }
    return List.copyOf(done.values());
  }

  private static CommandLine join(CompletableFuture<CommandLine> tree) throws InterruptedException {
    try {
      return tree.get();
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      throw c instanceof RuntimeException re ? re : new IllegalStateException(c);
    }
  }

  private static StepResult skipped(ResolvedStep s, String why) {
    return new StepResult(s.name(), String.join(" ", s.spec().commandWords()), StepStatus.SKIPPED, why, null, 0, s.out(), null,
        s.argv());
  }
}
