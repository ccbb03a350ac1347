package dev.assay.core.manifest;

import dev.assay.core.AssayInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of files and bytes, hex-encoded, for provenance; the one SHA-256 helper of Assay.
 *
 * <pre>{@code
 * String h = Sha256.of(Path.of("train.jsonl"));
 * }</pre>
 */
public final class Sha256 {
  private Sha256() {}

  /** The digest of a file's bytes as stored (a gzipped file is hashed compressed). */
  public static String of(Path path) {
    MessageDigest md = digest();
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(path)) {
      for (int n; (n = in.read(buf)) > 0; ) {
        md.update(buf, 0, n);
      }
    } catch (IOException e) {
      throw new AssayInputException(path + ": cannot read: " + e.getMessage(), e);
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /** The raw 32-byte SHA-256 of {@code bytes} (for keys built from the digest's bits). */
  public static byte[] digest(byte[] bytes) {
    return digest().digest(bytes);
  }

  /** The digest of some bytes. */
  public static String of(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
