package dev.assay.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.Map;

/**
 * Test helper: asserts a chart option is plain JSON data (maps with string keys, lists, strings,
 * finite numbers, booleans, null), so it can be embedded in a page without any JavaScript.
 *
 * <pre>{@code
 * PureJson.assertPure(chart.option());
 * }</pre>
 */
final class PureJson {
  private PureJson() {}

  static void assertPure(Object value) {
    check(value, "$");
  }

  private static void check(Object v, String path) {
    switch (v) {
      case null -> {}
      case String s -> {}
      case Boolean b -> {}
      case Double d -> assertThat(Double.isFinite(d)).as(path + " finite").isTrue();
      case Float f -> assertThat(Float.isFinite(f)).as(path + " finite").isTrue();
      case Integer i -> {}
      case Long l -> {}
      case Map<?, ?> m -> m.forEach((k, x) -> {
        assertThat(k).as(path + " key").isInstanceOf(String.class);
        check(x, path + "." + k);
      });
      case List<?> l -> {
        for (int i = 0; i < l.size(); i++) {
          check(l.get(i), path + "[" + i + "]");
        }
      }
      default -> fail(path + " holds a " + v.getClass().getName() + ", not JSON data");
    }
  }
}
