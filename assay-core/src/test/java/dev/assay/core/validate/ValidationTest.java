package dev.assay.core.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.core.AssayInputException;
import dev.assay.core.io.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Every bad input the issue names, end to end through {@link Validation}: each test checks the
 * message names the line, and that records_in = valid + quarantined (nothing is lost).
 */
class ValidationTest {
  @TempDir Path dir;

  private static final String GOOD = "{\"instruction\":\"Say hi\",\"output\":\"Hi\"}";

  private ValidateResult validate(String name, byte[] content, String schema) throws IOException {
    Path in = dir.resolve(name);
    Files.write(in, content);
    return new Validation(new ValidateOptions(in, null, schema, dir.resolve("out"), 2)).run(List.of("test"), null);
  }

  private ValidateResult validate(String name, String content) throws IOException {
    return validate(name, content.getBytes(StandardCharsets.UTF_8), "alpaca");
  }

  private List<JsonNode> quarantine() throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("out/quarantine.jsonl"))) {
      out.add(Json.MAPPER.readTree(line));
    }
    return out;
  }

  private List<String> valid() throws IOException {
    return Files.readAllLines(dir.resolve("out/valid.jsonl"));
  }

  private static void reconciles(ValidateResult r) {
    assertThat(r.recordsIn()).isEqualTo(r.valid() + r.quarantined());
    assertThat(r.manifest().counts().get("records_in")).isEqualTo(r.recordsIn());
    assertThat(r.manifest().counts().get("valid") + r.manifest().counts().get("quarantined"))
        .isEqualTo(r.recordsIn());
  }

  @Test
  void allValidRecordsAreCopiedByteForByte() throws IOException {
    String odd = "{ \"output\" : \"Hi\",   \"instruction\":\"Say hi\" }";
    ValidateResult r = validate("in.jsonl", GOOD + "\n" + odd + "\n");
    assertThat(r.allValid()).isTrue();
    assertThat(valid()).containsExactly(GOOD, odd);
    assertThat(r.manifest().status()).isEqualTo(dev.assay.core.run.RunStatus.OK);
    reconciles(r);
  }

  @Test
  void malformedJsonIsQuarantinedWithLineAndColumn() throws IOException {
    ValidateResult r = validate("in.jsonl", GOOD + "\n{\"instruction\": \"x\", \"output\": }\n" + GOOD + "\n");
    assertThat(r.quarantined()).isEqualTo(1);
    JsonNode q = quarantine().get(0);
    assertThat(q.get("line").asInt()).isEqualTo(2);
    assertThat(q.get("error").asString()).contains("in.jsonl:2:").contains("malformed JSON");
    assertThat(q.get("raw").asString()).isEqualTo("{\"instruction\": \"x\", \"output\": }");
    reconciles(r);
  }

  @Test
  void truncatedLastLineIsQuarantined() throws IOException {
    ValidateResult r = validate("in.jsonl", GOOD + "\n{\"instruction\":\"Say");
    assertThat(r.valid()).isEqualTo(1);
    assertThat(r.quarantined()).isEqualTo(1);
    assertThat(quarantine().get(0).get("line").asInt()).isEqualTo(2);
    assertThat(quarantine().get(0).get("raw").asString()).isEqualTo("{\"instruction\":\"Say");
    reconciles(r);
  }

  @Test
  void invalidUtf8IsKeptAsBase64() throws IOException {
    byte[] bad = "{\"instruction\":\"caf\u00e9\",\"output\":\"x\"}".getBytes(StandardCharsets.ISO_8859_1);
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write((GOOD + "\n").getBytes(StandardCharsets.UTF_8));
    b.write(bad);
    b.write('\n');
    ValidateResult r = validate("in.jsonl", b.toByteArray(), "alpaca");
    assertThat(r.quarantined()).isEqualTo(1);
    JsonNode q = quarantine().get(0);
    assertThat(q.get("line").asInt()).isEqualTo(2);
    assertThat(q.get("error").asString()).contains("in.jsonl:2").contains("invalid UTF-8");
    assertThat(q.has("raw")).isFalse();
    assertThat(Base64.getDecoder().decode(q.get("raw_base64").asString())).isEqualTo(bad);
    reconciles(r);
  }

  @Test
  void utf8BomIsSkipped() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(bom);
    b.write((GOOD + "\n" + GOOD + "\n").getBytes(StandardCharsets.UTF_8));
    ValidateResult r = validate("in.jsonl", b.toByteArray(), "alpaca");
    assertThat(r.valid()).isEqualTo(2);
    assertThat(valid()).containsExactly(GOOD, GOOD);
    reconciles(r);
  }

  @Test
  void crlfLineEndingsAreAccepted() throws IOException {
    ValidateResult r = validate("in.jsonl", GOOD + "\r\n" + GOOD + "\r\n{bad\r\n");
    assertThat(r.valid()).isEqualTo(2);
    assertThat(valid()).containsExactly(GOOD, GOOD);
    assertThat(quarantine().get(0).get("line").asInt()).isEqualTo(3);
    assertThat(quarantine().get(0).get("raw").asString()).isEqualTo("{bad");
    reconciles(r);
  }

  @Test
  void blankLinesAreCountedNotRecords() throws IOException {
    ValidateResult r = validate("in.jsonl", "\n" + GOOD + "\n   \n\t\n" + GOOD + "\n\n");
    assertThat(r.recordsIn()).isEqualTo(2);
    assertThat(r.blankLines()).isEqualTo(4);
    assertThat(r.manifest().counts().get("blank_lines")).isEqualTo(4);
    reconciles(r);
  }

  @Test
  void fiftyMegabyteSingleLineIsValidated() throws IOException {
    char[] big = new char[50 * 1024 * 1024];
    Arrays.fill(big, 'a');
    String line = "{\"instruction\":\"long\",\"output\":\"" + new String(big) + "\"}";
    ValidateResult r = validate("in.jsonl", GOOD + "\n" + line + "\n" + GOOD + "\n");
    assertThat(r.valid()).isEqualTo(3);
    assertThat(Files.size(dir.resolve("out/valid.jsonl"))).isEqualTo(2L * (GOOD.length() + 1) + line.length() + 1);
    reconciles(r);
  }

  @Test
  void emptyFileHasNoRecordsAndSaysSo() throws IOException {
    ValidateResult r = validate("in.jsonl", "");
    assertThat(r.recordsIn()).isZero();
    assertThat(r.manifest().warnings()).anyMatch(w -> w.contains("no records"));
    assertThat(Files.exists(dir.resolve("out/valid.jsonl"))).isTrue();
    reconciles(r);
  }

  @Test
  void missingFileIsAUsageError() {
    assertThatThrownBy(
            () -> new Validation(new ValidateOptions(dir.resolve("nope.jsonl"), null, "alpaca", dir.resolve("out"), 1))
                .run(List.of(), null))
        .isInstanceOf(AssayInputException.class)
        .hasMessageContaining("nope.jsonl: no such file");
  }

  @Test
  void truncatedGzipKeepsEveryLineReadAndQuarantinesThePartialOne() throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      text.append("{\"instruction\":\"item ").append(i).append("\",\"output\":\"").append("x".repeat(i % 50)).append("\"}\n");
    }
    try (OutputStream gz = new GZIPOutputStream(raw)) {
      gz.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }
    byte[] whole = raw.toByteArray();
    byte[] cut = Arrays.copyOf(whole, whole.length / 2);
    ValidateResult r = validate("in.jsonl.gz", cut, "alpaca");
    assertThat(r.truncation()).contains("ended early");
    assertThat(r.allValid()).isFalse();
    assertThat(r.manifest().status()).isEqualTo(dev.assay.core.run.RunStatus.DATA_REJECTED);
    assertThat(r.manifest().warnings()).isNotEmpty();
    assertThat(r.valid()).isGreaterThan(100);
    // Every line that came out of the decompressor is a record, valid or quarantined.
    reconciles(r);
    if (r.quarantined() > 0) {
      assertThat(quarantine().get(0).get("error").asString()).contains("ended early");
    }
  }

  @Test
  void wrongTypesNameTheFieldExpectedAndFound() throws IOException {
    ValidateResult r = validate("in.jsonl", "{\"instruction\":\"x\",\"output\":3}\n");
    assertThat(r.quarantined()).isEqualTo(1);
    assertThat(quarantine().get(0).get("error").asString())
        .isEqualTo("in.jsonl:1: field 'output': expected string, found number 3".replace("in.jsonl", dir.resolve("in.jsonl").toString()));
    reconciles(r);
  }

  @Test
  void missingRequiredFieldIsNamed() throws IOException {
    ValidateResult r = validate("in.jsonl", "{\"instruction\":\"x\"}\n");
    assertThat(quarantine().get(0).get("error").asString()).endsWith(":1: field 'output': required, but missing");
    reconciles(r);
  }

  @Test
  void extraFieldsAreAllowedByBuiltinSchemas() throws IOException {
    ValidateResult r = validate("in.jsonl", "{\"instruction\":\"x\",\"output\":\"y\",\"source\":\"web\"}\n");
    assertThat(r.allValid()).isTrue();
    reconciles(r);
  }

  @Test
  void extraFieldsAreRejectedWhenTheSchemaSaysSo() throws IOException {
    Path schema = dir.resolve("strict.schema.json");
    Files.writeString(
        schema,
        """
        {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
         "required": ["text"], "properties": {"text": {"type": "string"}},
         "additionalProperties": false}
        """);
    ValidateResult r =
        validate("in.jsonl", "{\"text\":\"ok\"}\n{\"text\":\"ok\",\"label\":1}\n".getBytes(StandardCharsets.UTF_8), schema.toString());
    assertThat(r.valid()).isEqualTo(1);
    assertThat(quarantine().get(0).get("error").asString()).contains(":2: field 'label': not allowed");
    reconciles(r);
  }

  @Test
  void nestedPathsAreWrittenReadably() throws IOException {
    ValidateResult r =
        validate(
            "in.jsonl",
            "{\"messages\":[{\"role\":\"user\",\"content\":\"a\"},{\"role\":\"bot\",\"content\":\"b\"}]}\n"
                .getBytes(StandardCharsets.UTF_8),
            "openai-chat");
    assertThat(quarantine().get(0).get("error").asString())
        .contains("field 'messages[1].role': expected one of")
        .contains("found string \"bot\"");
    reconciles(r);
  }

  @Test
  void unknownSchemaNameListsTheBuiltins() {
    assertThatThrownBy(() -> validate("in.jsonl", GOOD.getBytes(StandardCharsets.UTF_8), "alpacca"))
        .isInstanceOf(AssayInputException.class)
        .hasMessageContaining("not a built-in schema")
        .hasMessageContaining("openai-chat");
  }

  @Test
  void jsonArrayInputReportsTheElementLine() throws IOException {
    ValidateResult r =
        validate("in.json", ("[\n" + GOOD + ",\n{\"instruction\":\"x\"}\n]\n").getBytes(StandardCharsets.UTF_8), "alpaca");
    assertThat(r.valid()).isEqualTo(1);
    assertThat(quarantine().get(0).get("line").asInt()).isEqualTo(3);
    reconciles(r);
  }

  @Test
  void manifestNamesInputHashAndCounts() throws IOException {
    ValidateResult r = validate("in.jsonl", GOOD + "\n");
    assertThat(r.manifest().inputs()).singleElement().satisfies(f -> {
      assertThat(f.sha256()).hasSize(64);
      assertThat(f.records()).isEqualTo(1);
    });
    assertThat(r.manifest().components()).anyMatch(c -> c.type().equals("schema") && c.name().equals("alpaca"));
    assertThat(Files.exists(dir.resolve("out/manifest.json"))).isTrue();
  }

  @Test
  void malformedJsonArrayKeepsTheElementsBeforeTheError() throws IOException {
    ValidateResult r =
        validate("in.json", ("[\n" + GOOD + ",\n" + GOOD + ",\n{\"instruction\": oops}\n]\n").getBytes(StandardCharsets.UTF_8), "alpaca");
    assertThat(r.valid()).isEqualTo(2);
    assertThat(r.quarantined()).isEqualTo(1);
    assertThat(r.truncation()).contains("in.json:4");
    assertThat(quarantine().get(0).get("error").asString()).contains("could not be read");
    reconciles(r);
  }

  @Test
  void unclosedJsonArrayIsReported() throws IOException {
    ValidateResult r = validate("in.json", ("[\n" + GOOD + ",\n" + GOOD).getBytes(StandardCharsets.UTF_8), "alpaca");
    assertThat(r.valid()).isEqualTo(2);
    assertThat(r.allValid()).isFalse();
    assertThat(r.truncation()).isNotNull();
    reconciles(r);
  }

  @Test
  void csvRowsAreValidatedWithTheirLines() throws IOException {
    ValidateResult r =
        validate("in.csv", "instruction,output\nSay hi,Hi\nOnly one cell\n,missing instruction\n".getBytes(StandardCharsets.UTF_8), "alpaca");
    assertThat(r.valid()).isEqualTo(1);
    assertThat(r.quarantined()).isEqualTo(2);
    assertThat(quarantine()).extracting(q -> q.get("line").asInt()).containsExactly(3, 4);
    assertThat(quarantine().get(1).get("error").asString()).contains("field 'instruction': required, but missing");
    reconciles(r);
  }

  @Test
  void validatesGzippedInputByContent() throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(raw)) {
      gz.write((GOOD + "\n{}\n").getBytes(StandardCharsets.UTF_8));
    }
    ValidateResult r = validate("in.jsonl.gz", raw.toByteArray(), "alpaca");
    assertThat(r.valid()).isEqualTo(1);
    assertThat(r.quarantined()).isEqualTo(1);
    assertThat(r.truncation()).isNull();
    reconciles(r);
  }
}
