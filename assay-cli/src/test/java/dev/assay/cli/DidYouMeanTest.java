package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Mistyped commands and options: exit 2 with the closest name, pointing at the right --help. */
class DidYouMeanTest {

  @Test
  void aMistypedCommandGetsTheClosestOne() {
    CliHarness r = CliHarness.run("dedpu");
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("assay: unknown command 'dedpu'; did you mean 'dedup'?\nTry 'assay --help'.\n");
  }

  @Test
  void aMistypedSubcommandGetsTheClosestOneOfItsParent() {
    CliHarness r = CliHarness.run("stats", "winrat", "annotations.json");
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).startsWith("assay: unknown command 'winrat'; did you mean 'winrate'?\n")
        .contains("Try 'assay stats --help'.");
  }

  @Test
  void anUnknownCommandFarFromEveryNameListsThem() {
    CliHarness r = CliHarness.run("frobnicate");
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).startsWith("assay: unknown command 'frobnicate' (commands: ").contains("dedup").contains("validate");
  }

  @Test
  void aMistypedOptionGetsTheClosestOptionEvenWhenRequiredOnesAreMissing() {
    CliHarness r = CliHarness.run("dedup", "--metod", "exact");
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).isEqualTo("assay: unknown option '--metod'; did you mean '--method'?\nTry 'assay dedup --help'.\n");
  }

  @Test
  void aMistypedOptionWithItsValueAttached() {
    CliHarness r = CliHarness.run("dedup", "--metod=exact", "--field", "text", "--out", "o", "in.jsonl");
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).startsWith("assay: unknown option '--metod'; did you mean '--method'?\n");
  }

  @Test
  void optionValuesAndShortClustersAreNotTypos() {
    // "-q" is a known option and "-hello" the value of --prompt: neither is reported, the typo is
    CliHarness r = CliHarness.run("stats", "interval", "-q", "--method", "wilson", "--sucesses", "3");
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).startsWith("assay: unknown option '--sucesses'; did you mean '--successes'?\n")
        .contains("Try 'assay stats interval --help'.");
    CliHarness value = CliHarness.run("reward", "explain", "--model", "default", "--prompt", "-hello", "--respnse", "x");
    assertThat(value.err()).startsWith("assay: unknown option '--respnse'; did you mean '--response'?\n");
    CliHarness missing = CliHarness.run("stats", "interval", "--method", "wilson", "--successes", "3");
    assertThat(missing.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(missing.err()).startsWith("assay: Missing required option: '--trials=N'");
  }

  @Test
  void anUnknownOptionFarFromEveryNameHasNoSuggestion() {
    CliHarness r = CliHarness.run("schema", "--zzzzzzzz");
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).isEqualTo("assay: unknown option '--zzzzzzzz'\nTry 'assay schema --help'.\n");
  }

  @Test
  void aMistypedOptionOfTheRoot() {
    CliHarness r = CliHarness.run("--verison");
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).startsWith("assay: unknown option '--verison'; did you mean '--version'?");
  }
}
