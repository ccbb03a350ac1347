package dev.assay.eval.judge;

import dev.assay.eval.prompt.Criterion;
import dev.assay.eval.prompt.PromptTemplate;
import dev.assay.eval.prompt.PromptTemplates;
import dev.assay.eval.prompt.Rubric;
import dev.assay.eval.prompt.TemplateKind;
import dev.assay.eval.verdict.ParseStatus;
import dev.assay.models.llm.ChatRequest;
import dev.assay.models.llm.ChatResponse;
import dev.assay.models.llm.Usage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code rubric}: grades one answer on each criterion of a rubric (bundled {@code default}:
 * helpfulness, harmlessness, coherence, factuality), one request per criterion so each gets its
 * own definition, scale and level anchors. The overall value is the mean of the usable criteria
 * rescaled to [0, 1].
 *
 * <pre>{@code
 * RubricGrade g = RubricScoreJudge.defaults().judge(SingleItem.of("q1", "Is the sun a star?", "Yes."), model);
 * g.criteria().get("factuality").score();
 * }</pre>
 *
 * @param rubric rubric name or YAML file
 * @param prompt template name or file (type rubric)
 * @param samples self-consistency samples per criterion
 * @param temperature sampling temperature; null: 0 for one sample, 0.7 for several
 * @param maxTokens cap on each reply
 * @param seed sampling seed, null for none
 * @param structured ask for JSON-schema output (only for models that support it)
 * @param repair send one repair request when a reply has no grade
 */
public record RubricScoreJudge(
    String rubric, String prompt, int samples, Double temperature, Integer maxTokens, Long seed, boolean structured,
    boolean repair)
    implements RubricJudge, LlmJudge<SingleItem, RubricGrade> {

  public static final String NAME = "rubric";

  public RubricScoreJudge {
    Sampling.params(samples, temperature, maxTokens, seed);
    Rubric.resolve(rubric);
    PromptTemplates.resolve(prompt, TemplateKind.RUBRIC);
  }

  /** Bundled {@code default} rubric and {@code rubric} prompt, one greedy sample per criterion. */
  public static RubricScoreJudge defaults() {
    return new RubricScoreJudge("default", "rubric", 1, null, 1024, null, false, true);
  }

  @Override
  public String name() {
    return NAME;
  }

  private List<ScoreProtocol> protocols() {
    List<ScoreProtocol> out = new ArrayList<>();
    for (Criterion c : Rubric.resolve(rubric).criteria()) {
      Map<String, String> vars = Map.of("criterion", c.name(), "definition", c.definition(), "levels", c.levelsText());
      PromptTemplate template = PromptTemplates.resolve(prompt, TemplateKind.RUBRIC).withExtraExamples(c.examples());
      out.add(new ScoreProtocol(NAME + "/" + c.name(), template, c.min(),
          c.max(), samples, Sampling.params(samples, temperature, maxTokens, seed), structured, repair, false, false, vars));
    }
    return out;
  }

  @Override
  public List<ChatRequest> requests(SingleItem item) {
    List<ChatRequest> out = new ArrayList<>();
    protocols().forEach(p -> out.addAll(p.requests(item)));
    return out;
  }

  @Override
  public Optional<ChatRequest> repair(SingleItem item, int index, ChatResponse response) {
    return protocols().get(index / samples).repair(item, index % samples, response);
  }

  @Override
  public RubricGrade combine(SingleItem item, List<Exchange> exchanges) {
    Rubric r = Rubric.resolve(rubric);
    List<ScoreProtocol> ps = protocols();
    if (exchanges.size() != ps.size() * samples) {
      throw new IllegalArgumentException("item '" + item.id() + "': expected " + ps.size() * samples
          + " exchanges, found " + exchanges.size());
    }
    Map<String, Grade> grades = new LinkedHashMap<>();
    double sum = 0;
    int usable = 0;
    ParseStatus worst = ParseStatus.OK;
    Usage usage = Usage.NONE;
    int calls = 0;
    int replies = 0;
    for (int i = 0; i < ps.size(); i++) {
      Criterion c = r.criteria().get(i);
      Grade g = ps.get(i).combine(item.id(), exchanges.subList(i * samples, (i + 1) * samples));
      grades.put(c.name(), g);
      if (g.status().usable()) {
        sum += c.normalise(g.score());
        usable++;
      }
      worst = g.status().ordinal() > worst.ordinal() ? g.status() : worst;
      usage = usage.plus(g.usage());
      calls += g.modelCalls();
      replies += g.replies();
    }
    return new RubricGrade(item.id(), NAME, r.name(), grades, usable == 0 ? Double.NaN : sum / usable, worst, calls,
        replies, usage);
  }

  @Override
  public String promptHash() {
    return PromptTemplates.resolve(prompt, TemplateKind.RUBRIC).sha256();
  }
}
