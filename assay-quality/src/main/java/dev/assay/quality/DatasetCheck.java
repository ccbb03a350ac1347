package dev.assay.quality;

import java.util.Map;

/**
 * A check that needs to see the whole data set before it can judge a record (exact, near and
 * semantic duplicates; contamination against a benchmark). The pipeline makes two passes: it calls
 * {@link Session#observe(QaRecord)} for every record in input order (from one thread), then
 * {@link Session#findings()} once, and applies the findings in the second pass. Memory should grow
 * with what must be remembered (hashes, signatures, embeddings), never with the raw text.
 *
 * <pre>{@code
 * DatasetCheck.Session s = dedup.start();
 * records.forEach(s::observe);
 * Map<Long, Finding> dups = s.findings();   // keyed by QaRecord.line(), the record's ordinal
 * }</pre>
 */
public non-sealed interface DatasetCheck extends Check {

  /** Starts one run of this check over a data set. */
  Session start();

  /** The mutable state of one run; used by one thread. */
  interface Session {
    /** Sees one record; called once per record, in input order. */
    void observe(QaRecord record);

    /**
     * After every record was observed: the findings, keyed by {@link QaRecord#line()} (the
     * record's ordinal in the input set, never a physical line, so records sharing a line differ).
     */
    Map<Long, Finding> findings();

    /** Figures for the report (e.g. cluster-size histogram, candidate pairs); may be empty. */
    default Map<String, Object> report() {
      return Map.of();
    }
  }
}
