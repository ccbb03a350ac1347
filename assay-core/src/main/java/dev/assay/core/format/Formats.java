package dev.assay.core.format;

import dev.assay.core.AssayInputException;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * The registry of known record formats, by name, and detection of a record's format from its
 * fields (most specific first).
 *
 * <pre>{@code
 * RecordFormat f = Formats.detect(node).orElseThrow();
 * RecordFormat g = Formats.byName("hh-rlhf");
 * }</pre>
 */
public final class Formats {
  /** All formats, in detection order (more specific shapes first). */
  public static final List<RecordFormat> ALL =
      List.of(
          new AlpacaEvalAnnotationFormat(),
          new MtBenchQuestionFormat(),
          new OpenAiChatFormat(),
          new HhRlhfFormat(),
          new PreferencePairFormat(),
          new AlpacaFormat());

  private Formats() {}

  /** The format called {@code name}; unknown names are an error listing the known ones. */
  public static RecordFormat byName(String name) {
    return ALL.stream()
        .filter(f -> f.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new AssayInputException(
                    "unknown format '" + name + "': expected one of "
                        + ALL.stream().map(RecordFormat::name).collect(Collectors.joining(", "))));
  }

  /** The first format whose shape matches the record. */
  public static java.util.Optional<RecordFormat> detect(JsonNode node) {
    return ALL.stream().filter(f -> f.looksLike(node)).findFirst();
  }
}
