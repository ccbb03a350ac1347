package dev.assay.eval.verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a pairwise verdict from a judge's free-text reply. Rules, first that matches wins:
 * <ol>
 *   <li>{@code json}: the reply is a JSON object (code fences allowed) with {@code verdict} or
 *       {@code winner} = A, B, C or tie;
 *   <li>{@code marker}: {@code [[A]]}, {@code [[B]]}, {@code [[C]]} (tie) or {@code [[tie]]}, any
 *       case, with spaces or markdown emphasis inside the brackets. The <em>last</em> marker
 *       counts (the verdict closes the reply; explanations may mention markers earlier). A run of
 *       {@code [[A]] ... [[B]] ... [[C]]} within 200 characters is the format instruction echoed
 *       back and is ignored. Conflicting markers are reported in the note;
 *   <li>{@code labelled}: "Verdict: A", "**Final verdict:** [B]", "The winner is Assistant B",
 *       "Decision = tie" (last occurrence);
 *   <li>{@code bracket}: a single-bracket {@code [A]} / {@code [B]} / {@code [C]} (last);
 *   <li>{@code phrase}: "Assistant A is better" (last);
 *   <li>{@code bare}: the whole reply is just A, B, C or tie, give or take punctuation.
 * </ol>
 * FastChat's llm_judge reads only the markers and takes the first of {@code [[A]]}, {@code [[B]]},
 * {@code [[C]]} it finds in that order; we differ on conflicts (last marker) and read more forms.
 *
 * <pre>{@code
 * PairVerdictParser.parse("Both are fine, but B is tighter. [[B]]").get().value();   // B
 * PairVerdictParser.parse("no idea");                                               // empty
 * }</pre>
 */
public final class PairVerdictParser {
  private static final Pattern MARKER =
      Pattern.compile("\\[\\[[\\s*_`]*([ABCabc]|(?i:tie))[\\s*_`]*\\]\\]");
  private static final Pattern LABELLED = Pattern.compile(
      "(?i:\\b(?:final\\s+)?(?:verdict|decision|winner|choice|judge?ment|answer|result))[*_\\s]*"
          + "(?::|=|-|(?i:is))[*_\\s\"'\\[(]*(?i:(?:assistant|response|answer|output|model)[\\s_]*)?"
          + "([ABC]|(?i:tie|draw))(?![\\w'])");
  private static final Pattern BRACKET = Pattern.compile("(?<!\\[)\\[\\s*([ABC])\\s*\\](?!\\])");
  private static final Pattern PHRASE = Pattern.compile(
      "(?i:\\b(?:assistant|response|answer|output))\\s+([AB])(?:'s\\s+(?i:answer|response))?\\s+(?i:is)\\s+"
          + "(?i:(?:clearly|slightly|much|significantly|somewhat)\\s+)?(?i:better|superior|preferred|stronger)\\b");
  private static final Pattern BARE_STRIP = Pattern.compile("[\\s*_`\"'\\[\\]().:!]");

  private PairVerdictParser() {}

  /** The verdict of {@code reply}, or empty when none of the rules finds one. */
  public static Optional<Parsed<PairVerdict>> parse(String reply) {
    if (reply == null || reply.isBlank()) {
      return Optional.empty();
    }
    Optional<Parsed<PairVerdict>> json = JsonVerdict.pair(reply);
    if (json.isPresent()) {
      return json;
    }
    Optional<Parsed<PairVerdict>> marker = markers(reply);
    if (marker.isPresent()) {
      return marker;
    }
    for (Object[] rule : new Object[][] {{LABELLED, "labelled"}, {BRACKET, "bracket"}, {PHRASE, "phrase"}}) {
      String last = last((Pattern) rule[0], reply);
      if (last != null) {
        return Optional.of(Parsed.of(of(last), (String) rule[1]));
      }
    }
    String bare = BARE_STRIP.matcher(reply).replaceAll("");
    if (bare.matches("(?i)A|B|C|tie|draw")) {
      return Optional.of(Parsed.of(of(bare), "bare"));
    }
    return Optional.empty();
  }

  private static Optional<Parsed<PairVerdict>> markers(String reply) {
    record Hit(PairVerdict v, int start, int end) {}
    List<Hit> hits = new ArrayList<>();
    Matcher m = MARKER.matcher(reply);
    while (m.find()) {
      hits.add(new Hit(of(m.group(1)), m.start(), m.end()));
    }
    // Drop echoed format instructions: A, B, C (tie) in that order, close together.
    for (int i = 0; i + 2 < hits.size(); i++) {
      if (hits.get(i).v() == PairVerdict.A && hits.get(i + 1).v() == PairVerdict.B
          && hits.get(i + 2).v() == PairVerdict.TIE && hits.get(i + 2).end() - hits.get(i).start() <= 200) {
        hits.subList(i, i + 3).clear();
        i--;
      }
    }
    if (hits.isEmpty()) {
      return Optional.empty();
    }
    PairVerdict last = hits.get(hits.size() - 1).v();
    boolean conflict = hits.stream().anyMatch(h -> h.v() != last);
    String note = conflict
        ? "conflicting markers " + hits.stream().map(h -> h.v().name()).toList() + ": the last one counts"
        : "";
    return Optional.of(new Parsed<>(last, "marker", note));
  }

  private static String last(Pattern p, String text) {
    Matcher m = p.matcher(text);
    String found = null;
    while (m.find()) {
      found = m.group(1);
    }
    return found;
  }

  /** A, B, C/tie/draw in any case to a verdict. */
  static PairVerdict of(String token) {
    return switch (token.strip().toUpperCase(Locale.ROOT)) {
      case "A" -> PairVerdict.A;
      case "B" -> PairVerdict.B;
      case "C", "TIE", "DRAW" -> PairVerdict.TIE;
      default -> throw new IllegalArgumentException("not a pairwise verdict: " + token);
    };
  }
}
