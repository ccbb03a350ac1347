package dev.assay.models.embed;

import dev.assay.core.manifest.Sha256;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a sentence-embedding model by path needs besides the {@code .onnx} file, found the way
 * sentence-transformers and Optimum/Xenova exports lay their files out: in the model's directory,
 * then its parent (for {@code onnx/model.onnx}).
 *
 * <ul>
 *   <li>{@code tokenizer.json} (required);
 *   <li>pooling: {@link EmbedderOptions#pooling()}, else {@code 1_Pooling/config.json} ({@code
 *       pooling_mode_cls_token}, {@code pooling_mode_max_tokens}, {@code
 *       pooling_mode_mean_tokens}), else mean;
 *   <li>window: {@link EmbedderOptions#maxTokens()}, else {@code max_seq_length} of {@code
 *       sentence_bert_config.json}, else {@code max_position_embeddings} of {@code config.json}
 *       capped at 512, else 512;
 *   <li>model id: {@code _name_or_path} of {@code config.json}, else the directory's name.
 * </ul>
 *
 * <pre>{@code
 * OnnxModelFiles f = OnnxModelFiles.resolve(Path.of("e5-small/onnx/model.onnx"), EmbedderOptions.defaults());
 * }</pre>
 *
 * @param tokenizer the {@code tokenizer.json} found
 * @param pooling the pooling to apply
 * @param maxTokens word pieces per model call
 * @param modelId the model's id for the manifest
 * @param sha256 hex sha256 of the {@code .onnx} file
 */
public record OnnxModelFiles(Path tokenizer, Pooling pooling, int maxTokens, String modelId, String sha256) {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Finds the files beside {@code model}; throws {@link EmbeddingException} naming what is missing. */
  public static OnnxModelFiles resolve(Path model, EmbedderOptions options) {
    Path abs = model.toAbsolutePath().normalize();
    if (!Files.isRegularFile(abs)) {
      throw new EmbeddingException(model + ": no such model file", null);
    }
    List<Path> dirs = new ArrayList<>();
    dirs.add(abs.getParent());
    if (abs.getParent().getParent() != null) {
      dirs.add(abs.getParent().getParent());
    }
    Path tokenizer = find(dirs, "tokenizer.json");
    if (tokenizer == null) {
      throw new EmbeddingException(model + ": no tokenizer.json in " + dirs + " (export it with the model)", null);
    }
    Pooling pooling = options.pooling() != null ? Pooling.parse(options.pooling()) : poolingOf(find(dirs, "1_Pooling/config.json"));
    int maxTokens = options.maxTokens() > 0 ? options.maxTokens() : windowOf(dirs);
    JsonNode config = read(find(dirs, "config.json"));
    String id = config != null && config.path("_name_or_path").isString()
        ? config.path("_name_or_path").asString()
        : (abs.getParent().getFileName().toString().equals("onnx") && dirs.size() > 1
            ? dirs.get(1).getFileName().toString()
            : abs.getParent().getFileName().toString());
    return new OnnxModelFiles(tokenizer, pooling, maxTokens, id, Sha256.of(abs));
  }

  private static Pooling poolingOf(Path config) {
    JsonNode c = read(config);
    if (c == null) {
      return Pooling.MEAN;
    }
    if (c.path("pooling_mode_mean_tokens").asBoolean(false)) {
      return Pooling.MEAN;
    }
    if (c.path("pooling_mode_cls_token").asBoolean(false)) {
      return Pooling.CLS;
    }
    if (c.path("pooling_mode_max_tokens").asBoolean(false)) {
      return Pooling.MAX;
    }
    throw new EmbeddingException(config + ": no supported pooling mode (mean, cls or max tokens) is set", null);
  }

  private static int windowOf(List<Path> dirs) {
    JsonNode st = read(find(dirs, "sentence_bert_config.json"));
    if (st != null && st.path("max_seq_length").asInt(0) > 0) {
      return st.path("max_seq_length").asInt();
    }
    JsonNode config = read(find(dirs, "config.json"));
    if (config != null && config.path("max_position_embeddings").asInt(0) > 0) {
      return Math.min(512, config.path("max_position_embeddings").asInt());
    }
    return 512;
  }

  private static Path find(List<Path> dirs, String name) {
    for (Path d : dirs) {
      Path p = d.resolve(name);
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    return null;
  }

  private static JsonNode read(Path p) {
    if (p == null) {
      return null;
    }
    try {
      return JSON.readTree(p.toFile());
    } catch (JacksonException e) {
      throw new EmbeddingException(p + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
  }
}
