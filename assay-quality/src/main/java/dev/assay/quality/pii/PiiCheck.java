package dev.assay.quality.pii;

import dev.assay.quality.Finding;
import dev.assay.quality.QaRecord;
import dev.assay.quality.RecordCheck;
import dev.assay.quality.Verdict;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds personal and secret data ({@link PiiType}): e-mail addresses, phone numbers, payment cards,
 * IBANs, IPv4/IPv6 addresses, US SSNs and secrets. Each found type gives one finding: rule = the
 * type ({@code email}), value = how many spans of it, threshold 0, and a detail with the mode, the
 * counts of every type found and the first offsets (never the matched text itself, so reports do
 * not copy the PII they flag).
 *
 * <p><b>Modes.</b> {@code mode} (default {@code detect}) applies to every type, {@code modes}
 * overrides it per type. {@code detect} only reports; {@code redact} also replaces each span in
 * {@link Verdict#redactedText()} with {@code placeholder}, where {@code {TYPE}} stands for the
 * upper-case type ({@code [EMAIL]}, {@code [CREDIT_CARD]}). What happens to the record is the
 * pipeline action's choice (reject, tag, or redact to keep it with the redacted text); to reject on
 * one type and redact another, configure two {@code pii} checks with different {@code types}.
 *
 * <pre>{@code
 * PiiCheck pii = new PiiCheck(List.of("email", "phone"), "redact", Map.of("phone", "detect"), "<{TYPE}>");
 * Verdict v = pii.check(new QaRecord(1, "1", null, "write to ann@example.org"));
 * v.redactedText();   // "write to <EMAIL>"
 * }</pre>
 */
public record PiiCheck(List<String> types, String mode, Map<String, String> modes, String placeholder)
    implements RecordCheck {

  /** The name used in pipelines. */
  public static final String NAME = "pii";

  public PiiCheck {
    List<String> ids = new ArrayList<>();
    for (String t : types == null ? List.<String>of() : types) {
      String id = PiiType.parse(t).id();
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("types must name at least one PII type");
    }
    types = List.copyOf(ids);
    mode = checkMode("mode", mode == null ? "detect" : mode);
    Map<String, String> m = new TreeMap<>();
    if (modes != null) {
      for (Map.Entry<String, String> e : modes.entrySet()) {
        m.put(PiiType.parse(e.getKey()).id(), checkMode("modes." + e.getKey(), e.getValue()));
      }
    }
    modes = java.util.Collections.unmodifiableMap(m);
    if (placeholder == null) {
      throw new IllegalArgumentException("placeholder must be a string such as \"[{TYPE}]\"");
    }
  }

  /** Every type, detect only, placeholder {@code [{TYPE}]}. */
  public static PiiCheck defaults() {
    List<String> all = new ArrayList<>();
    for (PiiType t : PiiType.values()) {
      all.add(t.id());
    }
    return new PiiCheck(all, "detect", Map.of(), "[{TYPE}]");
  }

  @Override
  public String name() {
    return NAME;
  }

  /** The spans this check finds in {@code text}. */
  public List<PiiSpan> spans(String text) {
    Set<PiiType> enabled = EnumSet.noneOf(PiiType.class);
    for (String t : types) {
      enabled.add(PiiType.parse(t));
    }
    return PiiScanner.scan(text, enabled);
  }

  @Override
  public Verdict check(QaRecord record) {
    String text = record.text();
    List<PiiSpan> spans = spans(text);
    if (spans.isEmpty()) {
      return Verdict.PASS;
    }
    Map<PiiType, List<PiiSpan>> byType = new EnumMap<>(PiiType.class);
    for (PiiSpan s : spans) {
      byType.computeIfAbsent(s.type(), k -> new ArrayList<>()).add(s);
    }
    StringBuilder counts = new StringBuilder();
    byType.forEach((t, l) -> counts.append(counts.isEmpty() ? "" : ", ").append(t.id()).append('=').append(l.size()));
    List<Finding> findings = new ArrayList<>(byType.size());
    StringBuilder redacted = null;
    int copied = 0;
    for (PiiSpan s : spans) {
      if (redacts(s.type())) {
        if (redacted == null) {
          redacted = new StringBuilder(text.length());
        }
        redacted.append(text, copied, s.start()).append(placeholderFor(s.type()));
        copied = s.end();
      }
    }
    byType.forEach((t, l) -> findings.add(Finding.of(NAME, t.id(), l.size(), 0,
        l.size() + " " + t.id() + (redacts(t) ? " (redacted)" : " (detected)") + " at " + offsets(l) + "; found " + counts)));
    String out = redacted == null ? null : redacted.append(text, copied, text.length()).toString();
    return new Verdict(findings, out);
  }

  private boolean redacts(PiiType t) {
    return modes.getOrDefault(t.id(), mode).equals("redact");
  }

  private String placeholderFor(PiiType t) {
    return placeholder.replace("{TYPE}", t.name()).replace("{type}", t.id());
  }

  private static String offsets(List<PiiSpan> spans) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < Math.min(5, spans.size()); i++) {
      b.append(i == 0 ? "" : ", ").append(spans.get(i).start()).append('-').append(spans.get(i).end());
    }
    return spans.size() > 5 ? b.append(", ...").toString() : b.toString();
  }

  private static String checkMode(String param, String m) {
    String v = m == null ? "" : m.toLowerCase(Locale.ROOT);
    if (!v.equals("detect") && !v.equals("redact")) {
      throw new IllegalArgumentException(param + " must be \"detect\" or \"redact\", found \"" + m + "\"");
    }
    return v;
  }
}
