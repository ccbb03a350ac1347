package dev.assay.core.registry;

import dev.assay.core.AssayInputException;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds a configuration record from its defaults overlaid with user parameters (YAML, CLI flags,
 * a run manifest): the defaults' JSON form is the base, each user key replaces a value, and a key
 * the defaults do not have is an error naming the known keys (with a did-you-mean when close).
 * Shared by the check and judge registries.
 *
 * <pre>{@code
 * var p = new Parameters(mapper);
 * GopherQuality g = p.build("check 'gopher_quality'", GopherQuality.defaults(), params, GopherQuality.class);
 * }</pre>
 *
 * @param mapper the mapper that reads and writes the records (naming strategy, strictness)
 */
public record Parameters(JsonMapper mapper) {
  /**
   * {@code defaults} overlaid with {@code params} (null or JSON null: the defaults alone), read as
   * {@code type}. With {@code defaults} null every key is passed on and the mapper decides.
   *
   * @param subject how messages name the thing built, e.g. {@code "judge 'single'"}
   */
  public <R> R build(String subject, Object defaults, JsonNode params, Class<R> type) {
    ObjectNode merged = mapper.createObjectNode();
    if (defaults != null) {
      merged.setAll((ObjectNode) mapper.valueToTree(defaults));
    }
    if (params != null && !params.isNull()) {
      if (!params.isObject()) {
        throw new AssayInputException(subject + ": parameters must be a mapping, found " + params.getNodeType());
      }
      for (Map.Entry<String, JsonNode> e : params.properties()) {
        if (defaults != null && !merged.has(e.getKey())) {
          throw new AssayInputException(subject + ": unknown parameter '" + e.getKey() + "'; expected one of "
              + String.join(", ", merged.propertyNames()) + Registry.didYouMean(e.getKey(), merged.propertyNames()));
        }
        merged.set(e.getKey(), e.getValue());
      }
    }
    try {
      return mapper.treeToValue(merged, type);
    } catch (JacksonException e) {
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      String msg = root instanceof AssayInputException || root instanceof IllegalArgumentException
          ? root.getMessage()
          : e.getOriginalMessage().split("\n")[0];
      throw new AssayInputException(subject + ": " + msg, e);
    } catch (IllegalArgumentException e) {
      throw new AssayInputException(subject + ": " + e.getMessage(), e);
    }
  }

  /** The record's configuration as a map of the mapper's keys, for manifests and reports. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> configOf(Object record) {
    return mapper.convertValue(record, Map.class);
  }
}
