package dev.assay.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Password hashing with Argon2id (RFC 9106; BouncyCastle's pure-Java generator), stored in the
 * PHC string format {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} (OWASP's minimum
 * parameters), and verified in constant time.
 *
 * <pre>{@code
 * String stored = Passwords.hash("correct horse");
 * Passwords.verify("correct horse", stored);   // true
 * }</pre>
 */
public final class Passwords {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int MEMORY_KIB = 19 * 1024;
  private static final int ITERATIONS = 2;
  private static final int PARALLELISM = 1;
  private static final int HASH_BYTES = 32;

  private Passwords() {}

  /** A new salted hash of {@code password}. */
  public static String hash(String password) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    byte[] h = argon2(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$" + b64.encodeToString(salt) + "$"
        + b64.encodeToString(h);
  }

  /** Whether {@code password} matches {@code stored} (false for anything that is not an Argon2id PHC string). */
  public static boolean verify(String password, String stored) {
    if (password == null || stored == null || !stored.startsWith("$argon2id$")) {
      return false;
    }
    String[] parts = stored.split("\\$");
    if (parts.length != 6) {
      return false;
    }
    try {
      int m = 0;
      int t = 0;
      int p = 0;
      for (String kv : parts[3].split(",")) {
        String[] x = kv.split("=");
        switch (x[0]) {
          case "m" -> m = Integer.parseInt(x[1]);
          case "t" -> t = Integer.parseInt(x[1]);
          case "p" -> p = Integer.parseInt(x[1]);
          default -> {
            return false;
          }
        }
      }
      byte[] salt = Base64.getDecoder().decode(parts[4]);
      byte[] expected = Base64.getDecoder().decode(parts[5]);
      return MessageDigest.isEqual(expected, argon2(password, salt, m, t, p, expected.length));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  static byte[] argon2(String password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
    Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
        .withVersion(Argon2Parameters.ARGON2_VERSION_13).withSalt(salt).withMemoryAsKB(memoryKib)
        .withIterations(iterations).withParallelism(parallelism).build();
    Argon2BytesGenerator g = new Argon2BytesGenerator();
    g.init(params);
    byte[] out = new byte[length];
    g.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
    return out;
  }
}
