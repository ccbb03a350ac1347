package dev.assay.report.gate;

import dev.assay.core.run.RunFileKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The run folders a user named: a folder with a {@code manifest.json} is a run; a folder without
 * one stands for the run folders directly inside it (so {@code assay gate ... out/quickstart} gates
 * every run of the quickstart), by name. A path that does not exist, or holds no run, is bad usage.
 *
 * <pre>{@code
 * Runs runs = GateInputs.load(List.of(Path.of("out/quickstart")));   // validate, qa, judge, leaderboard
 * }</pre>
 */
public final class GateInputs {
  private GateInputs() {}

  /** The run folders {@code paths} name. */
  public static List<Path> expand(List<Path> paths) {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new GateSyntaxException(p + ": no such run folder");
      }
      if (!Files.isDirectory(p)) {
        throw new GateSyntaxException(p + ": not a run folder (a run folder is a directory with a manifest.json)");
      }
      if (isRun(p)) {
        out.add(p);
        continue;
      }
      List<Path> inside;
      try (Stream<Path> s = Files.list(p)) {
        inside = s.filter(GateInputs::isRun).sorted().toList();
      } catch (IOException e) {
        throw new UncheckedIOException(p + ": cannot list: " + e.getMessage(), e);
      }
      if (inside.isEmpty()) {
        throw new GateSyntaxException(p + ": not a run folder: it holds no manifest.json, and no folder inside it does");
      }
      out.addAll(inside);
    }
    return out;
  }

  /** Every run folder {@code paths} name, read (a folder that cannot be read carries its error). */
  public static Runs load(List<Path> paths) {
    return new Runs(expand(paths).stream().map(RunLoader::load).toList());
  }

  private static boolean isRun(Path p) {
    return Files.isDirectory(p) && Files.exists(p.resolve(RunFileKind.MANIFEST.fileName()));
  }
}
