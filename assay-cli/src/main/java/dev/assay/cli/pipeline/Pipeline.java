package dev.assay.cli.pipeline;

import dev.assay.core.AssayInputException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A loaded pipeline file: where it is (relative paths resolve against its folder) and its steps in
 * file order.
 *
 * <pre>{@code
 * Pipeline p = PipelineFile.load(Path.of("pipeline.yaml"));
 * p.step("qa").command();   // "qa"
 * }</pre>
 *
 * @param file the pipeline file
 * @param steps the steps by name, in the order of the file
 */
public record Pipeline(Path file, Map<String, StepSpec> steps) {
  public Pipeline {
    file = file.toAbsolutePath().normalize();
    steps = Collections.unmodifiableMap(new LinkedHashMap<>(steps));
  }

  /** The folder relative paths resolve against. */
  public Path dir() {
    return file.getParent();
  }

  /** The step called {@code name}; an error naming the known steps if there is none. */
  public StepSpec step(String name) {
    StepSpec s = steps.get(name);
    if (s == null) {
      throw new AssayInputException(file + ": no step named '" + name + "' (steps: " + String.join(", ", steps.keySet()) + ")");
    }
    return s;
  }

  /** {@code file:line} of {@code step}'s value at {@code key}, for messages. */
  public String where(StepSpec step, String key) {
    return file + ":" + step.lineOf(key);
  }

  /** The lock file beside the pipeline: {@code pipeline.lock} for {@code pipeline.yaml}. */
  public Path lockFile() {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dir().resolve((dot > 0 ? name.substring(0, dot) : name) + ".lock");
  }

  /** The runner's own folder beside the pipeline: logs, the run lock, hashes and the pipeline manifest. */
  public Path stateDir() {
    return dir().resolve(".assay-run");
  }
}
