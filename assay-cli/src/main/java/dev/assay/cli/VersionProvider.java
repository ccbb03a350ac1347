package dev.assay.cli;

import dev.assay.core.manifest.ToolInfo;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code assay --version}: version, git commit, and the JVM running it.
 *
 * <pre>{@code
 * ./assay --version
 * }</pre>
 */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    ToolInfo t = ToolInfo.current();
    return new String[] {
      "assay " + t.version() + " (commit " + t.gitCommit() + ")",
      "Java " + System.getProperty("java.version") + " " + System.getProperty("java.vendor")
          + " on " + System.getProperty("os.name") + " " + System.getProperty("os.arch")
    };
  }
}
