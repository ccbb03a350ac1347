package dev.assay.train.toxicity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How much each training example counts, by the source it came from. The sources disagree about
 * what "offensive" means and differ tenfold in size, so the weighting decides which definition the
 * model learns.
 *
 * <ul>
 *   <li>{@code pooled}: every example weight 1 (the largest source dominates);
 *   <li>{@code balanced}: each source present gets the same total weight, {@code n / (k n_s)};
 *   <li>{@code balanced-olid<m>} (e.g. {@code balanced-olid4}): balanced, then OLID examples
 *       count {@code m} times (OLID's stricter definition of offensive pulls harder).
 * </ul>
 *
 * <pre>{@code
 * SourceWeighting w = SourceWeighting.parse("balanced-olid4");
 * double[] weights = w.weights(List.of("olid", "davidson", "davidson"));
 * }</pre>
 *
 * @param name the spec it was parsed from
 * @param balanced whether sources are first brought to equal total weight
 * @param olidMultiplier the extra factor on OLID examples (1 for none)
 */
public record SourceWeighting(String name, boolean balanced, double olidMultiplier) {
  /** The weighting the bundled model was trained with until v1. */
  public static final SourceWeighting BALANCED = new SourceWeighting("balanced", true, 1);

  /** Checks the fields. */
  public SourceWeighting {
    if (!(olidMultiplier > 0) || Double.isInfinite(olidMultiplier)) {
      throw new IllegalArgumentException("OLID multiplier: expected a positive number, found " + olidMultiplier);
    }
  }

  /** Parses {@code pooled}, {@code balanced} or {@code balanced-olid<m>}. */
  public static SourceWeighting parse(String spec) {
    if (spec.equals("pooled")) {
      return new SourceWeighting(spec, false, 1);
    }
    if (spec.equals("balanced")) {
      return BALANCED;
    }
    if (spec.startsWith("balanced-olid")) {
      try {
        return new SourceWeighting(spec, true, Double.parseDouble(spec.substring("balanced-olid".length())));
      } catch (IllegalArgumentException e) {
        // fall through to the error below
      }
    }
    throw new IllegalArgumentException("weighting: expected pooled, balanced or balanced-olid<m> (e.g. balanced-olid4), found '" + spec + "'");
  }

  /** One weight per example, given each example's source. */
  public double[] weights(List<String> sources) {
    Map<String, Integer> count = new LinkedHashMap<>();
    for (String s : sources) {
      count.merge(s, 1, Integer::sum);
    }
    double[] w = new double[sources.size()];
    for (int i = 0; i < w.length; i++) {
      String s = sources.get(i);
      double base = balanced ? (double) sources.size() / (count.size() * count.get(s)) : 1.0;
      w[i] = s.equals("olid") ? base * olidMultiplier : base;
    }
    return w;
  }
}
