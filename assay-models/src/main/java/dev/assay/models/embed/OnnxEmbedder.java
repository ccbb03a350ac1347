package dev.assay.models.embed;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An {@link Embedder} over one ONNX Runtime session of a BERT-style sentence-embedding model
 * (inputs {@code input_ids}, {@code attention_mask}, optionally {@code token_type_ids}; output the
 * token vectors {@code [batch, tokens, dim]}, or already pooled {@code [batch, dim]}).
 *
 * <p>How {@link #embed(List)} runs: blank texts get the zero vector; the others are tokenized and
 * split into chunks of at most {@code maxTokens} word pieces ({@link TextTokenizer}); all chunks
 * are sorted by length (so a batch pads little) and run {@code batchSize} at a time; each chunk is
 * pooled over its real tokens ({@link Pooling}), a text's chunks are combined and the result is
 * L2-normalised. ONNX Runtime spreads each batch over {@code threads} cores. Memory: the token
 * ids of one call plus one batch's output.
 *
 * <pre>{@code
 * try (Embedder e = OnnxEmbedder.open(Path.of("models/minilm/model.onnx"), EmbedderOptions.defaults())) {
 *   float[][] v = e.embed(List.of("first text", "second text"));
 * }
 * }</pre>
 */
public final class OnnxEmbedder implements Embedder {
  private static final List<String> TOKEN_OUTPUTS = List.of("last_hidden_state", "token_embeddings");

  private final String name;
  private final EmbedderInfo info;
  private final OrtEnvironment env;
  private final OrtSession session;
  private final TextTokenizer tokenizer;
  private final Pooling pooling;
  private final int batchSize;
  private final String output;
  private final boolean pooled;
  private final boolean int32;
  private final boolean typeIds;
  private final int dim;
  private final OnnxEmbedder root; // this, or the embedder whose session a view shares
  private volatile boolean closed;

  OnnxEmbedder(
      String name, String source, String modelId, String sha256, boolean quantized,
      OrtSession session, TextTokenizer tokenizer, Pooling pooling, EmbedderOptions options) {
    this.name = name;
    this.env = OrtEnvironment.getEnvironment();
    this.session = session;
    this.tokenizer = tokenizer;
    this.pooling = pooling;
    this.batchSize = options.batchSize();
    this.root = this;
    try {
      Map<String, NodeInfo> inputs = session.getInputInfo();
      if (!inputs.containsKey("input_ids") || !inputs.containsKey("attention_mask")) {
        throw new EmbeddingException(source + ": expected inputs input_ids and attention_mask, found " + inputs.keySet(), null);
      }
      this.int32 = ((TensorInfo) inputs.get("input_ids").getInfo()).type == OnnxJavaType.INT32;
      this.typeIds = inputs.containsKey("token_type_ids");
      Map<String, NodeInfo> outputs = session.getOutputInfo();
      String chosen = null;
      boolean isPooled = false;
      for (String n : TOKEN_OUTPUTS) {
        if (outputs.containsKey(n)) {
          chosen = n;
          break;
        }
      }
      if (chosen == null) {
        for (Map.Entry<String, NodeInfo> e : outputs.entrySet()) {
          if (e.getValue().getInfo() instanceof TensorInfo t && (t.getShape().length == 3 || t.getShape().length == 2)) {
            chosen = e.getKey();
            isPooled = t.getShape().length == 2;
            if (!isPooled) {
              break;
            }
          }
        }
      }
      if (chosen == null) {
        throw new EmbeddingException(source + ": no float output of rank 2 or 3 among " + outputs.keySet(), null);
      }
      this.output = chosen;
      this.pooled = isPooled;
      long[] shape = ((TensorInfo) outputs.get(chosen).getInfo()).getShape();
      long last = shape[shape.length - 1];
      this.dim = last > 0 ? (int) last : probeDimension();
    } catch (OrtException e) {
      throw new EmbeddingException(source + ": cannot read the model's inputs and outputs: " + e.getMessage(), e);
    }
    String longText = "chunks of at most " + tokenizer.maxTokens() + " word pieces (cut at word boundaries), "
        + (pooling == Pooling.MAX ? "element-wise max" : "token-weighted mean") + " of chunk vectors";
    this.info = new EmbedderInfo(modelId, source, sha256, quantized, dim, tokenizer.maxTokens(),
        pooled ? "model" : pooling.name().toLowerCase(java.util.Locale.ROOT), longText);
  }

  /** A view over {@code base}'s session and tokenizer with another batch size; closing it does nothing. */
  private OnnxEmbedder(OnnxEmbedder base, int batchSize) {
    this.name = base.name;
    this.info = base.info;
    this.env = base.env;
    this.session = base.session;
    this.tokenizer = base.tokenizer;
    this.pooling = base.pooling;
    this.batchSize = batchSize;
    this.output = base.output;
    this.pooled = base.pooled;
    this.int32 = base.int32;
    this.typeIds = base.typeIds;
    this.dim = base.dim;
    this.root = base.root;
  }

  /**
   * This model with {@code batchSize} texts per model call, sharing this embedder's ONNX session
   * and tokenizer (one model in memory); the view stops working when this embedder is closed, and
   * closing the view does nothing.
   */
  OnnxEmbedder withBatchSize(int batchSize) {
    if (batchSize < 1 || batchSize > 4096) {
      throw new IllegalArgumentException("batch size: expected 1..4096, found " + batchSize);
    }
    return batchSize == this.batchSize ? this : new OnnxEmbedder(this, batchSize);
  }

  /**
   * Opens a sentence-embedding model by path; its tokenizer, pooling and window come from the
   * files beside it ({@link OnnxModelFiles}).
   */
  public static OnnxEmbedder open(java.nio.file.Path model, EmbedderOptions options) {
    OnnxModelFiles files = OnnxModelFiles.resolve(model, options);
    TextTokenizer tok = TextTokenizer.of(files.tokenizer(), files.maxTokens());
    OrtSession session = Sessions.fromPath(model, options);
    String file = model.getFileName().toString();
    return new OnnxEmbedder(files.modelId(), model.toString(), files.modelId(), files.sha256(),
        file.contains("quant") || file.contains("int8") || file.contains("-q."), session, tok, files.pooling(), options);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int dimension() {
    return dim;
  }

  @Override
  public EmbedderInfo info() {
    return info;
  }

  /** The sha256 of the text's chunks of token ids (lengths included): exactly what the model reads. */
  @Override
  public byte[] cacheKey(String text) {
    java.security.MessageDigest md;
    try {
      md = java.security.MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
    java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(8 * 64);
    for (long[] chunk : tokenizer.chunks(text)) {
      b.putLong(-chunk.length); // a chunk boundary, never a token id
      for (long id : chunk) {
        if (!b.hasRemaining()) {
          md.update(b.array(), 0, b.position());
          b.clear();
        }
        b.putLong(id);
      }
      if (b.remaining() < 8) {
        md.update(b.array(), 0, b.position());
        b.clear();
      }
    }
    md.update(b.array(), 0, b.position());
    return md.digest();
  }

  @Override
  public float[][] embed(List<String> texts) {
    Objects.requireNonNull(texts, "texts");
    if (root.closed) {
      throw new IllegalStateException(name + ": embedder is closed");
    }
    int n = texts.size();
    float[][] out = new float[n][];
    List<Seq> seqs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String t = Objects.requireNonNull(texts.get(i), "text");
      out[i] = new float[dim];
      if (!Embedder.isBlank(t)) {
        for (long[] chunk : tokenizer.chunks(t)) {
          seqs.add(new Seq(i, chunk));
        }
      }
    }
    seqs.sort(Comparator.comparingInt(s -> s.ids.length));
    boolean[] started = new boolean[n];
    for (int from = 0; from < seqs.size(); from += batchSize) {
      run(seqs.subList(from, Math.min(seqs.size(), from + batchSize)), out, started);
    }
    for (float[] v : out) {
      Pooling.normalize(v);
    }
    return out;
  }

  private void run(List<Seq> batch, float[][] acc, boolean[] started) {
    int b = batch.size();
    int len = batch.get(b - 1).ids.length; // sorted: the last is the longest
    long[] ids = new long[b * len];
    long[] mask = new long[b * len];
    for (int i = 0; i < b; i++) {
      long[] s = batch.get(i).ids;
      System.arraycopy(s, 0, ids, i * len, s.length);
      Arrays.fill(mask, i * len, i * len + s.length, 1L);
    }
    long[] shape = {b, len};
    Map<String, OnnxTensor> in = new HashMap<>(4);
    try {
      in.put("input_ids", tensor(ids, shape));
      in.put("attention_mask", tensor(mask, shape));
      if (typeIds) {
        in.put("token_type_ids", tensor(new long[b * len], shape));
      }
      try (OrtSession.Result r = session.run(in, Set.of(output))) {
        FloatBuffer fb = ((OnnxTensor) r.get(0)).getFloatBuffer();
        for (int i = 0; i < b; i++) {
          Seq s = batch.get(i);
          float[] a = acc[s.text];
          if (pooled) {
            for (int d = 0; d < dim; d++) {
              a[d] += fb.get(i * dim + d) * s.ids.length;
            }
          } else {
            pooling.accumulate(fb, i * len * dim, s.ids.length, dim, a, !started[s.text]);
          }
          started[s.text] = true;
        }
      }
    } catch (OrtException e) {
      throw new EmbeddingException(name + ": model run failed on a batch of " + b + " x " + len + " tokens: " + e.getMessage(), e);
    } finally {
      in.values().forEach(OnnxTensor::close);
    }
  }

  private OnnxTensor tensor(long[] values, long[] shape) throws OrtException {
    if (!int32) {
      return OnnxTensor.createTensor(env, LongBuffer.wrap(values), shape);
    }
    int[] v = new int[values.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = (int) values[i];
    }
    return OnnxTensor.createTensor(env, IntBuffer.wrap(v), shape);
  }

  private int probeDimension() throws OrtException {
    long[] ids = tokenizer.chunks("dimension probe")[0];
    long[] shape = {1, ids.length};
    long[] mask = new long[ids.length];
    Arrays.fill(mask, 1L);
    Map<String, OnnxTensor> in = new HashMap<>();
    try {
      in.put("input_ids", tensor(ids, shape));
      in.put("attention_mask", tensor(mask, shape));
      if (typeIds) {
        in.put("token_type_ids", tensor(new long[ids.length], shape));
      }
      try (OrtSession.Result r = session.run(in, Set.of(output))) {
        long[] s = ((TensorInfo) r.get(0).getInfo()).getShape();
        return (int) s[s.length - 1];
      }
    } finally {
      in.values().forEach(OnnxTensor::close);
    }
  }

  @Override
  public synchronized void close() {
    if (root == this && !closed) {
      closed = true;
      try {
        session.close();
      } catch (OrtException e) {
        throw new EmbeddingException(name + ": cannot close the ONNX session: " + e.getMessage(), e);
      } finally {
        tokenizer.close();
      }
    }
  }

  private record Seq(int text, long[] ids) {}
}
