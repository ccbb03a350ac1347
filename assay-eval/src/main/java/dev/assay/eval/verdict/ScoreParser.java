package dev.assay.eval.verdict;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a numeric grade from a judge's reply, accepting only values within the scale. Rules,
 * first that matches wins:
 * <ol>
 *   <li>{@code json}: a JSON object with {@code rating}, {@code score} or {@code grade};
 *   <li>{@code marker}: {@code [[8]]}, {@code [[7.5]]}, {@code [[ 8 ]]}, {@code [[**8**]]},
 *       {@code [[8/10]]} — the last in-range marker counts (a verdict closes the reply; the
 *       explanation may quote the example {@code [[5]]} of the instructions);
 *   <li>{@code bracket}: {@code Rating: [7]} — single brackets, last in range (FastChat's backup);
 *   <li>{@code labelled}: "Rating: 7", "**Score:** 7/10", "I would grade it 6", "I'd give it a 7" (last in range);
 *   <li>{@code bare}: the whole reply is a number, or {@code n/max}.
 * </ol>
 * FastChat's llm_judge takes the <em>first</em> {@code [[n]]} match, then the first
 * {@code [n]}; we take the last in-range one, so a reply that quotes the example before its
 * verdict reads right.
 *
 * <pre>{@code
 * ScoreParser.parse("Good answer. Rating: [[8]]", 1, 10).get().value();   // 8.0
 * ScoreParser.parse("[[11]]", 1, 10);                                     // empty (out of scale)
 * }</pre>
 */
public final class ScoreParser {
  private static final String NUM = "(-?\\d+(?:\\.\\d+)?)";
  private static final Pattern MARKER =
      Pattern.compile("\\[\\[[\\s*_`]*" + NUM + "(?:\\s*/\\s*\\d+)?[\\s*_`]*\\]\\]");
  private static final Pattern BRACKET = Pattern.compile("(?<!\\[)\\[\\s*" + NUM + "\\s*\\](?!\\])");
  private static final Pattern LABELLED = Pattern.compile(
      "(?i:\\b(?:final\\s+)?(?:rating|score|grade|verdict)|\\b(?:grade|rate|give)\\s+it(?:\\s+an?)?)[*_\\s]*(?::|=|-|(?i:is|of|as))?"
          + "[*_\\s\"'(]*" + NUM + "(?!\\.\\d)(?:\\s*(?:/|out\\s+of)\\s*\\d+)?");

  private ScoreParser() {}

  /** The grade of {@code reply} within [min, max], or empty when none is found. */
  public static Optional<Parsed<Double>> parse(String reply, double min, double max) {
    if (reply == null || reply.isBlank()) {
      return Optional.empty();
    }
    Optional<Parsed<Double>> json = JsonVerdict.score(reply, min, max);
    if (json.isPresent()) {
      return json;
    }
    for (Object[] rule : new Object[][] {{MARKER, "marker"}, {BRACKET, "bracket"}, {LABELLED, "labelled"}}) {
      Optional<Parsed<Double>> p = lastInRange((Pattern) rule[0], (String) rule[1], reply, min, max);
      if (p.isPresent()) {
        return p;
      }
    }
    String trimmed = reply.replaceAll("[\\s*_`\"'.]+$", "").replaceAll("^[\\s*_`\"']+", "");
    Double bare = number(trimmed.replaceFirst("^(\\d+(?:\\.\\d+)?)\\s*/\\s*\\d+$", "$1"));
    if (bare != null && bare >= min && bare <= max) {
      return Optional.of(Parsed.of(bare, "bare"));
    }
    return Optional.empty();
  }

  private static Optional<Parsed<Double>> lastInRange(Pattern p, String rule, String reply, double min, double max) {
    Matcher m = p.matcher(reply);
    Double found = null;
    int outside = 0;
    while (m.find()) {
      Double d = number(m.group(1));
      if (d != null && d >= min && d <= max) {
        found = d;
      } else {
        outside++;
      }
    }
    if (found == null) {
      return Optional.empty();
    }
    String note = outside > 0 ? outside + " value(s) outside [" + min + ", " + max + "] ignored" : "";
    return Optional.of(new Parsed<>(found, rule, note));
  }

  /** The number {@code text} spells, or null. */
  static Double number(String text) {
    if (text == null || !text.strip().matches("-?\\d+(\\.\\d+)?")) {
      return null;
    }
    return Double.valueOf(text.strip());
  }
}
