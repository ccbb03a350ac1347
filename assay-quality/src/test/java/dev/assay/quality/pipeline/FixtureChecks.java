package dev.assay.quality.pipeline;

import dev.assay.quality.Check;
import dev.assay.quality.CheckProvider;
import dev.assay.quality.DatasetCheck;
import dev.assay.quality.Finding;
import dev.assay.quality.QaRecord;
import dev.assay.quality.RecordCheck;
import dev.assay.quality.Verdict;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small checks that exist only to exercise the pipeline runner in tests. */
public final class FixtureChecks implements CheckProvider {
  @Override
  public Map<String, Class<? extends Check>> checks() {
    return Map.of(
        "test_min_words", MinWords.class,
        "test_mask_digits", MaskDigits.class,
        "test_same_text", SameText.class,
        "test_trim", Trim.class);
  }

  /** Flags texts with fewer than {@code minWords} words. */
  public record MinWords(int minWords) implements RecordCheck {
    public static MinWords defaults() {
      return new MinWords(3);
    }

    @Override
    public String name() {
      return "test_min_words";
    }

    @Override
    public Verdict check(QaRecord r) {
      int words = r.text().isBlank() ? 0 : r.text().strip().split("\\s+").length;
      return words >= minWords
          ? Verdict.PASS
          : new Verdict(List.of(Finding.of(name(), "words", words, minWords, "too few words")), null);
    }
  }

  /** Replaces digits with {@code mask}. */
  public record MaskDigits(String mask) implements RecordCheck {
    public static MaskDigits defaults() {
      return new MaskDigits("#");
    }

    @Override
    public String name() {
      return "test_mask_digits";
    }

    @Override
    public Verdict check(QaRecord r) {
      String masked = r.text().replaceAll("[0-9]", mask);
      return masked.equals(r.text())
          ? Verdict.PASS
          : new Verdict(List.of(Finding.of(name(), "digits", 1, 0, "digits")), masked);
    }
  }

  /** Edits without finding anything (as C4's line removal does): strips surrounding spaces. */
  public record Trim() implements RecordCheck {
    @Override
    public String name() {
      return "test_trim";
    }

    @Override
    public Verdict check(QaRecord r) {
      return new Verdict(List.of(), r.text().strip());
    }
  }

  /** Flags later records whose text equals an earlier one's. */
  public record SameText() implements DatasetCheck {
    @Override
    public String name() {
      return "test_same_text";
    }

    @Override
    public Session start() {
      Map<String, Long> first = new HashMap<>();
      Map<Long, Finding> found = new LinkedHashMap<>();
      return new Session() {
        @Override
        public void observe(QaRecord r) {
          Long prev = first.putIfAbsent(r.text(), r.line());
          if (prev != null) {
            found.put(r.line(), new Finding("test_same_text", "exact", 1, 1, null, prev));
          }
        }

        @Override
        public Map<Long, Finding> findings() {
          return found;
        }

        @Override
        public Map<String, Object> report() {
          return Map.of("duplicates", found.size());
        }
      };
    }
  }
}
