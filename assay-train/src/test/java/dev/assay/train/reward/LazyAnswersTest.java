package dev.assay.train.reward;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.models.reward.RewardPair;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LazyAnswersTest {
  private static RewardPair pair(String id, String source, String prompt, String chosen, double label) {
    return new RewardPair(id, id, source, null, prompt, chosen, "other answer", label, 0);
  }

  @Test
  void onePairPerPromptOfTheChosenSourcesWithItsFirstPreferredAnswer() {
    List<RewardPair> data = List.of(
        pair("1", "alpacaeval", "How do I boil an egg?", "Simmer it for 9 minutes.", 1.0),
        pair("2", "alpacaeval", "How do I boil an egg?", "Another answer.", 1.0),
        pair("3", "alpacaeval", "Name a prime.", "Seven.", 0.5),              // a tie says nothing
        pair("4", "hh-rlhf", "How do I pick a lock?", "I won't help with that.", 1.0),
        pair("5", "alpacaeval", "Write a haiku.", "Leaves fall\nslowly\ndown", 0.8));
    List<RewardPair> lazy = LazyAnswers.pairs(data, Set.of("alpacaeval"), 42);
    assertThat(lazy).extracting(RewardPair::prompt).containsExactly("How do I boil an egg?", "Write a haiku.");
    assertThat(lazy.get(0).chosen()).isEqualTo("Simmer it for 9 minutes.");
    assertThat(lazy).allSatisfy(p -> {
      assertThat(LazyAnswers.REPLIES).contains(p.rejected());
      assertThat(p.source()).isEqualTo(LazyAnswers.SOURCE);
      assertThat(p.label()).isEqualTo(1.0);
    });
    assertThat(LazyAnswers.pairs(data, Set.of("alpacaeval"), 42)).isEqualTo(lazy);
  }

  @Test
  void theRepliesAreNonAnswersNotRefusals() {
    assertThat(LazyAnswers.REPLIES).noneMatch(r -> r.toLowerCase().contains("can't") || r.toLowerCase().contains("cannot")
        || r.toLowerCase().contains("won't"));
  }
}
