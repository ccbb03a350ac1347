package dev.assay.models.toxicity.embedded;

import dev.assay.core.AssayInputException;
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
 * both a hate and a neutral file is dropped. A missing file or a malformed row is an {@link
 * AssayInputException} naming {@code file:line} and what was expected.
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

  /** File name of the OLID training set inside the data folder. */
  public static final String OLID_FILE = "olid-training-v1.0.tsv.gz";
  /** File name of the Davidson CSV inside the data folder. */
  public static final String DAVIDSON_FILE = "davidson_labeled_data.csv.gz";
  /** Folder of the ToxiGen prompt files inside the data folder. */
  public static final String TOXIGEN_DIR = "toxigen";

  /** All three sources, OLID then Davidson then ToxiGen. */
  public static List<ToxicityExample> loadAll(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new AssayInputException(dir + ": no such data directory (expected " + OLID_FILE + ", " + DAVIDSON_FILE + " and " + TOXIGEN_DIR + "/)");
    }
    List<ToxicityExample> all = new ArrayList<>(olid(dir.resolve(OLID_FILE)));
    all.addAll(davidson(dir.resolve(DAVIDSON_FILE)));
    all.addAll(toxigen(dir.resolve(TOXIGEN_DIR)));
    return List.copyOf(all);
  }

  /** OLID training tweets. */
  public static List<ToxicityExample> olid(Path file) {
    Map<String, ToxicityExample> out = new LinkedHashMap<>();
    List<String> lines = lines(file);
    if (lines.isEmpty() || !lines.get(0).startsWith("id\ttweet\tsubtask_a")) {
      throw new AssayInputException(file + ":1: expected the header id, tweet, subtask_a, subtask_b, subtask_c (tab-separated)");
    }
    for (int ln = 1; ln < lines.size(); ln++) {
      String line = lines.get(ln);
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 5) {
        throw new AssayInputException(file + ":" + (ln + 1) + ": expected 5 tab-separated fields, found " + f.length);
      }
      if (!f[2].equals("OFF") && !f[2].equals("NOT")) {
        throw new AssayInputException(file + ":" + (ln + 1) + ": subtask_a: expected OFF or NOT, found '" + f[2] + "'");
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
    List<Csv.Row> rows = Csv.records(String.join("\n", lines(file)));
    List<String> header = rows.isEmpty() ? List.of() : rows.get(0).fields();
    int cls = header.indexOf("class");
    int tweet = header.indexOf("tweet");
    if (cls < 0 || tweet < 0) {
      throw new AssayInputException(file + ":1: expected a header with the columns class and tweet, found " + header);
    }
    for (Csv.Row r : rows.subList(1, rows.size())) {
      List<String> row = r.fields();
      if (row.size() == 1 && row.get(0).isEmpty()) {
        continue;
      }
      if (row.size() != header.size()) {
        throw new AssayInputException(file + ":" + r.line() + ": expected " + header.size() + " comma-separated fields, found " + row.size());
      }
      String cv = row.get(cls).strip();
      if (!cv.equals("0") && !cv.equals("1") && !cv.equals("2")) {
        throw new AssayInputException(file + ":" + r.line() + ": class: expected 0, 1 or 2, found '" + cv + "'");
      }
      int c = cv.charAt(0) - '0';
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
    if (!Files.isDirectory(dir)) {
      throw new AssayInputException(dir + ": no such directory (expected ToxiGen's hate_<group>_1k.txt.gz and neutral_<group>_1k.txt.gz files)");
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().matches("(hate|neutral)_.+\\.txt\\.gz")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot list: " + e.getMessage(), e);
    }
    if (files.isEmpty()) {
      throw new AssayInputException(dir + ": no hate_<group>_1k.txt.gz or neutral_<group>_1k.txt.gz files");
    }
    return files;
  }

  private static List<String> lines(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new AssayInputException(file + ": no such file");
    }
    try (var in = Files.newInputStream(file);
        var r = new BufferedReader(new InputStreamReader(
            file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8))) {
      return r.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
