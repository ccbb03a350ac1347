package dev.assay.quality.pii;

/**
 * One piece of personal or secret data found in a text: its type and its UTF-16 offsets
 * ({@code start} inclusive, {@code end} exclusive).
 *
 * <pre>{@code
 * for (PiiSpan s : PiiScanner.scan(text, EnumSet.allOf(PiiType.class))) {
 *   System.out.println(s.type() + " at " + s.start());
 * }
 * }</pre>
 */
public record PiiSpan(PiiType type, int start, int end) {
  public PiiSpan {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /** True when the two spans share at least one character. */
  public boolean overlaps(PiiSpan o) {
    return start < o.end && o.start < end;
  }
}
