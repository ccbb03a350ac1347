package dev.assay.bench;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.assay.models.embed.Embedder;
import dev.assay.models.embed.EmbedderOptions;
import dev.assay.models.embed.MiniLm;
import dev.assay.models.embed.Sessions;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sentences per second of the bundled MiniLM (fp32 and int8) through Assay's {@link Embedder}
 * (tokenize, chunk, sort by length, batch, run, pool, normalise) against a bare ONNX Runtime
 * session running the same batches of pre-tokenized ids (tensor creation, {@code run} and
 * reading the output only), with the same session options. Rounds alternate ours/bare so machine
 * load hits both alike; the best round of each and the median per-round ratio are reported.
 *
 * <p>Texts: AlpacaEval instructions and the paragraphs of their baseline outputs, each at most 256
 * word pieces (so both sides see identical batches; longer texts would be chunked by ours only).
 *
 * <pre>
 * ./mvnw -q -o -pl assay-stats,assay-core,assay-models,assay-quality,assay-bench package -Dmaven.test.skip=true
 * DJL_CACHE_DIR=.assay/djl java -Xmx2g -cp "assay-bench/target/classes:assay-bench/target/lib/*" \
 *     dev.assay.bench.EmbeddingsBench ../shared/data/alpaca_eval/annotations/gpt4_1106_preview.json.gz 1000 32 5
 * </pre>
 */
public final class EmbeddingsBench {
  private EmbeddingsBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: EmbeddingsBench <alpaca_eval annotations.json.gz> [texts=2000] [batch=32] [rounds=3] [threads=0]");
      System.exit(2);
    }
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    int batch = args.length > 2 ? Integer.parseInt(args[2]) : 32;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    int threads = args.length > 4 ? Integer.parseInt(args[4]) : 0;
    EmbedderOptions opts = new EmbedderOptions(batch, threads, null, 0);
    List<String> texts = corpus(Path.of(args[0]), n);
    System.out.printf(Locale.ROOT, "texts=%d batch=%d rounds=%d threads=%d%n", texts.size(), batch, rounds, threads);
    for (boolean q : new boolean[] {false, true}) {
      run(q, texts, opts, rounds);
    }
  }

  private static void run(boolean quantized, List<String> corpus, EmbedderOptions opts, int rounds) throws Exception {
    try (Embedder ours = MiniLm.open(quantized, opts);
        InputStream tj = MiniLm.tokenizerJson(quantized);
        HuggingFaceTokenizer tok = HuggingFaceTokenizer.newInstance(tj, Map.of("padding", "false", "truncation", "false"));
        OrtSession.SessionOptions so = Sessions.options(opts);
        OrtSession bare = OrtEnvironment.getEnvironment().createSession(MiniLm.modelBytes(quantized), so)) {
      List<long[]> ids = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      for (String t : corpus) {
        long[] e = tok.encode(t).getIds();
        if (e.length <= MiniLm.MAX_TOKENS) {
          ids.add(e);
          texts.add(t);
        }
      }
      List<long[][]> batches = batches(ids, opts.batchSize());
      long tokens = ids.stream().mapToLong(a -> a.length).sum();
      ours.embed(texts.subList(0, Math.min(256, texts.size()))); // warm-up
      runBare(bare, batches.subList(0, Math.min(8, batches.size())));
      double bestOurs = 0;
      double bestBare = 0;
      double[] ratio = new double[rounds];
      float[][] v = null;
      for (int r = 0; r < rounds; r++) {
        long t0 = System.nanoTime();
        v = ours.embed(texts);
        double sOurs = texts.size() / ((System.nanoTime() - t0) / 1e9);
        t0 = System.nanoTime();
        runBare(bare, batches);
        double sBare = texts.size() / ((System.nanoTime() - t0) / 1e9);
        System.out.printf(Locale.ROOT, "%s round %d: ours %.1f sentences/s, bare %.1f sentences/s%n",
            ours.name(), r + 1, sOurs, sBare);
        ratio[r] = sOurs / sBare;
        bestOurs = Math.max(bestOurs, sOurs);
        bestBare = Math.max(bestBare, sBare);
      }
      Arrays.sort(ratio);
      System.out.printf(Locale.ROOT, "%s: %d texts, %.1f word pieces/text; best ours %.1f/s, best bare %.1f/s, best/best %.1f%%,"
              + " median per-round ours/bare %.1f%%; vector check %s%n",
          ours.name(), texts.size(), tokens / (double) texts.size(), bestOurs, bestBare, 100 * bestOurs / bestBare,
          100 * ratio[rounds / 2], v != null && v[0].length == 384 ? "ok" : "?");
    }
  }

  /** Ids sorted by length (stable, as the embedder sorts them), cut into batches. */
  private static List<long[][]> batches(List<long[]> ids, int size) {
    List<long[]> sorted = new ArrayList<>(ids);
    sorted.sort(Comparator.comparingInt(a -> a.length));
    List<long[][]> out = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i += size) {
      out.add(sorted.subList(i, Math.min(sorted.size(), i + size)).toArray(long[][]::new));
    }
    return out;
  }

  /** Pads each batch (not timed separately: cheap), runs it, reads the token vectors. */
  private static double runBare(OrtSession s, List<long[][]> batches) throws OrtException {
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    double sink = 0;
    for (long[][] b : batches) {
      int len = b[b.length - 1].length;
      long[] ids = new long[b.length * len];
      long[] mask = new long[b.length * len];
      for (int i = 0; i < b.length; i++) {
        System.arraycopy(b[i], 0, ids, i * len, b[i].length);
        Arrays.fill(mask, i * len, i * len + b[i].length, 1L);
      }
      long[] shape = {b.length, len};
      try (OnnxTensor a = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
          OnnxTensor m = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
          OnnxTensor t = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[ids.length]), shape)) {
        Map<String, OnnxTensor> in = new HashMap<>();
        in.put("input_ids", a);
        in.put("attention_mask", m);
        in.put("token_type_ids", t);
        try (OrtSession.Result r = s.run(in, Set.of("last_hidden_state"))) {
          FloatBuffer fb = ((OnnxTensor) r.get(0)).getFloatBuffer();
          sink += fb.get(0);
        }
      }
    }
    return sink;
  }

  /** AlpacaEval instructions, then paragraphs of the baseline outputs, until {@code n} texts. */
  static List<String> corpus(Path annotations, int n) throws Exception {
    JsonNode root;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(annotations))) {
      root = JsonMapper.builder().build().readTree(in);
    }
    List<String> out = new ArrayList<>();
    for (JsonNode r : root) {
      out.add(r.path("instruction").asString());
    }
    outer:
    for (JsonNode r : root) {
      for (String p : r.path("output_1").asString().split("\n\n")) {
        if (out.size() >= n) {
          break outer;
        }
        if (p.strip().length() >= 20) {
          out.add(p.strip());
        }
      }
    }
    return out.size() > n ? out.subList(0, n) : out;
  }
}
