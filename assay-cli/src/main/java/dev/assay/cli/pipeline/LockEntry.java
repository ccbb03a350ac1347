package dev.assay.cli.pipeline;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one step's outputs were made from, as the lock file records it right after the step
 * finished: its command and arguments (paths relative to the pipeline's folder), the hash of those
 * arguments, the tool that ran it, the SHA-256 of every input and output file, its exit code and
 * when it finished.
 *
 * <pre>{@code
 * LockEntry e = lock.entry("qa");
 * e.outputs().keySet();   // [qa/kept.jsonl, qa/manifest.json, qa/rejected.jsonl, ...]
 * }</pre>
 *
 * @param command the command words
 * @param argv the arguments, paths relative to the pipeline's folder
 * @param configSha256 SHA-256 of {@code argv} (one argument per line)
 * @param tool the Assay version and commit that ran it
 * @param inputs SHA-256 per input file
 * @param outputs SHA-256 per output file
 * @param untracked files among its inputs that the step itself changed (a cache it fills): neither inputs nor outputs
 * @param exitCode the command's exit code (0, or 1 when it rejected records)
 * @param finishedAt when it finished, ISO-8601 UTC
 * @param durationMs how long it ran
 */
public record LockEntry(
    @JsonProperty("command") String command,
    @JsonProperty("argv") List<String> argv,
    @JsonProperty("config_sha256") String configSha256,
    @JsonProperty("tool") String tool,
    @JsonProperty("inputs") SortedMap<String, String> inputs,
    @JsonProperty("outputs") SortedMap<String, String> outputs,
    @JsonProperty("untracked") List<String> untracked,
    @JsonProperty("exit_code") int exitCode,
    @JsonProperty("finished_at") String finishedAt,
    @JsonProperty("duration_ms") long durationMs) {
  public LockEntry {
    argv = argv == null ? List.of() : List.copyOf(argv);
    untracked = untracked == null ? List.of() : List.copyOf(untracked);
    inputs = Collections.unmodifiableSortedMap(new TreeMap<>(inputs == null ? new TreeMap<>() : inputs));
    outputs = Collections.unmodifiableSortedMap(new TreeMap<>(outputs == null ? new TreeMap<>() : outputs));
  }
}
