package dev.assay.bench;

import dev.assay.core.io.DatasetReader;
import dev.assay.core.io.Datasets;
import dev.assay.core.io.InputRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * A labelled near-duplicate corpus built from real text: distinct AlpacaEval model outputs
 * ({@code output_2} of {@code alpaca_eval/annotations/*.json.gz}, read in place, never copied) as
 * bases, plus for every base one variant per edit rate made by seeded word-level edits
 * ({@link WordEdits}, replacement words drawn from the corpus's own words). Documents are listed
 * base first, then its variants; {@code group[i]} names the base, {@code rate[i]} the edit rate
 * (0 for bases).
 *
 * <pre>{@code
 * NearDupCorpus c = NearDupCorpus.build(NearDupCorpus.alpacaOutputs(dir, 1000, 50), new double[] {0.01, 0.05}, 42);
 * }</pre>
 *
 * @param texts the documents
 * @param group for each document, the index of its base
 * @param rate for each document, its edit rate (0 for a base)
 */
public record NearDupCorpus(List<String> texts, int[] group, double[] rate) {

  /**
   * Up to {@code max} distinct {@code output_2} texts of at least {@code minWords} words, from the
   * annotation files of {@code dir} in file-name order.
   */
  public static List<String> alpacaOutputs(Path dir, int max, int minWords) throws IOException {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".json.gz")).sorted().toList();
    }
    for (Path f : files) {
      try (DatasetReader r = Datasets.open(f)) {
        for (InputRecord rec; (rec = r.next()) != null && out.size() < max; ) {
          JsonNode v = rec.parsed() ? rec.value().get("output_2") : null;
          if (v != null && v.isString() && v.asString().trim().split("\\s+").length >= minWords) {
            out.add(v.asString());
          }
        }
      }
      if (out.size() >= max) {
        break;
      }
    }
    return new ArrayList<>(out);
  }

  /** Bases and one edited variant per rate for each base, seeded. */
  public static NearDupCorpus build(List<String> bases, double[] rates, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    LinkedHashSet<String> vocabSet = new LinkedHashSet<>();
    for (String b : bases) {
      for (String w : b.trim().split("\\s+")) {
        vocabSet.add(w);
      }
    }
    String[] vocab = vocabSet.toArray(String[]::new);
    List<String> texts = new ArrayList<>();
    int n = bases.size() * (rates.length + 1);
    int[] group = new int[n];
    double[] rate = new double[n];
    for (int g = 0; g < bases.size(); g++) {
      String base = bases.get(g);
      group[texts.size()] = g;
      texts.add(base);
      String[] words = base.trim().split("\\s+");
      for (double r : rates) {
        group[texts.size()] = g;
        rate[texts.size()] = r;
        texts.add(String.join(" ", WordEdits.edit(words, r, vocab, rnd)));
      }
    }
    return new NearDupCorpus(texts, group, rate);
  }
}
