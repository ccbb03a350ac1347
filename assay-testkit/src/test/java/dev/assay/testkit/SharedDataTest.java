package dev.assay.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/** Where SharedData finds the reference data, and what a test does when it is missing: skip, or fail on CI. */
class SharedDataTest {
  @TempDir Path dir;

  @Test
  void findsSharedDataInTheNearestFolderAbove() throws Exception {
    Path data = Files.createDirectories(dir.resolve("shared/data/mt_bench"));
    Files.writeString(data.resolve("question.jsonl"), "{}\n");
    Path checkout = Files.createDirectories(dir.resolve("checkout/assay-core"));
    Optional<Path> root = SharedData.root(checkout);
    assertThat(root).contains(dir.resolve("shared/data"));
    assertThat(SharedData.path(root, "mt_bench/question.jsonl", true)).isEqualTo(data.resolve("question.jsonl"));
  }

  @Test
  void aMissingFolderFailsOnCiSayingWhatToInstall() {
    Optional<Path> missing = SharedData.root(Path.of("/").resolve("nonexistent-" + System.nanoTime()));
    assertThat(missing).isEmpty();
    assertThatThrownBy(() -> SharedData.path(missing, "mt_bench/question.jsonl", true))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("shared/data/mt_bench/question.jsonl not found")
        .hasMessageContaining("CI is set, so this test fails instead of skipping")
        .hasMessageContaining("put the public reference data set in ../shared/data");
  }

  @Test
  void aMissingFileUnderAnExistingFolderFailsOnCiNamingTheFolder() throws Exception {
    Path root = Files.createDirectories(dir.resolve("shared/data"));
    assertThatThrownBy(() -> SharedData.path(Optional.of(root), "alpaca_eval", true))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("shared/data/alpaca_eval not found (looked in " + root + ")");
  }

  @Test
  void aMissingFolderSkipsOffCi() {
    assertThatThrownBy(() -> SharedData.path(Optional.empty(), "mt_bench/question.jsonl", false))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("test skipped");
  }

  @Test
  void ciMeansTheVariableIsSetAndNotBlank() {
    assertThat(Ci.active("true")).isTrue();
    assertThat(Ci.active("1")).isTrue();
    assertThat(Ci.active("")).isFalse();
    assertThat(Ci.active(" ")).isFalse();
    assertThat(Ci.active(null)).isFalse();
  }
}
