package dev.assay.quality.heuristics;

import dev.assay.quality.QaRecord;
import dev.assay.quality.RecordCheck;
import dev.assay.quality.Verdict;

/** Test helpers: wrap a text in a record and check it. */
final class Records {
  private Records() {}

  static QaRecord of(String text) {
    return new QaRecord(1, "1", null, text);
  }

  static Verdict check(RecordCheck c, String text) {
    return c.check(of(text));
  }

  /** The rule of the first finding, as datatrove reports the first failing rule; null when it passes. */
  static String firstRule(RecordCheck c, String text) {
    Verdict v = check(c, text);
    return v.passed() ? null : v.findings().get(0).rule();
  }
}
