package dev.assay.eval.judge;

import dev.assay.core.AssayInputException;
import dev.assay.eval.prompt.PromptTemplate;
import dev.assay.eval.verdict.JsonVerdict;
import dev.assay.eval.verdict.PairVerdict;
import dev.assay.eval.verdict.PairVerdictParser;
import dev.assay.eval.verdict.ParseStatus;
import dev.assay.eval.verdict.RepairPrompt;
import dev.assay.eval.verdict.Votes;
import dev.assay.models.llm.ChatRequest;
import dev.assay.models.llm.ChatResponse;
import dev.assay.models.llm.GenerationParams;
import dev.assay.models.llm.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pairwise verdict protocol shared by the {@code pairwise} judges: requests for order AB
 * (samples 0..k-1) then, with swap on, order BA; majority per order; FastChat's position-swap
 * rule across orders (lm-sys/FastChat {@code fastchat/llm_judge}: the winners of both orders are
 * mapped back to the models, and differing winners count as a tie).
 *
 * <p>When exactly one order has no verdict the judgment is missing (winner null, preference NaN,
 * outcome {@link PairOutcome#ONE_ORDER_MISSING}), as FastChat drops matches with an error in either
 * order; with {@code singleOrderFallback} the other order's verdict is used instead.
 *
 * <pre>{@code
 * PairProtocol p = new PairProtocol("pairwise", template, true, 1, params, false, true, false, false);
 * PairJudgment j = p.combine(item, exchanges);
 * }</pre>
 */
record PairProtocol(
    String judge,
    PromptTemplate template,
    boolean swap,
    int samples,
    GenerationParams params,
    boolean structured,
    boolean repair,
    boolean singleOrderFallback,
    boolean needsReference) {

  List<ChatRequest> requests(PairItem item) {
    if (needsReference && item.reference().isEmpty()) {
      throw new AssayInputException("item '" + item.id() + "': judge '" + judge + "' needs a reference answer, found none");
    }
    GenerationParams p = structured ? params.withJsonSchema(JsonVerdict.pairSchema()) : params;
    List<ChatRequest> out = new ArrayList<>(Sampling.expand(template.render(Variables.pair(item), item.id()), p, samples));
    if (swap) {
      out.addAll(Sampling.expand(template.render(Variables.pair(item.swapped()), item.id() + " (swapped)"), p, samples));
    }
    return out;
  }

  Optional<ChatRequest> repair(PairItem item, int index, ChatResponse response) {
    if (!repair || response == null || PairVerdictParser.parse(response.text()).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(RepairPrompt.request(requests(item).get(index), response.text(), template.outputFormat()));
  }

  PairJudgment combine(PairItem item, List<Exchange> exchanges) {
    int expected = samples * (swap ? 2 : 1);
    if (exchanges.size() != expected) {
      throw new IllegalArgumentException("item '" + item.id() + "': expected " + expected + " exchanges, found " + exchanges.size());
    }
    OrderVerdict ab = order(exchanges.subList(0, samples));
    OrderVerdict ba = swap ? order(exchanges.subList(samples, 2 * samples)) : null;
    PairVerdict x = ab.verdict();
    PairVerdict y = ba == null || ba.verdict() == null ? null : ba.verdict().swapped();
    PairVerdict winner;
    PairOutcome outcome;
    if (!swap) {
      winner = x;
      outcome = x == null ? PairOutcome.NO_VERDICT : PairOutcome.SINGLE_ORDER;
    } else if (x == null && y == null) {
      winner = null;
      outcome = PairOutcome.NO_VERDICT;
    } else if (x == null || y == null) {
      winner = singleOrderFallback ? (x != null ? x : y) : null;
      outcome = PairOutcome.ONE_ORDER_MISSING;
    } else if (x == y) {
      winner = x;
      outcome = PairOutcome.CONSISTENT;
    } else {
      winner = PairVerdict.TIE;
      outcome = PairOutcome.INCONSISTENT;
    }
    Usage usage = Usage.NONE;
    int calls = 0;
    int replies = 0;
    for (Exchange e : exchanges) {
      usage = usage.plus(e.usage());
      calls += e.modelCalls();
      replies += e.replies();
    }
    return new PairJudgment(item.id(), judge, winner == null ? null : winner.winner(),
        winner == null ? Double.NaN : winner.preference(), outcome, ab, ba, calls, replies, usage);
  }

  static OrderVerdict order(List<Exchange> exchanges) {
    List<Reading<PairVerdict>> readings = exchanges.stream().map(e -> Reading.of(e, PairVerdictParser::parse)).toList();
    List<PairVerdict> votes = readings.stream().filter(r -> r.status().usable()).map(Reading::value).toList();
    Optional<Votes.Majority> m = Votes.majority(votes);
    ParseStatus status = Reading.combined(readings);
    return new OrderVerdict(m.map(Votes.Majority::verdict).orElse(null), status,
        readings.stream().map(Reading::raw).toList(), readings.stream().map(Reading::rule).toList(),
        notes(readings), m.map(Votes.Majority::agreement).orElse(Double.NaN), Double.NaN);
  }

  static List<String> notes(List<? extends Reading<?>> readings) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < readings.size(); i++) {
      if (!readings.get(i).note().isEmpty()) {
        out.add((readings.size() > 1 ? "sample " + i + ": " : "") + readings.get(i).note());
      }
    }
    return out;
  }

  /** Template hash for manifests. */
  Map<String, String> hashes() {
    return Map.of(template.name(), template.sha256());
  }
}
