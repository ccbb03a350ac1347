package dev.assay.cli.pipeline;

import dev.assay.core.manifest.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Whether a step must run again, and why: compares what it would run now (arguments, tool, input
 * hashes) and what its output is now with the lock entry of its last run. The first difference
 * found is the reason, in this order: forced, never ran, tool, configuration, inputs, outputs.
 *
 * <pre>{@code
 * Optional<String> why = CacheCheck.reason(entry, configArgv, tool, inputs, outputs);
 * why.orElse("cached");   // "input data/chat.jsonl changed"
 * }</pre>
 */
public final class CacheCheck {
  private static final int LISTED = 3;

  private CacheCheck() {}

  /** SHA-256 of a step's arguments, one per line. */
  public static String configHash(List<String> configArgv) {
    return Sha256.of(String.join("\n", configArgv).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Why the step must run, or empty when its entry still holds: same arguments and tool, same input
   * hashes, and every recorded output file present with its recorded hash.
   */
  public static Optional<String> reason(Optional<LockEntry> last, List<String> configArgv, String tool,
      SortedMap<String, String> inputs, SortedMap<String, String> outputs) {
    if (last.isEmpty()) {
      return Optional.of("never ran");
    }
    LockEntry e = last.get();
    if (!tool.equals(e.tool())) {
      return Optional.of("tool changed (" + e.tool() + " -> " + tool + ")");
    }
    if (!configHash(configArgv).equals(e.configSha256())) {
      return Optional.of("configuration changed (" + firstDifference(e.argv(), configArgv) + ")");
    }
    List<String> changed = differences(e.inputs(), inputs, "input");
    if (!changed.isEmpty()) {
      return Optional.of(listed(changed));
    }
    if (e.outputs().isEmpty()) {
      return Optional.of("no outputs recorded");
    }
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, String> o : e.outputs().entrySet()) {
      String now = outputs.get(o.getKey());
      if (now == null) {
        out.add("output " + o.getKey() + " missing");
      } else if (!now.equals(o.getValue())) {
        out.add("output " + o.getKey() + " changed");
      }
    }
    return out.isEmpty() ? Optional.empty() : Optional.of(listed(out));
  }

  static List<String> differences(SortedMap<String, String> was, SortedMap<String, String> now, String what) {
    List<String> out = new ArrayList<>();
    TreeSet<String> keys = new TreeSet<>(was.keySet());
    keys.addAll(now.keySet());
    for (String k : keys) {
      String a = was.get(k);
      String b = now.get(k);
      if (a == null) {
        out.add("new " + what + " " + k);
      } else if (b == null) {
        out.add(what + " " + k + " gone");
      } else if (!a.equals(b)) {
        out.add(what + " " + k + " changed");
      }
    }
    return out;
  }

  private static String firstDifference(List<String> was, List<String> now) {
    int n = Math.min(was.size(), now.size());
    for (int i = 0; i < n; i++) {
      if (!was.get(i).equals(now.get(i))) {
        return "'" + was.get(i) + "' -> '" + now.get(i) + "'";
      }
    }
    return was.size() < now.size() ? "added '" + String.join(" ", now.subList(n, now.size())) + "'"
        : "removed '" + String.join(" ", was.subList(n, was.size())) + "'";
  }

  private static String listed(List<String> items) {
    String head = String.join(", ", items.subList(0, Math.min(LISTED, items.size())));
    return items.size() > LISTED ? head + " and " + (items.size() - LISTED) + " more" : head;
  }
}
