package dev.assay.models.toxicity.lexicon;

import dev.assay.core.manifest.Sha256;
import dev.assay.models.toxicity.ToxicityScorer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A word-list scorer, the approach of C4's bad-words filter: a text scores 1 for {@code toxicity}
 * when it contains a listed term as a whole word or phrase (case-insensitive), else 0. The list is
 * a UTF-8 file, one term per line, {@code #} comments allowed. Crude but transparent, fast, and
 * reproducible; useful as a baseline beside the embedded classifier and for house blocklists.
 *
 * <pre>{@code
 * ToxicityScorer s = ToxicityScorers.open("lexicon:blocklist.txt");
 * s.score(List.of("you absolute muppet"));   // [{toxicity=1.0}] when "muppet" is listed
 * }</pre>
 */
public final class LexiconScorer implements ToxicityScorer {
  private final Path file;
  private final Set<String> words = new HashSet<>();
  private final List<String[]> phrases;
  private final String sha256;

  public LexiconScorer(Path file) {
    this.file = file;
    List<String> lines;
    try {
      byte[] bytes = Files.readAllBytes(file);
      sha256 = dev.assay.core.manifest.Sha256.of(bytes);
      lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot read the word list: " + e.getMessage(), e);
    }
    java.util.ArrayList<String[]> multi = new java.util.ArrayList<>();
    for (String line : lines) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      String[] parts = tokens(t).toArray(String[]::new);
      if (parts.length == 1) {
        words.add(parts[0]);
      } else if (parts.length > 1) {
        multi.add(parts);
      }
    }
    if (words.isEmpty() && multi.isEmpty()) {
      throw new IllegalArgumentException(file + ": the word list is empty");
    }
    phrases = List.copyOf(multi);
  }

  @Override
  public String name() {
    return "lexicon:" + file;
  }

  @Override
  public List<String> labels() {
    return List.of(TOXICITY);
  }

  @Override
  public List<Map<String, Double>> score(List<String> texts) {
    return texts.stream().map(t -> Map.of(TOXICITY, matches(t) ? 1.0 : 0.0)).toList();
  }

  private boolean matches(String text) {
    List<String> toks = tokens(text);
    for (int i = 0; i < toks.size(); i++) {
      if (words.contains(toks.get(i))) {
        return true;
      }
      for (String[] p : phrases) {
        if (i + p.length <= toks.size() && java.util.Arrays.equals(p, toks.subList(i, i + p.length).toArray())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Lower-cased runs of letters, digits and apostrophes. */
  static List<String> tokens(String text) {
    List<String> out = new java.util.ArrayList<>();
    StringBuilder cur = new StringBuilder();
    text.toLowerCase(Locale.ROOT).codePoints().forEach(cp -> {
      if (Character.isLetterOrDigit(cp) || cp == '\'') {
        cur.appendCodePoint(cp);
      } else if (!cur.isEmpty()) {
        out.add(cur.toString());
        cur.setLength(0);
      }
    });
    if (!cur.isEmpty()) {
      out.add(cur.toString());
    }
    return out;
  }

  @Override
  public Map<String, Object> info() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("scorer", "lexicon");
    m.put("file", file.toString());
    m.put("sha256", sha256);
    m.put("terms", words.size() + phrases.size());
    return m;
  }
}
