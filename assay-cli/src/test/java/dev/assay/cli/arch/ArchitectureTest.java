package dev.assay.cli.arch;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules docs/architecture.md states, checked on the compiled main classes of every
 * module (assay-cli's test class path holds them all): dependencies point downwards only, core
 * and stats depend on no other module, models only on core and stats, the three libraries
 * (quality, eval, train) on none of each other nor on cli or report, report only on core and
 * stats, no main class on the test kit, and no cycles between the packages of a module.
 *
 * <pre>{@code
 * ./mvnw -pl assay-cli -am test -Dtest=ArchitectureTest -Dsurefire.failIfNoSpecifiedTests=false
 * }</pre>
 */
class ArchitectureTest {
  private static final String[] MODULES = {"core", "stats", "models", "quality", "eval", "train", "report", "server", "cli"};
  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.assay");
    // a guard against an empty import (every rule would pass vacuously)
    for (String m : MODULES) {
      assertThat(classes.stream().anyMatch(c -> c.getPackageName().startsWith("dev.assay." + m + ".")
          || c.getPackageName().equals("dev.assay." + m))).as("classes of assay-" + m + " imported").isTrue();
    }
  }

  /** Packages of every module except {@code allowed} (and the module itself), plus the test kit. */
  private static String[] modulesExcept(String self, String... allowed) {
    return java.util.stream.Stream.concat(Arrays.stream(MODULES), java.util.stream.Stream.of("testkit", "bench"))
        .filter(m -> !m.equals(self) && !Arrays.asList(allowed).contains(m))
        .map(m -> "dev.assay." + m + "..")
        .toArray(String[]::new);
  }

  private static ArchRule dependsOnlyOn(String module, String... allowed) {
    return noClasses().that().resideInAPackage("dev.assay." + module + "..")
        .should().dependOnClassesThat().resideInAnyPackage(modulesExcept(module, allowed))
        .because("assay-" + module + " may depend only on " + (allowed.length == 0 ? "no other assay module"
            : String.join(", ", allowed)) + " (docs/architecture.md)");
  }

  @Test
  void coreDependsOnNoOtherModule() {
    dependsOnlyOn("core").check(classes);
  }

  @Test
  void statsDependsOnNoOtherModuleAndDoesNoIo() {
    dependsOnlyOn("stats").check(classes);
    noClasses().that().resideInAPackage("dev.assay.stats..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "java.io..", "java.nio.file..", "java.nio.channels..", "java.net..", "java.sql..", "tools.jackson..")
        .because("assay-stats is pure math, no I/O (docs/architecture.md)")
        .check(classes);
  }

  @Test
  void modelsDependsOnlyOnCoreAndStats() {
    dependsOnlyOn("models", "core", "stats").check(classes);
  }

  @Test
  void theLibrariesDependOnlyOnTheModulesBelowThem() {
    dependsOnlyOn("quality", "core", "stats", "models").check(classes);
    dependsOnlyOn("eval", "core", "stats", "models").check(classes);
    dependsOnlyOn("train", "core", "stats", "models").check(classes);
  }

  @Test
  void evalDoesNotDependOnTraining() {
    noClasses().that().resideInAPackage("dev.assay.eval..")
        .should().dependOnClassesThat().resideInAPackage("dev.assay.train..")
        .because("reward-model inference lives in assay-models; assay-eval needs no training code")
        .check(classes);
  }

  @Test
  void reportDependsOnlyOnCoreAndStats() {
    dependsOnlyOn("report", "core", "stats").check(classes);
  }

  @Test
  void theServerStandsOnCoreStatsAndModelsAndTheCliDoesNotDependOnIt() {
    dependsOnlyOn("server", "core", "stats", "models").check(classes);
    noClasses().that().resideInAPackage("dev.assay.cli..")
        .should().dependOnClassesThat().resideInAPackage("dev.assay.server..")
        .because("the CLI finds serve and users through core's CommandExtension at run time; nothing depends on the server")
        .check(classes);
  }

  @Test
  void packagesOfAModuleFormNoCycles() {
    for (String m : new String[] {"stats", "models", "quality", "eval", "train", "report", "server", "cli"}) {
      slices().matching("dev.assay." + m + ".(*)..").should().beFreeOfCycles()
          .because("the packages of assay-" + m + " depend on each other in one direction")
          .check(classes);
    }
    // core: one known cycle (run's file kinds name manifest's RunManifest, which carries run's @Doc)
    slices().matching("dev.assay.core.(*)..").should().beFreeOfCycles()
        .ignoreDependency(resideInAPackage("dev.assay.core.run.."), resideInAPackage("dev.assay.core.manifest.."))
        .because("the packages of assay-core depend on each other in one direction, but for run -> manifest")
        .check(classes);
  }
}
