package dev.assay.quality.pii;

import java.util.Locale;

/**
 * The kinds of personal or secret data the {@code pii} check finds, in the order their spans win
 * when two overlap (a secret beats an e-mail address, an IBAN beats a phone number). Names in
 * pipeline YAML are the lower-case constant names ({@code credit_card}).
 *
 * <pre>{@code
 * PiiType t = PiiType.parse("credit_card");   // CREDIT_CARD, placeholder [CREDIT_CARD]
 * }</pre>
 */
public enum PiiType {
  /** API keys and tokens, private-key PEM blocks, JWTs, high-entropy {@code key = value} assignments. */
  SECRET,
  /** E-mail addresses. */
  EMAIL,
  /** International bank account numbers (mod-97 checked, per-country length). */
  IBAN,
  /** Payment card numbers (Luhn checked, known issuer prefix and length). */
  CREDIT_CARD,
  /** US social security numbers (area, group and serial rules). */
  US_SSN,
  /** IPv6 addresses. */
  IPV6,
  /** IPv4 addresses (octets checked; version strings excluded). */
  IPV4,
  /** Phone numbers: E.164 / international with '+', NANP and common European national formats. */
  PHONE;

  /** The YAML name, e.g. {@code credit_card}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The type called {@code id}; IllegalArgumentException naming the known types otherwise. */
  public static PiiType parse(String id) {
    for (PiiType t : values()) {
      if (t.id().equals(id)) {
        return t;
      }
    }
    StringBuilder known = new StringBuilder();
    for (PiiType t : values()) {
      known.append(known.isEmpty() ? "" : ", ").append(t.id());
    }
    throw new IllegalArgumentException("unknown PII type '" + id + "': expected one of " + known);
  }
}
