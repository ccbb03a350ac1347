package dev.assay.stats.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnionFindTest {
  @Test
  void presizedSetsJoinUnderTheirEarliestMember() {
    UnionFind uf = new UnionFind(6);
    assertThat(uf.size()).isEqualTo(6);
    assertThat(uf.union(4, 2)).isTrue();
    assertThat(uf.union(5, 4)).isTrue();
    assertThat(uf.union(2, 5)).isFalse();
    assertThat(uf.find(5)).isEqualTo(2);
    assertThat(uf.find(0)).isZero();
    assertThat(uf.find(1)).isNotEqualTo(uf.find(2));
  }

  @Test
  void growsPastItsFirstCapacity() {
    UnionFind uf = new UnionFind(3);
    for (int i = 0; i < 5000; i++) {
      uf.add();
    }
    uf.union(5002, 1);
    assertThat(uf.size()).isEqualTo(5003);
    assertThat(uf.find(5002)).isEqualTo(1);
  }
}
