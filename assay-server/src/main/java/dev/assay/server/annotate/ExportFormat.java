package dev.assay.server.annotate;

import dev.assay.core.AssayInputException;

/**
 * The shapes a project exports to.
 *
 * <pre>{@code
 * ExportFormat f = ExportFormat.of("label-studio");
 * }</pre>
 */
public enum ExportFormat {
  /** One JSON object per annotation: the item's fields, annotator, label in item terms, order shown, time. */
  JSONL("jsonl", "application/x-ndjson"),
  /** Label Studio's task JSON: a list of tasks, each with its annotations as choices results. */
  LABEL_STUDIO("label-studio", "application/json"),
  /**
   * One preference pair per item the humans decided, {@code {"id", "prompt", "chosen", "rejected",
   * "votes", "decided_by"}}: TRL's pair format, which {@code assay reward train --data} reads. An
   * adjudication decides first, else a strict majority of a over b; ties and split items are left out.
   */
  PREFERENCE_PAIRS("preference-pairs", "application/x-ndjson");

  private final String wire;
  private final String contentType;

  ExportFormat(String wire, String contentType) {
    this.wire = wire;
    this.contentType = contentType;
  }

  public String wire() {
    return wire;
  }

  public String contentType() {
    return contentType;
  }

  /** Reads {@code ?format=}; jsonl when absent. */
  public static ExportFormat of(String word) {
    if (word == null || word.isBlank()) {
      return JSONL;
    }
    for (ExportFormat f : values()) {
      if (f.wire.equals(word.strip())) {
        return f;
      }
    }
    throw new AssayInputException("format '" + word + "': expected jsonl, label-studio or preference-pairs");
  }
}
