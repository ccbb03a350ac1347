package dev.assay.quality.contamination;

import dev.assay.quality.DatasetCheck;
import dev.assay.quality.Finding;
import dev.assay.quality.QaRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * One run of {@link ContaminationCheck} over a data set. Rows are matched as they are observed,
 * in batches of {@value #BATCH} when embeddings are on (one model call per batch); memory holds one
 * batch of texts plus the matches of flagged rows. Besides the lead's {@link Finding}s, {@link
 * #matches()} gives every matched item of every flagged row, and a listener sees each row's
 * verdict as soon as its batch is done (the CLI streams {@code flagged.jsonl} / {@code clean.jsonl}
 * from it).
 *
 * <pre>{@code
 * ContaminationSession s = check.start();
 * records.forEach(s::observe);
 * Map<Long, Finding> findings = s.findings();
 * Map<Long, List<ContaminationMatch>> matches = s.matches();
 * }</pre>
 */
public final class ContaminationSession implements DatasetCheck.Session {
  /** Rows per embedding batch. */
  public static final int BATCH = 64;

  private final ContaminationDetector detector;
  private final List<QaRecord> pending = new ArrayList<>();
  private final Map<Long, List<ContaminationMatch>> matches = new TreeMap<>();
  private final ContaminationTally tally;
  private BiConsumer<QaRecord, List<ContaminationMatch>> listener = (r, m) -> {};

  ContaminationSession(ContaminationDetector detector) {
    this.detector = detector;
    this.tally = new ContaminationTally(detector);
  }

  /** A session over an already built detector (the CLI builds one with its own embedder). */
  public static ContaminationSession of(ContaminationDetector detector) {
    return new ContaminationSession(detector);
  }

  /**
   * Calls {@code l} with every observed record and its matches (empty when clean), in input
   * order, as soon as the record's batch is matched. Set it before the first {@link #observe}.
   */
  public ContaminationSession onVerdict(BiConsumer<QaRecord, List<ContaminationMatch>> l) {
    this.listener = l;
    return this;
  }

  @Override
  public void observe(QaRecord record) {
    pending.add(record);
    if (detector.embedder() == null || pending.size() >= BATCH) {
      flush();
    }
  }

  /** Matches the buffered rows now (called by {@link #findings()}; the CLI calls it at the end). */
  public void flush() {
    if (pending.isEmpty()) {
      return;
    }
    List<String> texts = new ArrayList<>(pending.size());
    for (QaRecord r : pending) {
      texts.add(r.text());
    }
    List<List<ContaminationMatch>> result = detector.match(texts);
    for (int i = 0; i < pending.size(); i++) {
      QaRecord r = pending.get(i);
      List<ContaminationMatch> m = result.get(i);
      tally.add(m);
      if (!m.isEmpty()) {
        matches.put(r.line(), m);
      }
      listener.accept(r, m);
    }
    pending.clear();
  }

  @Override
  public Map<Long, Finding> findings() {
    flush();
    Map<Long, Finding> out = new LinkedHashMap<>();
    ContaminationCheck c = detector.config();
    for (Map.Entry<Long, List<ContaminationMatch>> e : matches.entrySet()) {
      List<ContaminationMatch> m = e.getValue();
      ContaminationMatch best = m.get(0);
      String more = m.size() > 1 ? " (+" + (m.size() - 1) + " more)" : "";
      Finding f =
          best.matchedGrams() > 0
              ? Finding.of(c.name(), "ngram_overlap", best.overlap(), c.minFraction(), best.describe() + more)
              : Finding.of(c.name(), "embedding_cosine", best.cosine(), c.embeddingThreshold(), best.describe() + more);
      out.put(e.getKey(), f);
    }
    return out;
  }

  /** Every flagged row's matches, keyed by 1-based line. */
  public Map<Long, List<ContaminationMatch>> matches() {
    flush();
    return java.util.Collections.unmodifiableMap(matches);
  }

  @Override
  public Map<String, Object> report() {
    flush();
    return tally.toMap();
  }
}
