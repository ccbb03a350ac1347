package dev.assay.models.toxicity;

/**
 * Makes {@link ToxicityScorer}s from a spec string, registered through {@link
 * java.util.ServiceLoader} ({@code META-INF/services/dev.assay.models.toxicity.ToxicityScorerProvider}).
 *
 * <pre>{@code
 * public final class PerspectiveProvider implements ToxicityScorerProvider {
 *   public boolean accepts(String spec) { return spec.equals("perspective"); }
 *   public ToxicityScorer open(String spec) { return new PerspectiveScorer(PerspectiveConfig.fromEnv()); }
 * }
 * }</pre>
 */
public interface ToxicityScorerProvider {
  /** A one-line description of the specs this provider accepts, for error messages and --help. */
  String usage();

  /** True when this provider handles {@code spec} (e.g. {@code embedded}, {@code onnx:/m.onnx}). */
  boolean accepts(String spec);

  /** Opens a scorer for {@code spec}; the caller closes it. */
  ToxicityScorer open(String spec);
}
