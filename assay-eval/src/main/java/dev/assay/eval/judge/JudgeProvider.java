package dev.assay.eval.judge;

import java.util.Map;

/**
 * Registers judges by name for {@link JudgeRegistry}, through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/dev.assay.eval.judge.JudgeProvider}). Each entry maps a judge name to
 * its record class; the class should offer {@code public static X defaults()}, or {@code defaults(String
 * name)} when it serves several names.
 *
 * <pre>{@code
 * public final class MyJudges implements JudgeProvider {
 *   public Map<String, Class<? extends Judge<?, ?>>> judges() {
 *     return Map.of("my-judge", MyJudge.class);
 *   }
 * }
 * }</pre>
 */
public interface JudgeProvider {
  /** Judge names mapped to their record classes. */
  Map<String, Class<? extends Judge<?, ?>>> judges();
}
