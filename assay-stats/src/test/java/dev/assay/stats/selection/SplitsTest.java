package dev.assay.stats.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SplitsTest {
  /** sklearn/model_selection/tests/test_split.py test_kfold_no_shuffle. */
  @Test
  void kfoldNoShuffle() {
    List<Fold> f = KFold.split(4, 2, false, 0);
    assertThat(f.get(0).test()).containsExactly(0, 1);
    assertThat(f.get(0).train()).containsExactly(2, 3);
    assertThat(f.get(1).test()).containsExactly(2, 3);
    f = KFold.split(5, 2, false, 0);
    assertThat(f.get(0).test()).containsExactly(0, 1, 2);
    assertThat(f.get(0).train()).containsExactly(3, 4);
    assertThat(f.get(1).test()).containsExactly(3, 4);
  }

  /** sklearn 1.2.1: [list(t) for _, t in KFold(4).split(np.ones(10))] = [[0,1,2],[3,4,5],[6,7],[8,9]]. */
  @Test
  void kfoldSizes() {
    List<Fold> f = KFold.split(10, 4, false, 0);
    assertThat(f.stream().map(x -> x.test().length).toList()).containsExactly(3, 3, 2, 2);
    assertThat(f.get(2).test()).containsExactly(6, 7);
  }

  @Test
  void kfoldShufflePartitionsAndIsSeeded() {
    List<Fold> a = KFold.split(23, 5, true, 11);
    assertThat(a).isEqualTo(KFold.split(23, 5, true, 11));
    Set<Integer> all = new HashSet<>();
    for (Fold f : a) {
      for (int i : f.test()) {
        assertThat(all.add(i)).isTrue();
      }
      assertThat(f.train().length + f.test().length).isEqualTo(23);
    }
    assertThat(all).hasSize(23);
    assertThat(a.stream().map(x -> x.test().length).toList()).containsExactly(5, 5, 5, 4, 4);
  }

  /** sklearn test_split.py test_stratified_kfold_no_shuffle (int and string labels). */
  @Test
  void stratifiedNoShuffle() {
    List<Fold> f = StratifiedKFold.split(List.of(1, 1, 0, 0), 2, false, 0);
    assertThat(f.get(0).test()).containsExactly(0, 2);
    assertThat(f.get(1).test()).containsExactly(1, 3);
    f = StratifiedKFold.split(List.of(1, 1, 1, 0, 0, 0, 0), 2, false, 0);
    assertThat(f.get(0).test()).containsExactly(0, 1, 3, 4);
    assertThat(f.get(1).test()).containsExactly(2, 5, 6);
    assertThat(StratifiedKFold.split(List.of("1", "1", "1", "0", "0", "0", "0"), 2, false, 0)).isEqualTo(f);
  }

  /**
   * sklearn 1.2.1: StratifiedKFold(3).split(np.ones(14), [0,1,2,0,1,0,0,2,1,1,0,0,2,1]) test
   * folds = [[0,1,2,3,4], [5,6,7,8,9], [10,11,12,13]].
   */
  @Test
  void stratifiedThreeClasses() {
    List<Fold> f = StratifiedKFold.split(List.of(0, 1, 2, 0, 1, 0, 0, 2, 1, 1, 0, 0, 2, 1), 3, false, 0);
    assertThat(f.get(0).test()).containsExactly(0, 1, 2, 3, 4);
    assertThat(f.get(1).test()).containsExactly(5, 6, 7, 8, 9);
    assertThat(f.get(2).test()).containsExactly(10, 11, 12, 13);
  }

  /**
   * sklearn 1.2.1: g = ['a','b','b','c','c','c','d','e','e','e','e','f','a','c','g'];
   * GroupKFold(3).split(g, groups=g) test folds = [[7,8,9,10,14], [3,4,5,11,13], [0,1,2,6,12]].
   */
  @Test
  void groupKFoldMatchesSklearn() {
    List<String> g = Arrays.asList("a", "b", "b", "c", "c", "c", "d", "e", "e", "e", "e", "f", "a", "c", "g");
    List<Fold> f = GroupKFold.split(g, 3);
    assertThat(f.get(0).test()).containsExactly(7, 8, 9, 10, 14);
    assertThat(f.get(1).test()).containsExactly(3, 4, 5, 11, 13);
    assertThat(f.get(2).test()).containsExactly(0, 1, 2, 6, 12);
  }

  @Test
  void rejectsImpossibleSplits() {
    assertThatThrownBy(() -> KFold.split(3, 4, false, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 3");
    assertThatThrownBy(() -> GroupKFold.split(List.of("a", "a", "b"), 3)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("per group");
    assertThatThrownBy(() -> StratifiedKFold.split(List.of(0, 1, 2), 2, false, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  /** sklearn ParameterGrid({'b': [1, 2], 'a': ['x', 'y']}) order: a=x,b=1; a=x,b=2; a=y,b=1; a=y,b=2. */
  @Test
  void gridOrderMatchesParameterGridAndPicksBest() {
    Map<String, List<?>> space = Map.of("b", List.of(1, 2), "a", List.of("x", "y"));
    SearchResult<Map<String, Object>> r =
        HyperparameterSearch.grid(space, p -> ((Integer) p.get("b")) + (p.get("a").equals("y") ? 10 : 0));
    assertThat(r.trials()).extracting(t -> t.params().toString())
        .containsExactly("{a=x, b=1}", "{a=x, b=2}", "{a=y, b=1}", "{a=y, b=2}");
    assertThat(r.best()).isEqualTo(Map.of("a", "y", "b", 2));
    assertThat(r.bestScore()).isEqualTo(12.0);
  }

  @Test
  void randomSearchIsSeeded() {
    Map<String, List<?>> space = Map.of("lr", List.of(0.1, 0.01, 0.001), "depth", List.of(2, 4, 8));
    SearchResult<Map<String, Object>> a = HyperparameterSearch.random(space, 5, 3, p -> (Integer) p.get("depth"));
    SearchResult<Map<String, Object>> b = HyperparameterSearch.random(space, 5, 3, p -> (Integer) p.get("depth"));
    assertThat(a.trials()).isEqualTo(b.trials());
    assertThat(a.trials()).hasSize(5);
    assertThat(a.bestScore()).isEqualTo(a.trials().stream().mapToDouble(SearchResult.Trial::score).max().getAsDouble());
  }
}
