package dev.assay.eval.leaderboard;

import dev.assay.core.run.LeaderboardFile;
import dev.assay.core.run.RunContract;
import dev.assay.core.run.RunFileKind;
import dev.assay.eval.benchmark.alpacaeval.LeaderboardEntry;
import dev.assay.stats.agreement.ChanceCorrected;
import dev.assay.stats.info.FlipRateResult;
import dev.assay.stats.interval.Interval;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a computed {@link PairwiseLeaderboard.Report} into the {@code leaderboard.json} contract
 * ({@link LeaderboardFile}), the one form every consumer (CLI summary, report, pipelines) reads.
 * Non-finite statistics become {@code null}, as the contract's schema allows.
 *
 * <pre>{@code
 * LeaderboardFile file = LeaderboardContract.toFile(report, options);
 * LeaderboardContract.CONTRACT.write(out.resolve("leaderboard.json"), file);
 * }</pre>
 */
public final class LeaderboardContract {
  /** Reads and writes {@code leaderboard.json}. */
  public static final RunContract<LeaderboardFile> CONTRACT = RunFileKind.LEADERBOARD.contract(LeaderboardFile.class);

  private LeaderboardContract() {}

  /** The contract record of a report computed with {@code o}. */
  public static LeaderboardFile toFile(PairwiseLeaderboard.Report r, PairwiseLeaderboard.Options o) {
    List<LeaderboardFile.ModelEntry> models = new ArrayList<>();
    for (PairwiseLeaderboard.ModelRow m : r.models()) {
      models.add(new LeaderboardFile.ModelEntry(m.model(), m.rank() == 0 ? null : m.rank(), num(m.rating()),
          num(m.lower()), num(m.upper()), m.pairs(), vs(m.vsBaseline())));
    }
    return new LeaderboardFile(r.baseline(), r.rows(), r.judged(), r.unjudged(), o.confidence(), o.bootstrapRounds(),
        o.seed(), models, consistency(r.consistency()), human(r.human()));
  }

  private static LeaderboardFile.VsBaseline vs(BaselineWinRates.Result v) {
    if (v == null) {
      return null;
    }
    LeaderboardEntry e = v.alpaca();
    var w = e.winRate();
    return new LeaderboardFile.VsBaseline(num(w.winRate()), interval(v.bootstrap()), num(w.standardError()),
        w.nWins(), w.nWinsBase(), w.nDraws(), w.nTotal(), e.dropped(), num(w.discreteWinRate()),
        interval(v.wilson()), num(e.lcFitted()), num(e.lcFittedStandardError()),
        v.hasLengths() ? e.lcGlm() : null, v.hasLengths() ? (long) e.avgLength() : null);
  }

  private static LeaderboardFile.Consistency consistency(JudgeConsistency c) {
    if (c == null) {
      return null;
    }
    return new LeaderboardFile.Consistency(c.pairs(), flip(c.flipRate()), flip(c.flipRateExcludingTies()),
        num(c.positionBiasRate()), c.firstPosition(), num(c.firstPositionRate()), c.secondPosition(),
        num(c.secondPositionRate()));
  }

  private static LeaderboardFile.FlipRate flip(FlipRateResult f) {
    return new LeaderboardFile.FlipRate(num(f.rate()), f.flips(), f.compared(), f.excluded());
  }

  private static LeaderboardFile.HumanAgreement human(HumanAgreement h) {
    if (h == null) {
      return null;
    }
    return new LeaderboardFile.HumanAgreement(h.items(), num(h.agreement()), interval(h.agreementInterval()),
        kappa(h.kappa()), h.itemsWithoutTies(), num(h.agreementWithoutTies()), kappa(h.kappaWithoutTies()));
  }

  private static LeaderboardFile.Kappa kappa(ChanceCorrected k) {
    return k == null ? null : new LeaderboardFile.Kappa(num(k.value()), num(k.observed()), num(k.expected()));
  }

  private static LeaderboardFile.Interval interval(Interval i) {
    return new LeaderboardFile.Interval(num(i.lower()), num(i.upper()), i.method());
  }

  private static Double num(double x) {
    return Double.isFinite(x) ? x : null;
  }
}
