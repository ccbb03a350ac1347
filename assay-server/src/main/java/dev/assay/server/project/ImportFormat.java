package dev.assay.server.project;

import dev.assay.core.AssayInputException;
import dev.assay.core.io.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shapes items arrive in, each turned into Assay's pair shape ({@code id}, {@code
 * instruction}, {@code output_a}, {@code output_b}, ...):
 *
 * <ul>
 *   <li>{@code jsonl}: JSON Lines of pairs as {@code assay pair} writes them (the default);
 *   <li>{@code alpaca-eval}: an AlpacaEval annotations file (a JSON array of {@code instruction},
 *       {@code output_1}, {@code output_2}, {@code generator_1}, {@code generator_2}, {@code
 *       preference}); the judge's preference is kept as {@code judge_preference}, so humans can be
 *       compared with it; the id is {@code ae-} and a hash of the two generators and the
 *       instruction, stable across imports;
 *   <li>{@code label-studio}: Label Studio task JSON (a JSON array of {@code {"id", "data": {...}}});
 *       the item is {@code data}, its id {@code data.id} or the task's.
 * </ul>
 *
 * <pre>{@code
 * ImportFormat f = ImportFormat.of("alpaca-eval");
 * ObjectNode item = f.toItem(element, 17);
 * }</pre>
 */
public enum ImportFormat {
  JSONL("jsonl"),
  ALPACA_EVAL("alpaca-eval"),
  LABEL_STUDIO("label-studio");

  private final String wire;

  ImportFormat(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  /** Reads {@code ?format=}; jsonl when absent. */
  public static ImportFormat of(String word) {
    if (word == null || word.isBlank()) {
      return JSONL;
    }
    for (ImportFormat f : values()) {
      if (f.wire.equals(word.strip())) {
        return f;
      }
    }
    throw new AssayInputException("format '" + word + "': expected jsonl, alpaca-eval or label-studio");
  }

  /** The element of a JSON array file as an item in pair shape (checked by the importer afterwards). */
  public JsonNode toItem(JsonNode element) {
    if (!(element instanceof ObjectNode o)) {
      return element;
    }
    ObjectNode item = Json.MAPPER.createObjectNode();
    switch (this) {
      case ALPACA_EVAL -> {
        String g1 = o.path("generator_1").asString("");
        String g2 = o.path("generator_2").asString("");
        item.put("id", "ae-" + sha8(g1 + "\n" + g2 + "\n" + o.path("instruction").asString("")));
        item.set("instruction", o.get("instruction"));
        item.set("output_a", o.get("output_1"));
        item.set("output_b", o.get("output_2"));
        item.put("model_a", g1);
        item.put("model_b", g2);
        if (o.has("preference")) {
          item.set("judge_preference", o.get("preference"));
        }
        if (o.has("annotator")) {
          item.set("judge", o.get("annotator"));
        }
        if (o.has("dataset")) {
          item.set("dataset", o.get("dataset"));
        }
      }
      case LABEL_STUDIO -> {
        JsonNode data = o.path("data");
        if (!(data instanceof ObjectNode d)) {
          return Json.MAPPER.getNodeFactory().stringNode("a Label Studio task needs 'data' holding the item's fields");
        }
        item.setAll(d);
        if (!item.has("id") && o.has("id")) {
          item.set("id", o.get("id"));
        }
      }
      default -> item.setAll(o);
    }
    return item;
  }

  private static String sha8(String text) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
