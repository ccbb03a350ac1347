package dev.assay.eval.judge;

import dev.assay.core.AssayInputException;
import dev.assay.eval.prompt.PromptTemplate;
import dev.assay.eval.verdict.JsonVerdict;
import dev.assay.eval.verdict.ParseStatus;
import dev.assay.eval.verdict.RepairPrompt;
import dev.assay.eval.verdict.ScoreParser;
import dev.assay.eval.verdict.Votes;
import dev.assay.eval.verdict.WeightedScore;
import dev.assay.models.llm.ChatRequest;
import dev.assay.models.llm.ChatResponse;
import dev.assay.models.llm.GenerationParams;
import dev.assay.models.llm.Usage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The grading protocol shared by the single-answer, reference, rubric and G-Eval judges: k sample
 * requests of one rendered prompt, each read with {@link ScoreParser} (or, when {@code weighted},
 * as a probability-weighted score from the logprobs of the first score token, falling back to the
 * parsed score where the reply has no logprobs), then the mean over usable samples.
 *
 * <pre>{@code
 * ScoreProtocol p = new ScoreProtocol("single", template, 1, 10, 1, params, false, true, false, false, Map.of());
 * Grade g = p.combine(item, exchanges);
 * }</pre>
 */
record ScoreProtocol(
    String judge,
    PromptTemplate template,
    int min,
    int max,
    int samples,
    GenerationParams params,
    boolean structured,
    boolean repair,
    boolean weighted,
    boolean needsReference,
    Map<String, String> extraVariables) {

  ScoreProtocol {
    if (min >= max) {
      throw new IllegalArgumentException("scale: expected min < max, found " + min + ".." + max);
    }
    extraVariables = Map.copyOf(extraVariables);
  }

  List<ChatRequest> requests(SingleItem item) {
    if (needsReference && item.reference().isEmpty()) {
      throw new AssayInputException("item '" + item.id() + "': judge '" + judge + "' needs a reference answer, found none");
    }
    Map<String, String> vars = new HashMap<>(Variables.single(item));
    vars.put("scale_min", Integer.toString(min));
    vars.put("scale_max", Integer.toString(max));
    vars.putAll(extraVariables);
    GenerationParams p = structured ? params.withJsonSchema(JsonVerdict.scoreSchema(min, max)) : params;
    return Sampling.expand(template.render(vars, item.id()), p, samples);
  }

  Optional<ChatRequest> repair(SingleItem item, int index, ChatResponse response) {
    if (!repair || response == null || readable(response)) {
      return Optional.empty();
    }
    return Optional.of(RepairPrompt.request(requests(item).get(index), response.text(),
        template.outputFormat() + " (a number from " + min + " to " + max + ")"));
  }

  private boolean readable(ChatResponse r) {
    return ScoreParser.parse(r.text(), min, max).isPresent()
        || (weighted && WeightedScore.of(r.logprobs(), min, max).isPresent());
  }

  Grade combine(String itemId, List<Exchange> exchanges) {
    if (exchanges.size() != samples) {
      throw new IllegalArgumentException("item '" + itemId + "': expected " + samples + " exchanges, found " + exchanges.size());
    }
    List<Reading<Double>> readings = new ArrayList<>();
    int fromLogprobs = 0;
    for (Exchange e : exchanges) {
      Reading<Double> r = Reading.of(e, t -> ScoreParser.parse(t, min, max));
      if (weighted && e.response() != null) {
        ChatResponse used = r.status() == ParseStatus.REPAIRED ? e.repair() : e.response();
        OptionalDouble w = WeightedScore.of(used.logprobs(), min, max);
        if (w.isPresent()) {
          ParseStatus s = r.status().usable() ? r.status() : ParseStatus.OK;
          r = new Reading<>(w.getAsDouble(), s, "logprobs", r.note(), r.raw());
          fromLogprobs++;
        }
      }
      readings.add(r);
    }
    List<Double> values = readings.stream().filter(r -> r.status().usable()).map(Reading::value).toList();
    Optional<Votes.Mean> mean = Votes.mean(values);
    String method = !weighted || fromLogprobs == 0 ? "parsed" : fromLogprobs == values.size() ? "logprob-weighted" : "mixed";
    Usage usage = Usage.NONE;
    int calls = 0;
    int replies = 0;
    for (Exchange e : exchanges) {
      usage = usage.plus(e.usage());
      calls += e.modelCalls();
      replies += e.replies();
    }
    return new Grade(itemId, judge, mean.map(Votes.Mean::mean).orElse(Double.NaN), Reading.combined(readings), method,
        readings.stream().map(Reading::raw).toList(), readings.stream().map(Reading::rule).toList(),
        PairProtocol.notes(readings), mean.map(Votes.Mean::agreement).orElse(Double.NaN), calls, replies, usage);
  }
}
