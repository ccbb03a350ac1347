package dev.assay.stats.rating;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the project's shared reference data ({@code ../shared/data} from the project root). */
final class SharedData {
  private SharedData() {}

  static Optional<Path> find() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path candidate = d.resolve("shared").resolve("data");
      if (Files.isDirectory(candidate.resolve("alpaca_eval"))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
