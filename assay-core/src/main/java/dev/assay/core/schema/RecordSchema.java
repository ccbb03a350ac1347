package dev.assay.core.schema;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.assay.core.AssayInputException;
import dev.assay.core.io.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * A JSON Schema (draft 2020-12 unless the schema says otherwise) that validates records and explains
 * each failure in a sentence naming the field, what was expected and what was found. Built-in
 * schemas are addressed by name ({@link #BUILTIN}); anything else is a path to a {@code .json} or
 * {@code .yaml} schema file. Thread-safe.
 *
 * <pre>{@code
 * RecordSchema s = RecordSchema.load("alpaca");
 * List<String> errors = s.validate(node);   // empty when valid
 * }</pre>
 */
public final class RecordSchema {
  /** Names of the schemas bundled with Assay. */
  public static final List<String> BUILTIN =
      List.of(
          "openai-chat",
          "alpaca",
          "hh-rlhf",
          "alpacaeval-annotation",
          "mt-bench-question",
          "preference-pair");

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private final String name;
  private final String sha256;
  private final Schema schema;

  private RecordSchema(String name, String text, InputFormat format) {
    this.name = name;
    this.sha256 = dev.assay.core.manifest.Sha256.of(text.getBytes(StandardCharsets.UTF_8));
    try {
      this.schema = REGISTRY.getSchema(text, format);
      this.schema.initializeValidators();
    } catch (SchemaException | IllegalArgumentException | tools.jackson.core.JacksonException e) {
      throw new AssayInputException(name + ": not a valid JSON Schema: " + e.getMessage(), e);
    }
  }

  /** A built-in schema by name, or a schema file by path. */
  public static RecordSchema load(String nameOrPath) {
    if (BUILTIN.contains(nameOrPath)) {
      String res = "/dev/assay/core/schema/" + nameOrPath + ".schema.json";
      try (InputStream in = RecordSchema.class.getResourceAsStream(res)) {
        if (in == null) {
          throw new IllegalStateException("missing built-in schema resource " + res);
        }
        return new RecordSchema(nameOrPath, new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    Path path = Path.of(nameOrPath);
    if (!Files.exists(path)) {
      throw new AssayInputException(
          nameOrPath + ": no such schema file, and not a built-in schema (built-in: "
              + String.join(", ", BUILTIN) + ")");
    }
    InputFiles.checkReadable(path);
    try {
      String text = Files.readString(path, StandardCharsets.UTF_8);
      String lower = nameOrPath.toLowerCase(Locale.ROOT);
      InputFormat fmt = lower.endsWith(".yaml") || lower.endsWith(".yml") ? InputFormat.YAML : InputFormat.JSON;
      return new RecordSchema(nameOrPath, text, fmt);
    } catch (IOException e) {
      throw new AssayInputException(nameOrPath + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** The built-in name or the path the schema was loaded from. */
  public String name() {
    return name;
  }

  /** SHA-256 of the schema text, for the run manifest. */
  public String sha256() {
    return sha256;
  }

  /** Every violation as a sentence such as {@code field 'output': expected string, found number 3}. */
  public List<String> validate(JsonNode record) {
    List<Error> errors = schema.validate(record);
    if (errors.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>(errors.size());
    for (Error e : errors) {
      out.add(SchemaErrors.sentence(e));
    }
    return out;
  }
}
