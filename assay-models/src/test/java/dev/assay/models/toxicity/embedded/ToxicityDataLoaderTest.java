package dev.assay.models.toxicity.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.testkit.SharedData;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ToxicityDataLoaderTest {
  @Test
  void toxigenFilesRepeatAFewStatementsAndTheLoaderKeepsEachOnce() {
    Path dir = SharedData.path("toxicity/toxigen").getParent();
    Path file = dir.resolve("toxigen/hate_asian_1k.txt.gz");
    List<String> statements = ToxicityDataLoader.toxigenStatements(file);
    assertThat(ToxicityDataLoader.lineCount(file)).isEqualTo(1000);
    assertThat(statements).doesNotHaveDuplicates().hasSizeBetween(5, 100);
    assertThat(statements).allSatisfy(s -> assertThat(s).doesNotContain("\\n").doesNotStartWith("-").isNotBlank());

    List<ToxicityExample> all = ToxicityDataLoader.toxigen(dir.resolve("toxigen"));
    assertThat(all).extracting(ToxicityExample::text).doesNotHaveDuplicates();
    assertThat(all).hasSizeBetween(300, 1500);
    assertThat(new HashSet<>(all.stream().map(ToxicityExample::group).toList())).contains("asian", "women", "mental_disability");
    assertThat(all).allSatisfy(e -> assertThat(e.toxicity()).isEqualTo(e.identityAttack()));
  }

  @Test
  void davidsonQuotedFieldsAndLabelsMapAsDocumented() {
    List<List<String>> rows = Csv.parse(",count,class,tweet\n0,3,0,\"a, \"\"quoted\"\"\nline\"\n1,3,2,plain\n");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(1).get(3)).isEqualTo("a, \"quoted\"\nline");
    assertThat(rows.get(2)).containsExactly("1", "3", "2", "plain");
  }

  @Test
  void tweetsAreNormalisedToOlidConventions() {
    assertThat(TweetText.normalise("RT @bob_1: look http://t.co/x &amp;  see")).isEqualTo("RT @USER: look URL & see");
    assertThat(TweetText.normalise("   ")).isEmpty();
  }
}
