package dev.assay.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the public reference data ({@code shared/data}, beside the checkout) for tests. Tests that
 * need it are skipped, not failed, where it is absent; CI always has it.
 *
 * <pre>{@code
 * Path questions = SharedData.path("mt_bench/question.jsonl");
 * Optional<Path> root = SharedData.root();
 * }</pre>
 */
public final class SharedData {
  private SharedData() {}

  /** The {@code shared/data} folder nearest above the working directory, if any. */
  public static Optional<Path> root() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path candidate = d.resolve("shared").resolve("data");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The file under shared/data; aborts (skips) the calling test when it is absent. */
  public static Path path(String relative) {
    Optional<Path> file = root().map(r -> r.resolve(relative)).filter(Files::exists);
    Assumptions.assumeTrue(file.isPresent(), "shared/data/" + relative + " not found next to the checkout");
    return file.get();
  }
}
