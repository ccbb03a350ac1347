package dev.assay.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the public reference data ({@code shared/data}, beside the checkout) for tests. A test
 * that needs it is skipped where it is absent, except on CI (environment variable {@code CI}
 * set), where it fails with a message saying where the data must be (see {@link Ci}).
 *
 * <pre>{@code
 * Path questions = SharedData.path("mt_bench/question.jsonl");   // a file or folder under it
 * Path root = SharedData.require();                               // the folder itself
 * Optional<Path> maybe = SharedData.root();                       // never skips or fails
 * }</pre>
 */
public final class SharedData {
  /** What {@link Ci} tells a CI run to do when the data is missing. */
  static final String INSTALL = "put the public reference data set in ../shared/data (a folder named shared/data"
      + " beside or above the checkout, holding alpaca_eval/, mt_bench/, hh_rlhf/ and toxicity/)";

  private SharedData() {}

  /** The {@code shared/data} folder nearest above the working directory, if any. */
  public static Optional<Path> root() {
    return root(Path.of("").toAbsolutePath());
  }

  static Optional<Path> root(Path start) {
    for (Path d = start; d != null; d = d.getParent()) {
      Path candidate = d.resolve("shared").resolve("data");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The {@code shared/data} folder; skips the calling test where it is absent, fails it on CI. */
  public static Path require() {
    Optional<Path> r = root();
    Ci.require(r.isPresent(), "shared/data not found above " + Path.of("").toAbsolutePath(), INSTALL);
    return r.get();
  }

  /** The file or folder under shared/data; skips the calling test where it is absent, fails it on CI. */
  public static Path path(String relative) {
    return path(root(), relative, Ci.active());
  }

  static Path path(Optional<Path> root, String relative, boolean ci) {
    Optional<Path> file = root.map(r -> r.resolve(relative)).filter(Files::exists);
    String where = root.map(r -> " (looked in " + r + ")").orElse(" (no shared/data folder above "
        + Path.of("").toAbsolutePath() + ")");
    Ci.require(file.isPresent(), "shared/data/" + relative + " not found" + where, INSTALL, ci);
    return file.get();
  }
}
