package dev.assay.quality.contamination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LongIntMultiMapTest {
  @Test
  void agreesWithAHashMapOfSetsThroughGrowth() {
    Random rnd = new Random(1);
    LongIntMultiMap m = new LongIntMultiMap(4);
    Map<Long, Set<Integer>> expected = new HashMap<>();
    for (int i = 0; i < 20_000; i++) {
      long k = rnd.nextInt(5_000) * 0x9E3779B97F4A7C15L;
      int v = rnd.nextInt(4);
      m.put(k, v);
      expected.computeIfAbsent(k, x -> new TreeSet<>()).add(v);
    }
    assertThat(m.size()).isEqualTo(expected.size());
    for (Map.Entry<Long, Set<Integer>> e : expected.entrySet()) {
      Set<Integer> got = new TreeSet<>();
      for (int v : m.get(e.getKey())) {
        got.add(v);
      }
      assertThat(got).isEqualTo(e.getValue());
      assertThat(m.get(e.getKey())).hasSize(e.getValue().size());
    }
    assertThat(m.get(123456789L)).isEmpty();
  }
}
