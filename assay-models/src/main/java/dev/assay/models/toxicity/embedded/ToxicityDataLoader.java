package dev.assay.models.toxicity.embedded;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads the three toxicity sources in place from a folder laid out as {@code ../shared/data/toxicity}
 * and maps their labels onto {@code toxicity} and {@code identity_attack}:
 *
 * <ul>
 *   <li>OLID ({@code olid-training-v1.0.tsv.gz}): {@code subtask_a} OFF is toxic; OFF with
 *       {@code subtask_c} GRP is an identity attack;
 *   <li>Davidson ({@code davidson_labeled_data.csv.gz}): class 0 (hate) is toxic and an identity
 *       attack, 1 (offensive) is toxic, 2 neither;
 *   <li>ToxiGen ({@code toxigen/{hate,neutral}_<group>_1k.txt.gz}): every line joins statements
 *       with the literal characters {@code \n-}; statements are split, stripped and deduplicated
 *       (each file repeats about 20 statements 1,000 times); hate is toxic and an identity attack.
 * </ul>
 *
 * <p>Within each source a text appears once (the first label wins); a ToxiGen statement found in
 * both a hate and a neutral file is dropped.
 *
 * <pre>{@code
 * List<ToxicityExample> all = ToxicityDataLoader.loadAll(Path.of("../shared/data/toxicity"));
 * }</pre>
 */
public final class ToxicityDataLoader {
  /** Source name of OLID. */
  public static final String OLID = "olid";
  /** Source name of Davidson et al. */
  public static final String DAVIDSON = "davidson";
  /** Source name of ToxiGen. */
  public static final String TOXIGEN = "toxigen";

  private ToxicityDataLoader() {}

  /** All three sources, OLID then Davidson then ToxiGen. */
  public static List<ToxicityExample> loadAll(Path dir) {
    List<ToxicityExample> all = new ArrayList<>(olid(dir.resolve("olid-training-v1.0.tsv.gz")));
    all.addAll(davidson(dir.resolve("davidson_labeled_data.csv.gz")));
    all.addAll(toxigen(dir.resolve("toxigen")));
    return List.copyOf(all);
  }

  /** OLID training tweets. */
  public static List<ToxicityExample> olid(Path file) {
    Map<String, ToxicityExample> out = new LinkedHashMap<>();
    List<String> lines = lines(file);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      if (f.length < 5) {
        continue;
      }
      String text = TweetText.normalise(f[1]);
      int off = f[2].equals("OFF") ? 1 : 0;
      int grp = off == 1 && f[4].equals("GRP") ? 1 : 0;
      if (!text.isEmpty()) {
        out.putIfAbsent(text, new ToxicityExample(text, OLID, "", off, grp));
      }
    }
    return List.copyOf(out.values());
  }

  /** Davidson et al. tweets. */
  public static List<ToxicityExample> davidson(Path file) {
    Map<String, ToxicityExample> out = new LinkedHashMap<>();
    List<List<String>> rows = Csv.parse(String.join("\n", lines(file)));
    List<String> header = rows.get(0);
    int cls = header.indexOf("class");
    int tweet = header.indexOf("tweet");
    for (List<String> row : rows.subList(1, rows.size())) {
      if (row.size() <= Math.max(cls, tweet)) {
        continue;
      }
      int c = Integer.parseInt(row.get(cls).strip());
      String text = TweetText.normalise(row.get(tweet));
      if (!text.isEmpty()) {
        out.putIfAbsent(text, new ToxicityExample(text, DAVIDSON, "", c <= 1 ? 1 : 0, c == 0 ? 1 : 0));
      }
    }
    return List.copyOf(out.values());
  }

  /** ToxiGen statements from every {@code hate_*} and {@code neutral_*} file, deduplicated. */
  public static List<ToxicityExample> toxigen(Path dir) {
    Map<String, ToxicityExample> out = new LinkedHashMap<>();
    LinkedHashSet<String> conflicting = new LinkedHashSet<>();
    for (Path f : toxigenFiles(dir)) {
      String name = f.getFileName().toString();
      boolean hate = name.startsWith("hate_");
      String group = name.substring(hate ? 5 : 8).replace("_1k.txt.gz", "");
      for (String s : toxigenStatements(f)) {
        ToxicityExample e = new ToxicityExample(s, TOXIGEN, group, hate ? 1 : 0, hate ? 1 : 0);
        ToxicityExample prev = out.putIfAbsent(s, e);
        if (prev != null && prev.toxicity() != e.toxicity()) {
          conflicting.add(s);
        }
      }
    }
    conflicting.forEach(out::remove);
    return List.copyOf(out.values());
  }

  /** The distinct statements of one ToxiGen file, in first-seen order. */
  public static List<String> toxigenStatements(Path file) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (String line : lines(file)) {
      for (String part : line.split("\\\\n-", -1)) {
        String s = part.strip();
        if (s.startsWith("-")) {
          s = s.substring(1).strip();
        }
        s = TweetText.normalise(s);
        if (!s.isEmpty()) {
          out.add(s);
        }
      }
    }
    return List.copyOf(out);
  }

  /** Number of raw lines in a file (gzipped or not), for sanity checks. */
  public static int lineCount(Path file) {
    return lines(file).size();
  }

  static List<Path> toxigenFiles(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().matches("(hate|neutral)_.+\\.txt\\.gz")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> lines(Path file) {
    try (var in = Files.newInputStream(file);
        var r = new BufferedReader(new InputStreamReader(
            file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8))) {
      return r.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
