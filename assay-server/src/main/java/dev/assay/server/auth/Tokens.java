package dev.assay.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API tokens: 32 random bytes, shown once as {@code assay_<base64url>}, stored only as their
 * SHA-256 (a stolen database holds no usable token).
 *
 * <pre>{@code
 * String token = Tokens.create();
 * String stored = Tokens.digest(token);
 * }</pre>
 */
public final class Tokens {
  private static final SecureRandom RANDOM = new SecureRandom();
  /** Every token starts with this (secret scanners can find leaked ones). */
  public static final String PREFIX = "assay_";

  private Tokens() {}

  /** A new token. */
  public static String create() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  /** The stored form of {@code token}: hex SHA-256. */
  public static String digest(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
