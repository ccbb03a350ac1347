package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The repository's Containerfile (docs/container.md): multi-stage, a jlink stage over exactly the
 * modules jdeps finds for the CLI, a runtime stage from scratch with a non-root user, {@code assay}
 * as entrypoint and the OCI labels. Building the image itself is scripts/build-image.sh plus
 * scripts/image-smoke.sh (buildah, root), which unit tests cannot assume.
 */
class ContainerfileTest {

  private static final Path ROOT = repoRoot();
  private static final Pattern LABEL = Pattern.compile("([A-Za-z0-9_.\\-]+)=\"([^\"]*)\"");

  /** One instruction: its keyword (upper case) and its arguments, continuation lines joined. */
  record Instruction(String keyword, String args) {}

  /** One build stage: its FROM arguments and instructions. */
  record Stage(String from, List<Instruction> instructions) {
    List<String> args(String keyword) {
      return instructions.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::args).toList();
    }

    Map<String, String> argDefaults() {
      Map<String, String> m = new LinkedHashMap<>();
      for (String a : args("ARG")) {
        int eq = a.indexOf('=');
        if (eq > 0) m.put(a.substring(0, eq).trim(), a.substring(eq + 1).trim());
      }
      return m;
    }
  }

  @Test
  void isMultiStageWithARuntimeFromScratch() throws IOException {
    List<Stage> stages = stages();
    assertThat(stages).hasSizeGreaterThanOrEqualTo(2);
    assertThat(stages.get(0).from()).endsWith("AS build");
    Stage runtime = stages.getLast();
    assertThat(runtime.from()).isEqualTo("scratch AS runtime");
    assertThat(runtime.args("COPY")).allMatch(c -> c.startsWith("--from=build "));
    assertThat(runtime.args("RUN")).as("a runtime without a package manager runs nothing").isEmpty();
  }

  @Test
  void runtimeRunsAsANonRootUserWithAssayAsEntrypoint() throws IOException {
    Stage runtime = stages().getLast();
    assertThat(runtime.args("USER")).hasSize(1);
    String user = runtime.args("USER").getFirst().split(":")[0];
    assertThat(user).isNotIn("0", "root").matches("[1-9][0-9]{3,}");
    assertThat(Files.readString(ROOT.resolve("scripts/image/stage-rootfs.sh")))
        .contains("assay:x:" + "$UID_GID:$UID_GID:", "UID_GID=" + user, "/usr/local/bin/assay");
    assertThat(runtime.args("ENTRYPOINT")).containsExactly("[\"/usr/local/bin/assay\"]");
    assertThat(runtime.args("ENV").getFirst()).contains("DJL_CACHE_DIR=/home/assay/.cache/djl");
    assertThat(runtime.args("COPY"))
        .anyMatch(c -> c.contains("--chown=" + user + ":") && c.endsWith("/home/assay/"));
  }

  @Test
  void runtimeCarriesTheOciLabels() throws IOException {
    Map<String, String> labels = new LinkedHashMap<>();
    for (String l : stages().getLast().args("LABEL")) {
      Matcher m = LABEL.matcher(l);
      while (m.find()) labels.put(m.group(1), m.group(2));
    }
    assertThat(labels).containsKeys(
        Arrays.stream(new String[] {"title", "version", "revision", "source", "created", "licenses"})
            .map(k -> "org.opencontainers.image." + k).toArray(String[]::new));
    assertThat(labels.get("org.opencontainers.image.title")).isEqualTo("assay");
    assertThat(labels.get("org.opencontainers.image.version")).isEqualTo("${VERSION}");
  }

  @Test
  void jlinksTheDeclaredModulesAndTheyAreJdkModules() throws IOException {
    Stage build = stages().getFirst();
    assertThat(build.args("RUN")).anyMatch(r -> r.contains("/bin/jlink")
        && r.contains("--add-modules \"$JDEPS_MODULES,$EXTRA_MODULES\"") && r.contains("--output /staging/opt/java"));
    assertThat(build.args("RUN")).anyMatch(r -> r.startsWith("scripts/image/check-modules.sh \"$JDEPS_MODULES\""));
    Set<String> declared = modules(build.argDefaults().get("JDEPS_MODULES"));
    Set<String> extra = modules(build.argDefaults().get("EXTRA_MODULES"));
    assertThat(extra).doesNotContainAnyElementsOf(declared).contains("jdk.crypto.ec", "jdk.zipfs");
    Set<String> system = ModuleFinder.ofSystem().findAll().stream()
        .map(ModuleReference::descriptor).map(d -> d.name()).collect(Collectors.toSet());
    assertThat(system).containsAll(declared).containsAll(extra);
  }

  @Test
  void declaredModulesAreWhatJdepsFindsForTheCli() throws IOException {
    Optional<ToolProvider> jdeps = ToolProvider.findFirst("jdeps");
    assumeTrue(jdeps.isPresent(), "needs a JDK with jdeps");
    // The image analyses assay-cli.jar over target/lib; here the same classes come from the test
    // class path: Assay's main modules (class folders in the reactor) are the targets, every other
    // entry the class path. jdeps follows only what the targets reach, so test-only jars add nothing.
    String classPath = Optional.ofNullable(System.getProperty("surefire.test.class.path"))
        .orElse(System.getProperty("java.class.path"));
    List<String> targets = new ArrayList<>();
    List<String> others = new ArrayList<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      if (entry.isBlank()) continue;
      Path p = Path.of(entry).toAbsolutePath().normalize();
      boolean ours = p.startsWith(ROOT) && !p.toString().contains("assay-testkit")
          && (p.endsWith(Path.of("target", "classes")) || p.getFileName().toString().matches("assay-.*\\.jar"));
      (ours ? targets : others).add(p.toString());
    }
    assertThat(targets).anyMatch(t -> t.contains("assay-cli")).anyMatch(t -> t.contains("assay-models"));
    List<String> command = new ArrayList<>(List.of("--multi-release", String.valueOf(Runtime.version().feature()),
        "--ignore-missing-deps", "--print-module-deps", "--class-path", String.join(File.pathSeparator, others)));
    command.addAll(targets);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int rc = jdeps.get().run(new PrintWriter(out), new PrintWriter(err), command.toArray(String[]::new));
    assertThat(rc).as(err.toString()).isZero();
    String[] lines = out.toString().strip().split("\\R");
    Set<String> found = modules(lines[lines.length - 1]);
    assertThat(found).contains("java.base", "java.sql", "java.net.http");
    assertThat(modules(stages().getFirst().argDefaults().get("JDEPS_MODULES")))
        .as("JDEPS_MODULES in the Containerfile").isEqualTo(found);
  }

  @Test
  void buildContextHoldsTheSourcesAndScriptsAreExecutable() throws IOException {
    List<String> ignore = Files.readAllLines(ROOT.resolve(".containerignore"));
    assertThat(ignore).contains(".git", "**/target", ".assay")
        .noneMatch(l -> l.equals("*") || l.startsWith("scripts") || l.startsWith("assay-*") || l.startsWith(".mvn")
            || l.contains("src") || l.equals("pom.xml") || l.equals("mvnw"));
    for (String s : List.of("scripts/build-image.sh", "scripts/image-smoke.sh",
        "scripts/image/check-modules.sh", "scripts/image/stage-rootfs.sh")) {
      assertThat(ROOT.resolve(s)).isRegularFile();
      assertThat(ROOT.resolve(s).toFile().canExecute()).as(s).isTrue();
    }
  }

  private static Set<String> modules(String list) {
    assertThat(list).as("module list").isNotBlank();
    return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static List<Stage> stages() throws IOException {
    String text = Files.readString(ROOT.resolve("Containerfile")).replaceAll("\\\\\\R", " ");
    List<Stage> stages = new ArrayList<>();
    List<Instruction> current = null;
    for (String raw : text.split("\\R")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      String[] kv = line.split("\\s+", 2);
      String keyword = kv[0].toUpperCase(java.util.Locale.ROOT);
      String args = kv.length > 1 ? kv[1].replaceAll("\\s+", " ").strip() : "";
      if (keyword.equals("FROM")) {
        current = new ArrayList<>();
        stages.add(new Stage(args, current));
      } else if (current != null) {
        current.add(new Instruction(keyword, args));
      }
    }
    return stages;
  }

  private static Path repoRoot() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("Containerfile"))) p = p.getParent();
    assertThat(p).as("a Containerfile above " + new File("").getAbsolutePath()).isNotNull();
    return p;
  }
}
