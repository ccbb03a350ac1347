package dev.assay.cli.quickstart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The quickstart's bundled files ({@code dev/assay/cli/samples/}): copied into the output folder
 * so that people can read, edit and rerun them with the ordinary commands.
 *
 * <pre>{@code
 * Path chats = SampleFiles.copy(SampleFiles.CHATS, out);   // out/sample-chat.jsonl
 * }</pre>
 */
public final class SampleFiles {
  /** Sample chats: each prompt answered by model-a and by model-b, with planted problems. */
  public static final String CHATS = "chat.jsonl";

  /** The QA pipeline the quickstart runs (copied as {@code qa.yaml}). */
  public static final String QA_CONFIG = "pipeline.yaml";

  private SampleFiles() {}

  /** Copies bundled file {@code name} into {@code out} and returns the copy. */
  public static Path copy(String name, Path out) {
    Path target = out.resolve(name.equals(CHATS) ? "sample-chat.jsonl" : name.equals(QA_CONFIG) ? "qa.yaml" : name);
    try (InputStream in = SampleFiles.class.getResourceAsStream("/dev/assay/cli/samples/" + name)) {
      if (in == null) {
        throw new IllegalStateException("bundled sample " + name + " is missing from the build");
      }
      Files.createDirectories(out);
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }
}
