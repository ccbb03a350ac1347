package dev.assay.report.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The run folders of a gate (or of its baseline), found by the names assertions use: a folder's
 * name ({@code qa}, {@code judge-main}), or its manifest's command when only one folder ran that
 * command ({@code reward-eval} or {@code reward_eval} for {@code reward eval}). A name may hold dots
 * ({@code run.v2.counts.kept}): the longest name that matches wins.
 *
 * <pre>{@code
 * Runs runs = new Runs(List.of(RunLoader.load(Path.of("out/qa"))));
 * Runs.Hit h = runs.find(FieldPath.parse("qa.counts.rejected"));   // h.run() = qa, h.segments() = 1
 * }</pre>
 *
 * @param runs the folders, in the order given
 */
public record Runs(List<RunView> runs) {

  /** A run and how many leading path segments named it. */
  public record Hit(RunView run, int segments) {}

  /** Copies. */
  public Runs {
    runs = List.copyOf(runs);
  }

  /** The run {@code target} starts with; {@link FieldResolver.Unknown} lists the names that exist. */
  Hit find(FieldPath target) {
    List<FieldPath.Segment> s = target.segments();
    for (int k = s.size() - 1; k >= 1; k--) {
      String name = joined(s, k);
      if (name == null) {
        continue;
      }
      List<RunView> byName = runs.stream().filter(r -> r.name().equals(name)).toList();
      if (byName.size() > 1) {
        throw new FieldResolver.Unknown(null, name, List.of(), byName.size() + " run folders are named '" + name + "' ("
            + String.join(", ", byName.stream().map(r -> r.dir().toString()).toList()) + "); give the gate folders with distinct names");
      }
      if (byName.size() == 1) {
        return new Hit(byName.get(0), k);
      }
      List<RunView> byCommand = new ArrayList<>();
      for (RunView r : runs) {
        if (r.command() != null && commandNames(r.command()).contains(name.toLowerCase(Locale.ROOT))) {
          byCommand.add(r);
        }
      }
      if (byCommand.size() == 1) {
        return new Hit(byCommand.get(0), k);
      }
      if (byCommand.size() > 1) {
        throw new FieldResolver.Unknown(null, name, names(),
            "'" + name + "' is the command of " + byCommand.size() + " run folders; name one by its folder name");
      }
    }
    String first = s.get(0) instanceof FieldPath.Name n ? n.name() : s.get(0).toString();
    throw new FieldResolver.Unknown(null, first, names(), "no run folder is named '" + first + "'");
  }

  /** Every name a run answers to: folder names, then unique commands. */
  List<String> names() {
    List<String> out = new ArrayList<>();
    for (RunView r : runs) {
      out.add(r.name());
    }
    for (RunView r : runs) {
      if (r.command() != null) {
        String c = r.command().replace(' ', '-');
        if (!out.contains(c) && runs.stream().filter(x -> r.command().equals(x.command())).count() == 1) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private static List<String> commandNames(String command) {
    String c = command.toLowerCase(Locale.ROOT);
    return List.of(c, c.replace(' ', '-'), c.replace(' ', '_'));
  }

  private static String joined(List<FieldPath.Segment> s, int k) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < k; i++) {
      if (!(s.get(i) instanceof FieldPath.Name n)) {
        return null;
      }
      b.append(i == 0 ? "" : ".").append(n.name());
    }
    return b.toString();
  }
}
