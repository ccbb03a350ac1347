package dev.assay.report.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * What every report page inlines: Apache ECharts 5.3.1 ({@code echarts.min.js} from the webjar,
 * about 1 MB, read once per JVM), the page's style sheet and its small chart-drawing script.
 *
 * <pre>{@code
 * String js = PageAssets.echarts();
 * }</pre>
 */
public final class PageAssets {

  /** Where the webjar puts the minified ECharts bundle on the class path. */
  public static final String ECHARTS_RESOURCE = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";

  private PageAssets() {}

  /** The ECharts bundle's source. */
  public static String echarts() {
    return Holder.ECHARTS;
  }

  /** The page's CSS. */
  public static String css() {
    return Holder.CSS;
  }

  /** The script that draws the charts (runs after ECharts). */
  public static String initScript() {
    return Holder.INIT;
  }

  /** Loaded on first use, then kept. */
  private static final class Holder {
    static final String ECHARTS = inlineScript(read(ECHARTS_RESOURCE));
    static final String CSS = read("dev/assay/report/render/report.css");
    static final String INIT = inlineScript(read("dev/assay/report/render/report-init.js"));
  }

  private static String read(String resource) {
    ClassLoader loader = PageAssets.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing class-path resource " + resource + " (is the echarts webjar on the class path?)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** Refuses a script that would end its own script element early. */
  private static String inlineScript(String js) {
    String lower = js.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("</script") || lower.contains("<!--")) {
      throw new IllegalStateException("a bundled script contains </script or <!-- and cannot be inlined");
    }
    return js;
  }
}
