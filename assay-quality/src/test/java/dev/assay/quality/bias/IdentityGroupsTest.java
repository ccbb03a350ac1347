package dev.assay.quality.bias;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.core.AssayInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdentityGroupsTest {
  @Test
  void bundledGroupsMatchWholeWordsCaseInsensitively() {
    IdentityGroups g = IdentityGroups.defaults();
    assertThat(g.groupsOf("My neighbour is Muslim and a woman.")).containsExactly("women", "muslim");
    assertThat(g.groupsOf("Blackberries are tasty")).isEmpty();
    assertThat(g.templates()).isNotEmpty().allMatch(t -> t.contains("{term}"));
    assertThat(g.counterfactuals("We hired a {term} engineer.")).containsEntry("jewish", "We hired a jewish engineer.");
  }

  @Test
  void userFilesAreValidatedWithTheirLines(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("groups.yaml");
    Files.writeString(f, "groups:\n  a: [x]\ntemplates:\n  - no placeholder here\n");
    assertThatThrownBy(() -> IdentityGroups.load(f))
        .isInstanceOf(AssayInputException.class)
        .hasMessageContaining("groups.yaml")
        .hasMessageContaining("{term}");
  }
}
