package dev.assay.quality.bias;

import dev.assay.core.config.ConfigLoader;
import jakarta.validation.constraints.NotEmpty;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Identity groups for bias audits, as a YAML file ({@code --groups}) or Assay's bundled default:
 * each group's terms decide membership (a whole-word, case-insensitive match), and counterfactual
 * templates put each group's first term in place of {@code {term}}.
 *
 * <pre>{@code
 * IdentityGroups g = IdentityGroups.defaults();
 * Set<String> in = g.groupsOf("My neighbour is Muslim.");   // [muslim]
 * List<String> variants = g.counterfactuals("We hired a {term} engineer.");
 * }</pre>
 *
 * @param groups group name -> terms (lower case; the first term is used in templates)
 * @param templates sentences with a {@code {term}} placeholder
 */
public record IdentityGroups(@NotEmpty Map<String, List<String>> groups, List<String> templates) {

  public IdentityGroups {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    groups.forEach((k, v) -> {
      if (v == null || v.isEmpty()) {
        throw new IllegalArgumentException("groups." + k + ": expected at least one term, found none");
      }
      copy.put(k, v.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).toList());
    });
    groups = java.util.Collections.unmodifiableMap(copy);
    templates = templates == null ? List.of() : List.copyOf(templates);
    for (String t : templates) {
      if (!t.contains("{term}")) {
        throw new IllegalArgumentException("templates: expected a {term} placeholder in \"" + t + "\"");
      }
    }
  }

  /** Assay's bundled groups and templates (our own word lists). */
  public static IdentityGroups defaults() {
    try (InputStream in = IdentityGroups.class.getResourceAsStream("identity-groups.yaml")) {
      return ConfigLoader.parse(
          new String(in.readAllBytes(), StandardCharsets.UTF_8), "identity-groups.yaml (bundled)", IdentityGroups.class, Map.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads a groups file. */
  public static IdentityGroups load(Path yaml) {
    return ConfigLoader.load(yaml, IdentityGroups.class);
  }

  /** The groups whose terms occur in {@code text}, in declaration order. */
  public Set<String> groupsOf(String text) {
    Set<String> words = new HashSet<>(words(text));
    Set<String> out = new java.util.LinkedHashSet<>();
    groups.forEach((g, terms) -> {
      for (String t : terms) {
        if (words.contains(t)) {
          out.add(g);
          break;
        }
      }
    });
    return out;
  }

  /** The template filled with each group's first term, keyed by group. */
  public Map<String, String> counterfactuals(String template) {
    Map<String, String> out = new LinkedHashMap<>();
    groups.forEach((g, terms) -> out.put(g, template.replace("{term}", terms.get(0))));
    return out;
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }
}
