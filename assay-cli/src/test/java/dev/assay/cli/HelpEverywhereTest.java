package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/** Every command, found by walking the command tree, answers --help with a usage text. */
class HelpEverywhereTest {

  private static void collect(CommandLine cl, List<String[]> paths, List<String> prefix) {
    List<String> here = new ArrayList<>(prefix);
    here.add(cl.getCommandName());
    paths.add(here.subList(1, here.size()).toArray(String[]::new));
    for (CommandLine sub : cl.getSubcommands().values()) {
      if (!sub.getCommandName().equals("help")) {
        collect(sub, paths, here);
      }
    }
  }

  @TestFactory
  List<DynamicTest> everyCommandHasHelp() {
    List<String[]> paths = new ArrayList<>();
    collect(Main.commandLine(), paths, List.of());
    List<DynamicTest> tests = new ArrayList<>();
    for (String[] path : paths) {
      String[] args = java.util.Arrays.copyOf(path, path.length + 1);
      args[path.length] = "--help";
      tests.add(
          DynamicTest.dynamicTest(
              "assay " + String.join(" ", args),
              () -> {
                CliHarness r = CliHarness.run(args);
                assertThat(r.exit()).isZero();
                assertThat(r.out()).contains("Usage:");
              }));
    }
    assertThat(tests).hasSizeGreaterThan(3);
    return tests;
  }

  @Test
  void versionNamesTheCommit() {
    CliHarness r = CliHarness.run("--version");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("assay ").contains("commit");
  }
}
