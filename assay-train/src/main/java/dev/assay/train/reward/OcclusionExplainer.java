package dev.assay.train.reward;

import dev.assay.models.reward.RewardScorer;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Per-sentence occlusion attribution: how much each sentence of a response moves its reward. The
 * response is split into sentences ({@link BreakIterator}, root locale); for each sentence the
 * reward of the response without it is computed, and the sentence's attribution is {@code
 * reward(full) - reward(without it)} (positive: the sentence raises the reward). All variants are
 * scored in one batch.
 *
 * <pre>{@code
 * try (RewardScorer s = RewardScorer.open(RewardModel.load("default"), null)) {
 *   OcclusionExplainer.Explanation e = OcclusionExplainer.explain(s, "Capital of France?", "Paris. It is big.");
 *   e.sentences().get(0).attribution();
 * }
 * }</pre>
 */
public final class OcclusionExplainer {
  /** One sentence, its character offsets in the response and its attribution. */
  public record Sentence(int start, int end, String text, double attribution) {}

  /** The reward of the whole response and each sentence's attribution, in order. */
  public record Explanation(double reward, List<Sentence> sentences) {
    /** Copies the list. */
    public Explanation {
      sentences = List.copyOf(sentences);
    }

    /** As a map for JSON. */
    public Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("reward", reward);
      m.put("sentences", sentences.stream().map(s -> {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("start", s.start());
        x.put("end", s.end());
        x.put("text", s.text());
        x.put("attribution", s.attribution());
        return x;
      }).toList());
      return m;
    }
  }

  private OcclusionExplainer() {}

  /** Sentence spans {@code [start, end)} of {@code text}, blank spans dropped. */
  public static List<int[]> sentences(String text) {
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.ROOT);
    it.setText(text);
    List<int[]> out = new ArrayList<>();
    for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      if (!text.substring(start, end).isBlank()) {
        out.add(new int[] {start, end});
      }
    }
    return out;
  }

  /** Explains the reward of {@code response} to {@code prompt}. */
  public static Explanation explain(RewardScorer scorer, String prompt, String response) {
    List<int[]> spans = sentences(response);
    List<String> prompts = new ArrayList<>();
    List<String> variants = new ArrayList<>();
    prompts.add(prompt);
    variants.add(response);
    for (int[] s : spans) {
      prompts.add(prompt);
      variants.add((response.substring(0, s[0]) + response.substring(s[1])).strip());
    }
    double[] r = scorer.score(prompts, variants);
    List<Sentence> out = new ArrayList<>();
    for (int k = 0; k < spans.size(); k++) {
      int[] s = spans.get(k);
      out.add(new Sentence(s[0], s[1], response.substring(s[0], s[1]).strip(), r[0] - r[k + 1]));
    }
    return new Explanation(r[0], out);
  }
}
