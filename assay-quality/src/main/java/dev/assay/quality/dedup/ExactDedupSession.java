package dev.assay.quality.dedup;

import dev.assay.quality.DatasetCheck;
import dev.assay.quality.Finding;
import dev.assay.quality.QaRecord;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * One run of {@link ExactDedup}: groups records by the hash of their normalised text and, at the
 * end, names each group's kept record. Used by one thread.
 *
 * <pre>{@code
 * DatasetCheck.Session s = ExactDedup.defaults().start();
 * s.observe(record);
 * Map<Long, Finding> f = s.findings();
 * }</pre>
 */
final class ExactDedupSession implements DatasetCheck.Session {
  private final ExactDedup config;
  private final TextNormalization normalization;
  private final KeepPolicy policy;
  private final DocTable docs;
  private final LongIntMap groupsByHigh = new LongIntMap(1024);
  private final Map<Key, Integer> collisions = new HashMap<>();
  private long[] groupLow = new long[1024];
  private int[] groupKept = new int[1024];
  private int[] groupSize = new int[1024];
  private int[] docGroup = new int[1024];
  private int groups;
  private long empty;

  private record Key(long high, long low) {}

  ExactDedupSession(ExactDedup config) {
    this.config = config;
    this.normalization = config.normalization();
    this.policy = config.policy();
    this.docs = new DocTable(policy == KeepPolicy.HIGHEST_SCORE ? config.scoreField() : null);
  }

  @Override
  public void observe(QaRecord record) {
    String text = normalization.apply(record.text());
    int doc = docs.add(record.line(), record.text().length(), record.value());
    if (doc == docGroup.length) {
      docGroup = Arrays.copyOf(docGroup, doc + (doc >> 1) + 16);
    }
    if (text.isEmpty()) {
      docGroup[doc] = -1;
      empty++;
      return;
    }
    long[] h = Hashes.hash128(text);
    long low = config.hashBits() == 128 ? h[1] : 0L;
    int g = groupOf(h[0], low, doc);
    docGroup[doc] = g;
    if (groupKept[g] != doc) {
      groupSize[g]++;
      if (docs.replaces(policy, groupKept[g], doc)) {
        groupKept[g] = doc;
      }
    }
  }

  private int groupOf(long high, long low, int doc) {
    int g = groupsByHigh.get(high);
    if (g >= 0 && groupLow[g] == low) {
      return g;
    }
    if (g >= 0) {
      Integer other = collisions.get(new Key(high, low));
      if (other != null) {
        return other;
      }
    }
    int fresh = newGroup(low, doc);
    if (g >= 0) {
      collisions.put(new Key(high, low), fresh);
    } else {
      groupsByHigh.put(high, fresh);
    }
    return fresh;
  }

  private int newGroup(long low, int doc) {
    if (groups == groupLow.length) {
      int cap = groups + (groups >> 1) + 16;
      groupLow = Arrays.copyOf(groupLow, cap);
      groupKept = Arrays.copyOf(groupKept, cap);
      groupSize = Arrays.copyOf(groupSize, cap);
    }
    groupLow[groups] = low;
    groupKept[groups] = doc;
    groupSize[groups] = 1;
    return groups++;
  }

  @Override
  public Map<Long, Finding> findings() {
    Map<Long, Finding> out = new HashMap<>();
    for (int doc = 0; doc < docs.size(); doc++) {
      int g = docGroup[doc];
      if (g < 0 || groupKept[g] == doc) {
        continue;
      }
      long kept = docs.line(groupKept[g]);
      out.put(
          docs.line(doc),
          new Finding(
              ExactDedup.NAME,
              "exact_duplicate",
              1.0,
              1.0,
              "same normalised text as record " + kept + " (group of " + groupSize[g] + ")",
              kept));
    }
    return out;
  }

  @Override
  public Map<String, Object> report() {
    Map<String, Object> r = new LinkedHashMap<>();
    long duplicates = 0;
    long dupGroups = 0;
    TreeMap<Integer, Long> sizes = new TreeMap<>();
    for (int g = 0; g < groups; g++) {
      if (groupSize[g] > 1) {
        dupGroups++;
        duplicates += groupSize[g] - 1;
        sizes.merge(groupSize[g], 1L, Long::sum);
      }
    }
    r.put("records", (long) docs.size());
    r.put("empty_texts", empty);
    r.put("distinct_texts", (long) groups);
    r.put("duplicate_groups", dupGroups);
    r.put("duplicates", duplicates);
    r.put("hash_bits", config.hashBits());
    r.put("keep", policy.configName());
    Map<String, Long> hist = new LinkedHashMap<>();
    sizes.forEach((k, v) -> hist.put(String.valueOf(k), v));
    r.put("group_size_histogram", hist);
    return r;
  }
}
