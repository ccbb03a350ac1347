package dev.assay.cli.pipeline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One step of a pipeline file as written: the Assay command it runs, its positional arguments, its
 * options ({@code param_name: value} becomes {@code --param-name value}), extra inputs to track, and
 * the output it writes (passed as {@code --out}). Strings may hold {@code ${steps.NAME}}, the folder
 * (or file) another step writes.
 *
 * <pre>{@code
 * new StepSpec("qa", "qa", List.of(), Map.of("config", "inputs/qa.yaml", "input", "${steps.validate}/valid.jsonl"),
 *     List.of(), "qa");
 * }</pre>
 *
 * @param name the step's name (letters, digits, {@code _} and {@code -})
 * @param command the command words, e.g. {@code qa} or {@code toxicity score}
 * @param args positional arguments, in order
 * @param params options by snake_case name: a scalar, a list (the option repeats) or a map ({@code KEY=VALUE} each)
 * @param inputs extra files, folders or globs the step reads (besides those named in args and params)
 * @param out the step's output folder or file (relative to the pipeline's folder), or null for the default
 * @param outputs further files or folders the step writes besides {@code out} (tracked as its outputs)
 * @param lines the line of the step and of each of its values ({@code ""}, {@code "params/config"}, {@code "inputs/0"})
 */
public record StepSpec(
    String name, String command, List<String> args, Map<String, Object> params, List<String> inputs, String out,
    List<String> outputs, Map<String, Integer> lines) {
  public StepSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(command, "command");
    args = List.copyOf(args);
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    inputs = List.copyOf(inputs);
    outputs = outputs == null ? List.of() : List.copyOf(outputs);
    lines = Map.copyOf(lines);
  }

  /** A step made in code (no lines). */
  public StepSpec(String name, String command, List<String> args, Map<String, Object> params, List<String> inputs, String out) {
    this(name, command, args, params, inputs, out, List.of(), Map.of());
  }

  /** A step made in code that writes {@code outputs} besides {@code out}. */
  public StepSpec withOutputs(List<String> more) {
    return new StepSpec(name, command, args, params, inputs, out, more, lines);
  }

  /** The line of the step's value at {@code key} ({@code "params/config"}), else of the step, else 1. */
  public int lineOf(String key) {
    String k = key;
    while (true) {
      Integer line = lines.get(k);
      if (line != null) {
        return line;
      }
      if (k.isEmpty()) {
        return 1;
      }
      int slash = k.lastIndexOf('/');
      k = slash < 0 ? "" : k.substring(0, slash);
    }
  }

  /** The command split into its words. */
  public List<String> commandWords() {
    return List.of(command.trim().split("\\s+"));
  }
}
