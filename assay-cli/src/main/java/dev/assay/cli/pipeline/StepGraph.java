package dev.assay.cli.pipeline;

import dev.assay.core.AssayInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The steps' graph: step B depends on step A when B names {@code ${steps.A}} or reads a path inside
 * A's output. Built once per run; checks that every input that must exist exists or is written by
 * some step, and that there is no cycle (the message names it). {@link #order()} is a topological
 * order that keeps the file's order where the graph allows.
 *
 * <pre>{@code
 * StepGraph g = StepGraph.of(pipeline, StepArguments.resolve(pipeline, Main.commandLine()));
 * g.order();                 // [validate, qa, judge, leaderboard, report]
 * g.downstream("qa");        // [qa, report]
 * }</pre>
 */
public final class StepGraph {
  private final Pipeline pipeline;
  private final Map<String, ResolvedStep> steps;
  private final Map<String, Set<String>> deps;
  private final List<String> order;

  private StepGraph(Pipeline pipeline, Map<String, ResolvedStep> steps, Map<String, Set<String>> deps, List<String> order) {
    this.pipeline = pipeline;
    this.steps = steps;
    this.deps = deps;
    this.order = order;
  }

  /** The graph of {@code steps}; an error naming {@code file:line} for a missing input or a cycle. */
  public static StepGraph of(Pipeline pipeline, Map<String, ResolvedStep> steps) {
    Map<String, Set<String>> deps = new LinkedHashMap<>();
    for (ResolvedStep s : steps.values()) {
      Set<String> d = new LinkedHashSet<>(s.deps());
      for (StepInput in : s.inputs()) {
        String producer = producerOf(steps, s.name(), in.path());
        if (producer != null) {
          d.add(producer);
        } else if (in.required() && !in.glob() && !Files.exists(in.path())) {
          throw new AssayInputException(pipeline.where(s.spec(), in.key()) + ": step '" + s.name() + "': input '" + in.text()
              + "' (" + in.path() + ") does not exist and no step of the pipeline writes it");
        } else if (in.required() && in.glob() && Globs.expand(in.path()).isEmpty()) {
          throw new AssayInputException(pipeline.where(s.spec(), in.key()) + ": step '" + s.name() + "': input '" + in.text()
              + "' matches no file and no step of the pipeline writes there");
        }
      }
      deps.put(s.name(), d);
    }
    return new StepGraph(pipeline, steps, deps, topological(pipeline, steps, deps));
  }

  /** The step (other than {@code self}) whose output holds {@code path}, or null. */
  static String producerOf(Map<String, ResolvedStep> steps, String self, Path path) {
    for (ResolvedStep t : steps.values()) {
      if (t.name().equals(self)) {
        continue;
      }
      for (Path o : t.allOuts()) {
        if (path.startsWith(o) || path.toString().startsWith(o + java.io.File.separator)) {
          return t.name();
        }
      }
    }
    return null;
  }

  private static List<String> topological(Pipeline p, Map<String, ResolvedStep> steps, Map<String, Set<String>> deps) {
    Map<String, Integer> state = new HashMap<>();
    List<String> out = new ArrayList<>();
    Deque<String> path = new ArrayDeque<>();
    for (String name : steps.keySet()) {
      visit(p, name, deps, state, out, path);
    }
    return Collections.unmodifiableList(out);
  }

  private static void visit(Pipeline p, String name, Map<String, Set<String>> deps, Map<String, Integer> state,
      List<String> out, Deque<String> path) {
    Integer st = state.get(name);
    if (st != null && st == 2) {
      return;
    }
    if (st != null && st == 1) {
      List<String> cycle = new ArrayList<>();
      boolean in = false;
      for (java.util.Iterator<String> it = path.descendingIterator(); it.hasNext(); ) {
        String n = it.next();
        in |= n.equals(name);
        if (in) {
          cycle.add(n);
        }
      }
      cycle.add(name);
      throw new AssayInputException(p.where(p.step(cycle.get(0)), "") + ": the steps form a cycle: "
          + String.join(" -> ", cycle) + " (each step reads the output of the step after its arrow; remove one of these references)");
    }
    state.put(name, 1);
    path.push(name);
    for (String d : deps.get(name)) {
      visit(p, d, deps, state, out, path);
    }
    path.pop();
    state.put(name, 2);
    out.add(name);
  }

  /** Every step, dependencies before the steps that read them. */
  public List<String> order() {
    return order;
  }

  /** The steps {@code name} reads from directly. */
  public Set<String> deps(String name) {
    return Collections.unmodifiableSet(deps.get(name));
  }

  /** The resolved step called {@code name}. */
  public ResolvedStep step(String name) {
    pipeline.step(name);
    return steps.get(name);
  }

  /** {@code name} and every step that reads from it, directly or not, in run order. */
  public List<String> downstream(String name) {
    pipeline.step(name);
    Set<String> reach = new LinkedHashSet<>();
    reach.add(name);
    for (String n : order) {
      if (deps.get(n).stream().anyMatch(reach::contains)) {
        reach.add(n);
      }
    }
    return order.stream().filter(reach::contains).toList();
  }

  /** {@code name} and every step it reads from, directly or not, in run order. */
  public List<String> upstream(String name) {
    pipeline.step(name);
    Set<String> reach = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(name));
    while (!todo.isEmpty()) {
      String n = todo.pop();
      if (reach.add(n)) {
        todo.addAll(deps.get(n));
      }
    }
    return order.stream().filter(reach::contains).toList();
  }
}
