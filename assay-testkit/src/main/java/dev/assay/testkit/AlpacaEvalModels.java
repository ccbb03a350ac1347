package dev.assay.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The AlpacaEval annotation files of shared/data as tests use them. shared/data holds 45 models:
 * the 14 it first held, on which the length-controlled fidelity tolerances of
 * docs/stats-fidelity.md were measured, and 31 added later for training the reward model. Exact
 * checks (counts, win rates) run over every file; the calibrated length-controlled comparisons
 * run over {@link #ORIGINAL}, so the documented measurements stay the ones asserted.
 *
 * <pre>{@code
 * Path dir = AlpacaEvalModels.originalAnnotations(tempDir);   // 14 symlinks
 * boolean coarse = AlpacaEvalModels.storesTenDecimals(file);  // tolerance 1e-9 instead of 1e-12
 * }</pre>
 */
public final class AlpacaEvalModels {
  private AlpacaEvalModels() {}

  /** The 14 models shared/data first held (gpt4_1106_preview is the baseline of every file). */
  public static final List<String> ORIGINAL =
      List.of(
          "NullModel",
          "gpt4_1106_preview",
          "claude-instant-1.2",
          "Mixtral-8x7B-Instruct-v0.1_concise",
          "gpt-3.5-turbo-1106_verbose",
          "gpt-3.5-turbo-0301",
          "OpenHermes-2.5-Mistral-7B",
          "Qwen-14B-Chat",
          "gpt4_gamed",
          "gemma-7b-it",
          "wizardlm-13b",
          "text_davinci_003",
          "phi-2",
          "falcon-7b-instruct");

  /** The shared/data annotation file of {@code model}. */
  public static Path file(String model) {
    return SharedData.path("alpaca_eval/annotations/" + model + ".json.gz");
  }

  /**
   * A folder under {@code parent} holding symbolic links to the {@link #ORIGINAL} annotation files
   * (the data itself is never copied).
   */
  public static Path originalAnnotations(Path parent) {
    try {
      Path dir = Files.createDirectories(parent.resolve("alpaca-eval-original-14"));
      for (String model : ORIGINAL) {
        Path link = dir.resolve(model + ".json.gz");
        if (!Files.exists(link)) {
          Files.createSymbolicLink(link, file(model).toAbsolutePath());
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * True when every preference in the file is stored rounded to at most 10 decimals (NullModel,
   * vicuna-13b-v1.5-togetherai): a win rate recomputed from such a file can be 1e-10 off the
   * published one, as pandas on the same file is.
   */
  public static boolean storesTenDecimals(Path annotations) {
    JsonNode array;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(annotations))) {
      array = JsonMapper.builder().build().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (JsonNode r : array) {
      JsonNode p = r.get("preference");
      if (p != null && p.isNumber()) {
        double scaled = p.asDouble() * 1e10;
        if (Math.abs(scaled - Math.rint(scaled)) > 1e-3) {
          return false;
        }
      }
    }
    return true;
  }
}
