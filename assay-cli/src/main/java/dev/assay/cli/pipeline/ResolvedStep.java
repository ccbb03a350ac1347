package dev.assay.cli.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * A step made concrete: the exact argument list of its command (absolute paths), the same list with
 * paths relative to the pipeline's folder (what its configuration hash is made of, so a moved
 * pipeline folder stays cached), its output and what it reads.
 *
 * <pre>{@code
 * ResolvedStep s = StepArguments.resolve(pipeline, commandLine).get("qa");
 * s.argv();   // [qa, --config, /p/inputs/qa.yaml, --input, /p/validate/valid.jsonl, --out, /p/qa, --quiet]
 * }</pre>
 *
 * @param spec the step as written
 * @param argv the arguments, command words first
 * @param configArgv {@code argv} with paths inside the pipeline's folder made relative
 * @param out the step's output folder or file, or null when its command writes none
 * @param moreOuts the further files or folders it writes (its {@code outputs:})
 * @param inputs what the step reads
 * @param deps the steps it reads from
 */
public record ResolvedStep(StepSpec spec, List<String> argv, List<String> configArgv, Path out, List<Path> moreOuts,
    List<StepInput> inputs, Set<String> deps) {
  public ResolvedStep {
    argv = List.copyOf(argv);
    configArgv = List.copyOf(configArgv);
    moreOuts = List.copyOf(moreOuts);
    inputs = List.copyOf(inputs);
    deps = Set.copyOf(deps);
  }

  /** Its output and further outputs: where nothing it reads is an input. */
  public List<Path> allOuts() {
    List<Path> all = new java.util.ArrayList<>();
    if (out != null) {
      all.add(out);
    }
    all.addAll(moreOuts);
    return all;
  }

  /** The step's name. */
  public String name() {
    return spec.name();
  }
}
