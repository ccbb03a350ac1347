package dev.assay.quality.heuristics;

import dev.assay.quality.Check;
import dev.assay.quality.CheckProvider;
import dev.assay.quality.language.LanguageCheck;
import dev.assay.quality.pii.PiiCheck;
import java.util.Map;

/**
 * Registers the record-level checks: {@code gopher_quality}, {@code gopher_repetition}, {@code c4},
 * {@code fineweb}, {@code length}, {@code empty}, {@code language} and {@code pii}.
 *
 * <pre>{@code
 * Check c = CheckRegistry.create("gopher_repetition", Json.MAPPER.readTree("{\"dup_line_frac\": 0.2}"));
 * }</pre>
 */
public final class RecordChecks implements CheckProvider {
  @Override
  public Map<String, Class<? extends Check>> checks() {
    return Map.of(
        GopherQuality.NAME, GopherQuality.class,
        GopherRepetition.NAME, GopherRepetition.class,
        C4Rules.NAME, C4Rules.class,
        FineWebRules.NAME, FineWebRules.class,
        LengthCheck.NAME, LengthCheck.class,
        EmptyCheck.NAME, EmptyCheck.class,
        LanguageCheck.NAME, LanguageCheck.class,
        PiiCheck.NAME, PiiCheck.class);
  }
}
