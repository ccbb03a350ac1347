package dev.assay.core.profile;

import dev.assay.core.model.Message;
import dev.assay.core.model.Sample;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A quick profile of a chat data set: how many samples and turns, how long prompts and responses
 * are, how many samples repeat an earlier one exactly. Memory grows with the number of distinct
 * samples (one 64-bit hash each), not with their text.
 *
 * <pre>{@code
 * SampleProfile p = new SampleProfile();
 * samples.forEach(p::add);
 * Map<String, Object> summary = p.summary();
 * }</pre>
 */
public final class SampleProfile {
  private long samples;
  private long turns;
  private final Map<String, Long> turnsByRole = new TreeMap<>();
  private final Map<String, Long> charsByRole = new TreeMap<>();
  private final Map<Integer, Long> turnCounts = new TreeMap<>();
  private final Set<Long> seen = new HashSet<>();
  private long exactDuplicates;
  private long emptyResponses;

  /** Adds one sample. */
  public void add(Sample s) {
    samples++;
    turnCounts.merge(s.messages().size(), 1L, Long::sum);
    long h = 1125899906842597L;
    for (Message m : s.messages()) {
      turns++;
      turnsByRole.merge(m.role(), 1L, Long::sum);
      charsByRole.merge(m.role(), (long) m.content().length(), Long::sum);
      h = 31 * h + m.role().hashCode();
      h = 1_000_003 * h + m.content().hashCode() * 0x9E3779B97F4A7C15L;
    }
    if (!seen.add(h)) {
      exactDuplicates++;
    }
    String r = s.response();
    if (r == null || r.isBlank()) {
      emptyResponses++;
    }
  }

  /** The profile as an ordered map, ready for JSON. */
  public Map<String, Object> summary() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("samples", samples);
    out.put("turns", turns);
    out.put("turns_per_sample", turnCounts);
    Map<String, Object> roles = new LinkedHashMap<>();
    for (Map.Entry<String, Long> e : turnsByRole.entrySet()) {
      long chars = charsByRole.getOrDefault(e.getKey(), 0L);
      roles.put(
          e.getKey(),
          Map.of("turns", e.getValue(), "mean_chars", Math.round(10.0 * chars / e.getValue()) / 10.0));
    }
    out.put("roles", roles);
    out.put("exact_duplicates", exactDuplicates);
    out.put("missing_or_empty_responses", emptyResponses);
    return out;
  }
}
