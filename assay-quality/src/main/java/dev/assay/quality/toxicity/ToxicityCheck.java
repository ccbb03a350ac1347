package dev.assay.quality.toxicity;

import dev.assay.models.toxicity.ToxicityScorer;
import dev.assay.models.toxicity.ToxicityScorers;
import dev.assay.quality.DatasetCheck;
import dev.assay.quality.Finding;
import dev.assay.quality.QaRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Flags records whose toxicity score crosses a threshold, per label, with any {@link
 * ToxicityScorer} ({@code embedded}, {@code onnx:<path>}, {@code perspective}). A dataset check so
 * that texts are scored in batches (the efficient path for every scorer); use it with action
 * {@code reject} or {@code tag}.
 *
 * <pre>{@code
 * - name: toxicity
 *   action: tag
 *   params: {scorer: embedded, thresholds: {toxicity: 0.5, identity_attack: 0.5}}
 * }</pre>
 *
 * @param scorer the scorer spec
 * @param thresholds label -> threshold; a record is flagged for each label at or above it
 * @param batchSize texts scored per call
 */
public record ToxicityCheck(String scorer, Map<String, Double> thresholds, int batchSize) implements DatasetCheck {
  /** The registered name. */
  public static final String NAME = "toxicity";

  public ToxicityCheck {
    if (scorer == null || scorer.isBlank()) {
      throw new IllegalArgumentException("scorer: expected a scorer such as embedded, found nothing");
    }
    thresholds = thresholds == null ? Map.of(ToxicityScorer.TOXICITY, 0.5) : new TreeMap<>(thresholds);
    for (Map.Entry<String, Double> e : thresholds.entrySet()) {
      if (e.getValue() == null || !(e.getValue() >= 0 && e.getValue() <= 1)) {
        throw new IllegalArgumentException(
            "thresholds." + e.getKey() + ": expected a probability in [0, 1], found " + e.getValue());
      }
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch_size: expected at least 1, found " + batchSize);
    }
  }

  /** The embedded scorer, toxicity at 0.5, batches of 64. */
  public static ToxicityCheck defaults() {
    return new ToxicityCheck("embedded", Map.of(ToxicityScorer.TOXICITY, 0.5), 64);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Session start() {
    return new ScoringSession();
  }

  private final class ScoringSession implements Session {
    private final ToxicityScorer model = ToxicityScorers.open(scorer);
    private final List<Long> lines = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private final Map<Long, Finding> findings = new LinkedHashMap<>();
    private final Map<String, Long> flaggedByLabel = new TreeMap<>();
    private long scored;
    private boolean closed;

    @Override
    public void observe(QaRecord r) {
      lines.add(r.line());
      texts.add(r.text());
      if (texts.size() >= batchSize) {
        flush();
      }
    }

    private void flush() {
      if (texts.isEmpty()) {
        return;
      }
      List<Map<String, Double>> scores = model.score(texts);
      for (int i = 0; i < texts.size(); i++) {
        scored++;
        Finding worst = null;
        for (Map.Entry<String, Double> t : thresholds.entrySet()) {
          Double s = scores.get(i).get(t.getKey());
          if (s != null && s >= t.getValue()) {
            flaggedByLabel.merge(t.getKey(), 1L, Long::sum);
            if (worst == null || s > worst.value()) {
              worst = Finding.of(NAME, t.getKey(), s, t.getValue(), "scored by " + model.name());
            }
          }
        }
        if (worst != null) {
          findings.put(lines.get(i), worst);
        }
      }
      lines.clear();
      texts.clear();
    }

    @Override
    public Map<Long, Finding> findings() {
      flush();
      if (!closed) {
        model.close();
        closed = true;
      }
      return findings;
    }

    @Override
    public Map<String, Object> report() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("scorer", model.info());
      m.put("scored", scored);
      m.put("flagged_by_label", flaggedByLabel);
      return m;
    }
  }
}
