package dev.assay.eval.judge;

import dev.assay.eval.prompt.PromptTemplate;
import dev.assay.eval.prompt.PromptTemplates;
import dev.assay.eval.prompt.TemplateKind;
import dev.assay.eval.verdict.LogprobPreference;
import dev.assay.eval.verdict.PairVerdict;
import dev.assay.eval.verdict.ParseStatus;
import dev.assay.models.llm.ChatRequest;
import dev.assay.models.llm.ChatResponse;
import dev.assay.models.llm.GenerationParams;
import dev.assay.models.llm.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code alpaca-logprob}: AlpacaEval 2-style weighted preference. The judge names the better
 * output with a single token, {@code m} (first shown) or {@code M} (second shown), and the
 * preference is {@code 2 - P(m) / (P(m) + P(M))} from the top logprobs of that token
 * ({@link LogprobPreference}, matching tatsu-lab/alpaca_eval's {@code logprob_parser}). Defaults
 * follow AlpacaEval's {@code weighted_alpaca_eval_gpt4_turbo} settings: one token, temperature 1,
 * top 5 logprobs.
 *
 * <p>AlpacaEval asks one order per item and, by default, shows the two outputs in a random order
 * seeded by the instruction, mapping the preference back ({@code 3 - p}) when it swapped them.
 * {@code randomizeOrder} does the same with our own deterministic coin (SHA-256 of the
 * instruction and the seed; not bit-identical to AlpacaEval's Python {@code random}); the
 * judgment then has only {@code ab} or only {@code ba}. With {@code bothOrders} we ask both and average the
 * preferences in original terms ({@code (p_ab + (3 - p_ba)) / 2}), and the outcome says whether
 * the two orders leaned the same way. When the top logprobs give no preference (the provider
 * returned none, or neither token is listed) the reply's text decides: exactly {@code m} is 1,
 * exactly {@code M} is 2, anything else is unparseable (NaN, as AlpacaEval's parser gives).
 *
 * <pre>{@code
 * PairJudgment j = AlpacaLogprobJudge.defaults().judge(PairItem.of("q1", "Say hi.", "Hi!", "Hello."), model);
 * j.preference();   // e.g. 1.27
 * }</pre>
 *
 * @param prompt template name or file (type pairwise-logprob)
 * @param bothOrders ask both presentation orders and average
 * @param randomizeOrder with one order, show the outputs in a per-item random order (as AlpacaEval)
 * @param topLogprobs alternatives requested for the answer token
 * @param temperature sampling temperature (does not change the logprobs read)
 * @param maxTokens cap on the reply (1 in AlpacaEval)
 * @param seed sampling seed, null for none
 */
public record AlpacaLogprobJudge(
    String prompt, boolean bothOrders, boolean randomizeOrder, int topLogprobs, Double temperature, Integer maxTokens,
    Long seed)
    implements PairwiseJudge, LlmJudge<PairItem, PairJudgment> {

  public static final String NAME = "alpaca-logprob";
  /** The token that names the first shown output. */
  public static final String FIRST = "m";
  /** The token that names the second shown output. */
  public static final String SECOND = "M";

  public AlpacaLogprobJudge {
    params(topLogprobs, temperature, maxTokens, seed);
    PromptTemplates.resolve(prompt, TemplateKind.PAIRWISE_LOGPROB);
  }

  /** Bundled {@code alpaca-logprob} prompt, one randomised order, temperature 1, one token, top 5 logprobs. */
  public static AlpacaLogprobJudge defaults() {
    return new AlpacaLogprobJudge("alpaca-logprob", false, true, 5, 1.0, 1, null);
  }

  /** True when the single order asked for {@code item} shows output B first. */
  public boolean swapsOrder(PairItem item) {
    if (bothOrders || !randomizeOrder) {
      return false;
    }
    String coin = item.turns().get(item.turns().size() - 1) + "\0" + (seed == null ? 0 : seed);
    String hex = dev.assay.core.manifest.Sha256.of(coin.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return (Character.digit(hex.charAt(hex.length() - 1), 16) & 1) == 1;
  }

  @Override
  public String name() {
    return NAME;
  }

  private static GenerationParams params(int topLogprobs, Double temperature, Integer maxTokens, Long seed) {
    return GenerationParams.DEFAULT.withTemperature(temperature).withMaxTokens(maxTokens).withSeed(seed)
        .withTopLogprobs(topLogprobs);
  }

  private PromptTemplate template() {
    return PromptTemplates.resolve(prompt, TemplateKind.PAIRWISE_LOGPROB);
  }

  @Override
  public List<ChatRequest> requests(PairItem item) {
    GenerationParams p = params(topLogprobs, temperature, maxTokens, seed);
    List<ChatRequest> out = new ArrayList<>();
    if (swapsOrder(item)) {
      out.add(ChatRequest.of(template().render(Variables.pair(item.swapped()), item.id() + " (swapped)"), p));
      return out;
    }
    out.add(ChatRequest.of(template().render(Variables.pair(item), item.id()), p));
    if (bothOrders) {
      out.add(ChatRequest.of(template().render(Variables.pair(item.swapped()), item.id() + " (swapped)"), p));
    }
    return out;
  }

  /** No repair: the verdict is read from logprobs, which a follow-up turn would not give. */
  @Override
  public Optional<ChatRequest> repair(PairItem item, int index, ChatResponse response) {
    return Optional.empty();
  }

  @Override
  public PairJudgment combine(PairItem item, List<Exchange> exchanges) {
    int expected = bothOrders ? 2 : 1;
    if (exchanges.size() != expected) {
      throw new IllegalArgumentException("item '" + item.id() + "': expected " + expected + " exchanges, found " + exchanges.size());
    }
    boolean swapped = swapsOrder(item);
    OrderVerdict ab = swapped ? null : order(exchanges.get(0));
    OrderVerdict ba = swapped ? order(exchanges.get(0)) : bothOrders ? order(exchanges.get(1)) : null;
    double pref;
    PairOutcome outcome;
    if (!bothOrders) {
      pref = swapped ? 3.0 - ba.preference() : ab.preference();
      outcome = Double.isNaN(pref) ? PairOutcome.NO_VERDICT : PairOutcome.SINGLE_ORDER;
    } else {
      double x = ab.preference();
      double y = Double.isNaN(ba.preference()) ? Double.NaN : 3.0 - ba.preference();
      if (Double.isNaN(x) && Double.isNaN(y)) {
        pref = Double.NaN;
        outcome = PairOutcome.NO_VERDICT;
      } else if (Double.isNaN(x) || Double.isNaN(y)) {
        pref = Double.NaN;
        outcome = PairOutcome.ONE_ORDER_MISSING;
      } else {
        pref = (x + y) / 2;
        outcome = Math.signum(x - 1.5) == Math.signum(y - 1.5) ? PairOutcome.CONSISTENT : PairOutcome.INCONSISTENT;
      }
    }
    Usage usage = Usage.NONE;
    int calls = 0;
    int replies = 0;
    for (Exchange e : exchanges) {
      usage = usage.plus(e.usage());
      calls += e.modelCalls();
      replies += e.replies();
    }
    return new PairJudgment(item.id(), NAME, PairJudgment.winnerOf(pref), pref, outcome, ab, ba, calls, replies, usage);
  }

  private static OrderVerdict order(Exchange e) {
    if (e.response() == null) {
      return new OrderVerdict(null, ParseStatus.CALL_FAILED, List.of(""), List.of(""),
          List.of(e.error() == null ? "no reply" : e.error()), Double.NaN, Double.NaN);
    }
    ChatResponse r = e.response();
    double pref = LogprobPreference.preference(r.logprobs(), FIRST, List.of(FIRST, SECOND));
    String rule = "logprobs";
    String note = "";
    if (Double.isNaN(pref)) {
      String t = r.text().strip();
      pref = t.equals(FIRST) ? 1.0 : t.equals(SECOND) ? 2.0 : Double.NaN;
      rule = Double.isNaN(pref) ? "" : "text";
      note = r.logprobs().isEmpty() ? "no logprobs in the reply" : "neither m nor M among the top logprobs";
    }
    PairVerdict v = Double.isNaN(pref) ? null : pref < 1.5 ? PairVerdict.A : pref > 1.5 ? PairVerdict.B : PairVerdict.TIE;
    ParseStatus s = Double.isNaN(pref) ? ParseStatus.UNPARSEABLE : ParseStatus.OK;
    return new OrderVerdict(v, s, List.of(r.text()), List.of(rule), note.isEmpty() ? List.of() : List.of(note),
        Double.isNaN(pref) ? Double.NaN : 1.0, pref);
  }

  @Override
  public String promptHash() {
    return template().sha256();
  }
}
