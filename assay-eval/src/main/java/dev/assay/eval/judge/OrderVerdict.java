package dev.assay.eval.judge;

import dev.assay.eval.verdict.ParseStatus;
import dev.assay.eval.verdict.PairVerdict;
import java.util.List;

/**
 * The verdict of one presentation order (A then B, or the swap), as the judge saw it — in the
 * swapped order {@code A} means the original answer B. With self-consistency it is the majority
 * of the samples.
 *
 * <pre>{@code
 * OrderVerdict ba = judgment.ba();
 * PairVerdict inOriginalTerms = ba.verdict().swapped();
 * }</pre>
 *
 * @param verdict the verdict in presented terms, null when none could be read
 * @param status how it was obtained (worst of the usable samples)
 * @param raw each sample's raw text (a repaired sample holds both replies)
 * @param rules each sample's parse rule (empty where none matched)
 * @param notes doubts and errors, one per sample that had any
 * @param agreement share of usable samples agreeing with the verdict (1 for a single sample)
 * @param preference a continuous preference in [1, 2] in presented terms (logprob judges), NaN
 *     for verdict judges
 */
public record OrderVerdict(
    PairVerdict verdict,
    ParseStatus status,
    List<String> raw,
    List<String> rules,
    List<String> notes,
    double agreement,
    double preference) {

  public OrderVerdict {
    raw = List.copyOf(raw);
    rules = List.copyOf(rules);
    notes = List.copyOf(notes);
  }

  /** The raw text of the first sample, or empty. */
  public String firstRaw() {
    return raw.isEmpty() ? "" : raw.get(0);
  }
}
