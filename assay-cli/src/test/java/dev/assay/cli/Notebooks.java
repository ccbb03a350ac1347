package dev.assay.cli;

import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Finds a Python with nbconvert, matplotlib and pandas (Debian's /usr/bin/python3 with
 * jupyter-nbconvert, python3-matplotlib, python3-pandas). Without one, a test is skipped on a
 * developer's machine and fails in CI (CI set), where .ci/run installs the packages.
 */
final class Notebooks {
  private Notebooks() {}

  static String python() throws Exception {
    for (String candidate : new String[] {"/usr/bin/python3", "python3"}) {
      if (candidate.startsWith("/") && !Files.isExecutable(Path.of(candidate))) {
        continue;
      }
      Process p = new ProcessBuilder(candidate, "-c", "import nbconvert, nbclient, matplotlib, pandas, ipykernel")
          .redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
        return candidate;
      }
    }
    String need = "no python3 with nbconvert, nbclient, matplotlib, pandas and ipykernel "
        + "(apt-get install jupyter-nbconvert python3-nbclient python3-matplotlib python3-pandas python3-ipykernel)";
    if (System.getenv("CI") != null && !System.getenv("CI").isBlank()) {
      fail(need);
    }
    assumeThat(false).as(need).isTrue();
    return null;
  }
}
