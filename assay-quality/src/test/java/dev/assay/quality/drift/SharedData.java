package dev.assay.quality.drift;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Finds the public reference data ({@code shared/data}) beside the checkout, for tests. */
final class SharedData {
  private SharedData() {}

  /** The file under shared/data; the test is skipped (not failed) when the data is absent. */
  static Path path(String relative) {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path candidate = d.resolve("shared/data").resolve(relative);
      if (Files.exists(candidate)) {
        return candidate;
      }
    }
    Assumptions.abort("shared/data/" + relative + " not found next to the checkout");
    return null;
  }
}
