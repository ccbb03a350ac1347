package dev.assay.core.manifest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Assay's version and the git commit it was built from, read from a resource that the build fills
 * in. The commit ends in {@code -dirty} when the build tree had uncommitted changes.
 *
 * <pre>{@code
 * ToolInfo t = ToolInfo.current();   // ToolInfo[name=assay, version=0.1.0-SNAPSHOT, gitCommit=73d8762...]
 * }</pre>
 */
public record ToolInfo(String name, String version, String gitCommit) {
  private static final ToolInfo CURRENT = load();

  /** The running build's info. */
  public static ToolInfo current() {
    return CURRENT;
  }

  private static ToolInfo load() {
    Properties p = new Properties();
    try (InputStream in = ToolInfo.class.getResourceAsStream("/dev/assay/core/assay-version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // Fall through to "unknown": provenance must never stop a run.
    }
    String version = clean(p.getProperty("version"));
    String commit = clean(p.getProperty("git.commit"));
    if (commit != null && "true".equals(p.getProperty("git.dirty"))) {
      commit += "-dirty";
    }
    return new ToolInfo("assay", version == null ? "unknown" : version, commit == null ? "unknown" : commit);
  }

  private static String clean(String v) {
    return v == null || v.isBlank() || v.startsWith("${") ? null : v;
  }
}
