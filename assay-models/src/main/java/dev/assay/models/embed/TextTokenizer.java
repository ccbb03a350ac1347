package dev.assay.models.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Hugging Face {@code tokenizer.json} (through DJL's Rust tokenizers binding) that turns a text
 * into model-sized chunks of token ids: no truncation, no padding (whatever the file says), the
 * model's special tokens ({@code [CLS]} ... {@code [SEP]}) around every chunk.
 *
 * <p>A text longer than {@code maxTokens} word pieces is split into consecutive chunks of at most
 * {@code maxTokens} (special tokens included), cut at word boundaries where a word fits, so no
 * word piece is lost. DJL unpacks its native library into {@code DJL_CACHE_DIR} (or {@code
 * ~/.djl.ai}) on first use; that directory must be writable.
 *
 * <pre>{@code
 * try (TextTokenizer t = TextTokenizer.of(Path.of("tokenizer.json"), 256)) {
 *   long[][] chunks = t.chunks("a long document ...");   // each starts with [CLS], ends with [SEP]
 * }
 * }</pre>
 */
public final class TextTokenizer implements AutoCloseable {
  private static final Map<String, String> OPTIONS =
      Map.of("padding", "false", "truncation", "false", "addSpecialTokens", "true");

  private final HuggingFaceTokenizer tokenizer;
  private final int maxTokens;

  private TextTokenizer(HuggingFaceTokenizer tokenizer, int maxTokens) {
    if (maxTokens < 3) {
      throw new IllegalArgumentException("max tokens: expected >= 3, found " + maxTokens);
    }
    this.tokenizer = tokenizer;
    this.maxTokens = maxTokens;
  }

  /** Loads a {@code tokenizer.json} file. */
  public static TextTokenizer of(Path tokenizerJson, int maxTokens) {
    try (InputStream in = Files.newInputStream(tokenizerJson)) {
      return of(in, maxTokens, tokenizerJson.toString());
    } catch (IOException e) {
      throw new EmbeddingException(tokenizerJson + ": cannot read tokenizer: " + e.getMessage(), e);
    }
  }

  /** Loads a {@code tokenizer.json} from a stream; {@code where} names it in errors. */
  public static TextTokenizer of(InputStream tokenizerJson, int maxTokens, String where) {
    try {
      return new TextTokenizer(HuggingFaceTokenizer.newInstance(tokenizerJson, OPTIONS), maxTokens);
    } catch (IOException | RuntimeException | UnsatisfiedLinkError e) {
      throw new EmbeddingException(
          where + ": cannot load the tokenizer (DJL unpacks a native library into DJL_CACHE_DIR or"
              + " ~/.djl.ai, which must be writable): " + e,
          e);
    }
  }

  /** The most tokens per chunk, special tokens included. */
  public int maxTokens() {
    return maxTokens;
  }

  /** All token ids of {@code text} with the special tokens, untruncated. */
  public long[] ids(String text) {
    return tokenizer.encode(text).getIds();
  }

  /**
   * The text as chunks of at most {@link #maxTokens()} ids, each wrapped in the special tokens.
   * A text that fits gives one chunk (its plain encoding).
   */
  public long[][] chunks(String text) {
    Encoding e = tokenizer.encode(text);
    long[] ids = e.getIds();
    if (ids.length <= maxTokens) {
      return new long[][] {ids};
    }
    long[] special = e.getSpecialTokenMask();
    long[] words = e.getWordIds();
    int lead = 0;
    while (lead < ids.length && special[lead] == 1) {
      lead++;
    }
    int tail = 0;
    while (tail < ids.length - lead && special[ids.length - 1 - tail] == 1) {
      tail++;
    }
    int window = maxTokens - lead - tail;
    if (window < 1) {
      throw new IllegalArgumentException("max tokens " + maxTokens + " leaves no room beside " + (lead + tail) + " special tokens");
    }
    int end = ids.length - tail;
    List<long[]> out = new ArrayList<>();
    for (int from = lead; from < end; ) {
      int to = Math.min(from + window, end);
      if (to < end) {
        int cut = to;
        while (cut > from && words[cut] >= 0 && words[cut] == words[cut - 1]) {
          cut--; // do not split a word into two chunks ...
        }
        to = cut > from ? cut : to; // ... unless the word alone fills the window
      }
      long[] chunk = new long[lead + (to - from) + tail];
      System.arraycopy(ids, 0, chunk, 0, lead);
      System.arraycopy(ids, from, chunk, lead, to - from);
      System.arraycopy(ids, ids.length - tail, chunk, lead + (to - from), tail);
      out.add(chunk);
      from = to;
    }
    return out.toArray(long[][]::new);
  }

  @Override
  public void close() {
    tokenizer.close();
  }
}
