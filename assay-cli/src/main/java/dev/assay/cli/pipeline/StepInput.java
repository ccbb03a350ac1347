package dev.assay.cli.pipeline;

import java.nio.file.Path;

/**
 * One thing a step reads: a file, a folder or a glob, where the pipeline names it, and whether it
 * must exist (declared {@code inputs}, positional {@code args} and {@code ${steps.NAME}} references
 * must; a path-valued option is hashed when it exists).
 *
 * <pre>{@code
 * new StepInput("inputs/0", "data/*.jsonl", Path.of("/p/data/*.jsonl"), true, true);
 * }</pre>
 *
 * @param key where in the step it is written ({@code inputs/0}, {@code args/1}, {@code params/config})
 * @param text the text as written
 * @param path the absolute path (for a glob: the absolute pattern)
 * @param glob true when {@code path} is a glob pattern
 * @param required true when a missing file is an error
 */
public record StepInput(String key, String text, Path path, boolean glob, boolean required) {}
