package dev.assay.quality.pii;

import java.util.Map;

/**
 * The arithmetic that separates real identifiers from numbers that merely look like them: Luhn and
 * card issuer ranges, IBAN mod-97 and country lengths, US SSN assignment rules, IPv4 octets and
 * IPv6 groups, and Shannon entropy for secrets.
 *
 * <pre>{@code
 * Validators.isCard("4111111111111111");         // true: Visa prefix, 16 digits, Luhn
 * Validators.isIban("DE89370400440532013000");   // true
 * }</pre>
 */
public final class Validators {
  private Validators() {}

  /** IBAN lengths per country (ISO 13616 registry). */
  static final Map<String, Integer> IBAN_LENGTHS = Map.ofEntries(
      Map.entry("AD", 24), Map.entry("AE", 23), Map.entry("AL", 28), Map.entry("AT", 20), Map.entry("AZ", 28),
      Map.entry("BA", 20), Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("BH", 22), Map.entry("BR", 29),
      Map.entry("BY", 28), Map.entry("CH", 21), Map.entry("CR", 22), Map.entry("CY", 28), Map.entry("CZ", 24),
      Map.entry("DE", 22), Map.entry("DK", 18), Map.entry("DO", 28), Map.entry("EE", 20), Map.entry("EG", 29),
      Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FO", 18), Map.entry("FR", 27), Map.entry("GB", 22),
      Map.entry("GE", 22), Map.entry("GI", 23), Map.entry("GL", 18), Map.entry("GR", 27), Map.entry("GT", 28),
      Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IL", 23), Map.entry("IQ", 23),
      Map.entry("IS", 26), Map.entry("IT", 27), Map.entry("JO", 30), Map.entry("KW", 30), Map.entry("KZ", 20),
      Map.entry("LB", 28), Map.entry("LC", 32), Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20),
      Map.entry("LV", 21), Map.entry("MC", 27), Map.entry("MD", 24), Map.entry("ME", 22), Map.entry("MK", 19),
      Map.entry("MR", 27), Map.entry("MT", 31), Map.entry("MU", 30), Map.entry("NL", 18), Map.entry("NO", 15),
      Map.entry("PK", 24), Map.entry("PL", 28), Map.entry("PS", 29), Map.entry("PT", 25), Map.entry("QA", 29),
      Map.entry("RO", 24), Map.entry("RS", 22), Map.entry("SA", 24), Map.entry("SC", 31), Map.entry("SE", 24),
      Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("SM", 27), Map.entry("ST", 25), Map.entry("SV", 28),
      Map.entry("TL", 23), Map.entry("TN", 24), Map.entry("TR", 26), Map.entry("UA", 29), Map.entry("VA", 22),
      Map.entry("VG", 24), Map.entry("XK", 20));

  /** Luhn checksum over a string of ASCII digits. */
  public static boolean luhn(CharSequence digits) {
    int sum = 0;
    boolean dbl = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return false;
      }
      if (dbl) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      dbl = !dbl;
    }
    return digits.length() > 0 && sum % 10 == 0;
  }

  /** A card number: known issuer prefix with one of its lengths, and a valid Luhn digit. */
  public static boolean isCard(String digits) {
    int n = digits.length();
    if (n < 12 || n > 19 || !luhn(digits)) {
      return false;
    }
    int p1 = digits.charAt(0) - '0';
    int p2 = Integer.parseInt(digits.substring(0, 2));
    int p3 = Integer.parseInt(digits.substring(0, 3));
    int p4 = Integer.parseInt(digits.substring(0, 4));
    if (p1 == 4) {
      return n == 13 || n == 16 || n == 19;                              // Visa
    }
    if (p2 >= 51 && p2 <= 55 || p4 >= 2221 && p4 <= 2720) {
      return n == 16;                                                    // Mastercard
    }
    if (p2 == 34 || p2 == 37) {
      return n == 15;                                                    // American Express
    }
    if (p4 == 6011 || p2 == 65 || p3 >= 644 && p3 <= 649) {
      return n >= 16;                                                    // Discover
    }
    if (p4 >= 3528 && p4 <= 3589) {
      return n >= 16;                                                    // JCB
    }
    if (p3 >= 300 && p3 <= 305 || p2 == 36 || p2 == 38 || p2 == 39) {
      return n >= 14;                                                    // Diners Club
    }
    if (p2 == 62) {
      return n >= 16;                                                    // UnionPay
    }
    if (p4 >= 2200 && p4 <= 2204) {
      return n >= 16;                                                    // Mir
    }
    return switch (p4) {                                                 // Maestro
      case 5018, 5020, 5038, 5893, 6304, 6759, 6761, 6762, 6763 -> true;
      default -> false;
    };
  }

  /** An IBAN without spaces: known country, its length, and mod-97 remainder 1. */
  public static boolean isIban(String iban) {
    Integer len = iban.length() >= 4 ? IBAN_LENGTHS.get(iban.substring(0, 2)) : null;
    if (len == null || iban.length() != len) {
      return false;
    }
    int rem = 0;
    for (int k = 0; k < iban.length(); k++) {
      char c = iban.charAt((k + 4) % iban.length());
      if (c >= '0' && c <= '9') {
        rem = (rem * 10 + (c - '0')) % 97;
      } else if (c >= 'A' && c <= 'Z') {
        rem = (rem * 100 + (c - 'A' + 10)) % 97;
      } else {
        return false;
      }
    }
    return rem == 1;
  }

  /** A US SSN that could have been issued: area not 000, 666 or 900-999; group not 00; serial not 0000. */
  public static boolean isSsn(int area, int group, int serial) {
    return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0
        && !(area == 78 && group == 5 && serial == 1120) && !(area == 219 && group == 9 && serial == 9999);
  }

  /** Dotted-quad IPv4 with octets 0-255, no leading zeros, not 0.0.0.0. */
  public static boolean isIpv4(String s) {
    String[] parts = s.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    int zeros = 0;
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0')) {
        return false;
      }
      int v = Integer.parseInt(p);
      if (v > 255) {
        return false;
      }
      zeros += v == 0 ? 1 : 0;
    }
    return zeros < 4;
  }

  /**
   * An IPv6 address: eight groups of 1-4 hex digits, or fewer around exactly one "::", optionally
   * ending in a dotted IPv4; at least two hex digits in all (so "::" alone and "a::b"-like code
   * fragments with a single digit do not count), except the loopback "::1".
   */
  public static boolean isIpv6(String s) {
    if (s.equals("::1")) {
      return true;
    }
    int dbl = s.indexOf("::");
    if (dbl >= 0 && s.indexOf("::", dbl + 1) >= 0) {
      return false;
    }
    String body = s;
    int groupsNeeded = 8;
    int lastColon = s.lastIndexOf(':');
    if (s.indexOf('.', lastColon) > lastColon) {
      if (!isIpv4(s.substring(lastColon + 1))) {
        return false;
      }
      body = s.substring(0, lastColon + 1) + "0";
      groupsNeeded = 7;
    }
    String[] halves = dbl >= 0 ? new String[] {body.substring(0, body.indexOf("::")), body.substring(body.indexOf("::") + 2)}
        : new String[] {body};
    int groups = 0;
    int hexDigits = 0;
    for (String h : halves) {
      if (h.isEmpty()) {
        continue;
      }
      for (String g : h.split(":", -1)) {
        if (g.isEmpty() || g.length() > 4) {
          return false;
        }
        for (int i = 0; i < g.length(); i++) {
          if (Character.digit(g.charAt(i), 16) < 0) {
            return false;
          }
        }
        groups++;
        hexDigits += g.length();
      }
    }
    boolean shapeOk = dbl >= 0 ? groups < groupsNeeded : groups == groupsNeeded;
    return shapeOk && hexDigits >= 2 && (dbl >= 0 || groups >= 3);
  }

  /** Shannon entropy in bits per character. */
  public static double entropy(CharSequence s) {
    int[] counts = new int[128];
    int other = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 128) {
        counts[c]++;
      } else {
        other++;
      }
    }
    double h = 0;
    double n = s.length();
    for (int c : counts) {
      if (c > 0) {
        h -= c / n * (Math.log(c / n) / Math.log(2));
      }
    }
    if (other > 0) {
      h -= other / n * (Math.log(other / n) / Math.log(2));
    }
    return h;
  }
}
