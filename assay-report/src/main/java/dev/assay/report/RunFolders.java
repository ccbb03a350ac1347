package dev.assay.report;

import dev.assay.report.source.ReportInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which of the paths a user gave are run folders: a folder holding the {@code manifest.json} an
 * Assay command wrote is one; a folder without one stands for the run folders directly inside it
 * (in the order they ran, by the manifests' {@code started_at}), so {@code assay report
 * out/quickstart} reports every run of the quickstart; files and folders holding no run (a shell
 * glob's {@code tables/}, {@code report.html}) are skipped and listed. A path that does not exist
 * is an error, and so is a list with no run folder at all.
 *
 * <pre>{@code
 * RunFolders f = RunFolders.of(List.of(Path.of("out/quickstart")));
 * Report r = Reports.build(f.runs());
 * }</pre>
 *
 * @param runs the run folders, in report order
 * @param skipped the paths that are not run folders
 */
public record RunFolders(List<Path> runs, List<Path> skipped) {
  /** Copies the lists. */
  public RunFolders {
    runs = List.copyOf(runs);
    skipped = List.copyOf(skipped);
  }

  /** Sorts {@code paths} into run folders and the rest; see the class comment. */
  public static RunFolders of(List<Path> paths) {
    List<Path> runs = new ArrayList<>();
    List<Path> skipped = new ArrayList<>();
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new ReportInputException(p + ": no such run directory");
      }
      if (isRun(p)) {
        runs.add(p);
      } else if (Files.isDirectory(p)) {
        List<Path> inside = runsInside(p);
        if (inside.isEmpty()) {
          skipped.add(p);
        }
        runs.addAll(inside);
      } else {
        skipped.add(p);
      }
    }
    if (runs.isEmpty()) {
      Reports.manifest(skipped.get(0)); // throws the reason the first path is not a run folder
    }
    return new RunFolders(runs, skipped);
  }

  private static boolean isRun(Path p) {
    return Files.isDirectory(p) && Files.isRegularFile(p.resolve(Reports.MANIFEST));
  }

  private static List<Path> runsInside(Path dir) {
    try (Stream<Path> children = Files.list(dir)) {
      return children.filter(RunFolders::isRun)
          .sorted(Comparator.comparing((Path c) -> Reports.manifest(c).path("started_at").asString(""))
              .thenComparing(c -> c.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot list: " + e.getMessage(), e);
    }
  }
}
