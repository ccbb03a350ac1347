package dev.assay.cli.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.cli.CliHarness;
import dev.assay.core.io.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** {@code assay run --json} in process, and its steps' statuses by name. */
record RunJson(CliHarness cli, JsonNode json) {
  static RunJson run(String... args) {
    String[] full = new String[args.length + 2];
    full[0] = "run";
    System.arraycopy(args, 0, full, 1, args.length);
    full[full.length - 1] = "--json";
    CliHarness r = CliHarness.run(full);
    assertThat(r.out()).as("stdout of run; stderr: " + r.err()).isNotBlank();
    return new RunJson(r, Json.MAPPER.readTree(r.out()));
  }

  int exit() {
    return cli.exit();
  }

  /** Step name -> status (or plan, in a dry run). */
  Map<String, String> statuses() {
    Map<String, String> m = new LinkedHashMap<>();
    for (JsonNode s : json.get("steps")) {
      m.put(s.get("name").asString(), (s.has("status") ? s.get("status") : s.get("plan")).asString());
    }
    return m;
  }

  JsonNode step(String name) {
    for (JsonNode s : json.get("steps")) {
      if (s.get("name").asString().equals(name)) {
        return s;
      }
    }
    throw new AssertionError("no step " + name + " in " + json);
  }
}
