package dev.assay.quality.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A labelled evaluation set for PII detection, generated from a seed: short documents of filler
 * prose holding realistic positives of every {@link PiiType} and hard negatives that look like them
 * (card-length numbers failing Luhn or without an issuer prefix, ISBNs, version strings, dates,
 * times, UUIDs, hashes, MAC addresses, order and tracking numbers, invalid SSNs and IBANs,
 * placeholders). Only the positives are labelled.
 *
 * <pre>{@code
 * List<PiiEvalSet.Doc> docs = PiiEvalSet.generate(42, 3000);
 * }</pre>
 */
final class PiiEvalSet {
  record Gold(PiiType type, int start, int end) {}

  record Doc(String text, List<Gold> gold) {}

  private static final String[] FILLER = {
    "Thanks for getting back to me so quickly.", "The meeting moved to Thursday afternoon.",
    "Please find the details below.", "We reviewed the logs from last night.", "Nothing else changed.",
    "Let me know if anything looks wrong.", "The release notes mention several fixes.",
    "Our team checked the shipment twice.", "Here is the summary you asked for.", "Kind regards from the office."};
  private static final String[] FIRST = {"anna", "li.wei", "j.smith", "maria_g", "omar", "sven", "chloe", "raj.patel", "yuki", "t.nguyen"};
  private static final String[] DOMAINS = {"gmail.com", "example.org", "mail.uni-heidelberg.de", "company.co.uk", "outlook.fr",
    "proton.me", "corp.example.com", "posteo.de"};

  private final Random r;
  private final StringBuilder text = new StringBuilder();
  private final List<Gold> gold = new ArrayList<>();

  private PiiEvalSet(Random r) {
    this.r = r;
  }

  static List<Doc> generate(long seed, int docs) {
    Random r = new Random(seed);
    List<Doc> out = new ArrayList<>(docs);
    for (int i = 0; i < docs; i++) {
      PiiEvalSet d = new PiiEvalSet(r);
      d.words(FILLER[r.nextInt(FILLER.length)] + " ");
      int items = 1 + r.nextInt(3);
      for (int k = 0; k < items; k++) {
        if (r.nextInt(100) < 45) {
          PiiType t = PiiType.values()[r.nextInt(PiiType.values().length)];
          d.words(lead(t, r));
          d.positive(t, d.make(t));
        } else {
          d.words(d.negative());
        }
        d.words(r.nextBoolean() ? ". " : " and then " );
      }
      d.words(FILLER[r.nextInt(FILLER.length)]);
      out.add(new Doc(d.text.toString(), List.copyOf(d.gold)));
    }
    return out;
  }

  private void words(String s) {
    text.append(s);
  }

  private void positive(PiiType t, String s) {
    gold.add(new Gold(t, text.length(), text.length() + s.length()));
    text.append(s);
  }

  private static String lead(PiiType t, Random r) {
    String[][] leads = {
      {"The key ", "Rotate this credential: ", "Found in the config: "},
      {"Write to ", "Contact: ", "cc ", "From: Anna <", "mailto:"},
      {"Transfer to IBAN ", "Account ", "Bank details: "},
      {"Card number ", "Charged to ", "Paid with "},
      {"SSN ", "Social security number: ", "SSN: "},
      {"Host ", "Listening on ", "Peer address "},
      {"Host ", "Client IP ", "Blocked "},
      {"Call ", "Phone: ", "Reach us at "}};
    String[] l = leads[t.ordinal()];
    return l[r.nextInt(l.length)];
  }

  private String make(PiiType t) {
    return switch (t) {
      case EMAIL -> email();
      case PHONE -> phone();
      case CREDIT_CARD -> card(true);
      case IBAN -> iban(true);
      case IPV4 -> ipv4();
      case IPV6 -> ipv6();
      case US_SSN -> ssn();
      case SECRET -> secret();
    };
  }

  private String email() {
    String local = FIRST[r.nextInt(FIRST.length)];
    if (r.nextBoolean()) {
      local += r.nextInt(100);
    }
    if (r.nextInt(5) == 0) {
      local += "+news";
    }
    String e = local + "@" + DOMAINS[r.nextInt(DOMAINS.length)];
    return r.nextInt(6) == 0 ? e.toUpperCase(java.util.Locale.ROOT) : e;
  }

  private String digits(int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append((char) ('0' + r.nextInt(10)));
    }
    return b.toString();
  }

  private String phone() {
    String d = "2" + digits(2);
    return switch (r.nextInt(12)) {
      case 10 -> "+1 (" + d + ") " + (2 + r.nextInt(8)) + digits(2) + "-" + digits(4);
      case 11 -> "+49 (0)" + (30 + r.nextInt(60)) + " " + digits(7);
      case 0 -> "+1" + (2 + r.nextInt(8)) + digits(9);
      case 1 -> "+44 20 " + digits(4) + " " + digits(4);
      case 2 -> "+49 30 " + digits(8);
      case 3 -> "+33 " + (1 + r.nextInt(7)) + " " + digits(2) + " " + digits(2) + " " + digits(2) + " " + digits(2);
      case 4 -> "(" + d + ") " + (2 + r.nextInt(8)) + digits(2) + "-" + digits(4);
      case 5 -> d + "-" + (2 + r.nextInt(8)) + digits(2) + "-" + digits(4);
      case 6 -> d + "." + (2 + r.nextInt(8)) + digits(2) + "." + digits(4);
      case 7 -> "020 " + digits(4) + " " + digits(4);
      case 8 -> "07" + digits(3) + " " + digits(6);
      default -> "0" + (1 + r.nextInt(5)) + " " + digits(2) + " " + digits(2) + " " + digits(2) + " " + digits(2);
    };
  }

  private static final String[][] ISSUERS = {
    {"4", "16"}, {"4", "13"}, {"51", "16"}, {"55", "16"}, {"2221", "16"}, {"2720", "16"}, {"34", "15"}, {"37", "15"},
    {"6011", "16"}, {"65", "16"}, {"3530", "16"}, {"36", "14"}, {"62", "16"}, {"62", "19"}};

  /** A card number, valid (issuer + Luhn) or not (Luhn broken), grouped as printed on cards. */
  private String card(boolean valid) {
    String[] iss = ISSUERS[r.nextInt(ISSUERS.length)];
    int len = Integer.parseInt(iss[1]);
    String body = iss[0] + digits(len - iss[0].length() - 1);
    int check = luhnDigit(body);
    String num = body + (valid ? check : (check + 1 + r.nextInt(9)) % 10);
    return group(num, len == 15 ? new int[] {4, 6, 5} : new int[] {4, 4, 4, 4, 3});
  }

  private String group(String num, int[] sizes) {
    int style = r.nextInt(3);
    if (style == 0) {
      return num;
    }
    char sep = style == 1 ? ' ' : '-';
    StringBuilder b = new StringBuilder();
    int at = 0;
    for (int s : sizes) {
      if (at >= num.length()) {
        break;
      }
      if (at > 0) {
        b.append(sep);
      }
      b.append(num, at, Math.min(num.length(), at + s));
      at += s;
    }
    return b.toString();
  }

  static int luhnDigit(String body) {
    for (int d = 0; d < 10; d++) {
      if (Validators.luhn(body + d)) {
        return d;
      }
    }
    throw new AssertionError();
  }

  private static final String[][] BBANS = {{"DE", "18"}, {"GB", "L4:14"}, {"NL", "L4:10"}, {"ES", "20"}, {"FR", "23"},
    {"BE", "12"}, {"PL", "24"}, {"NO", "11"}, {"CH", "17"}, {"IT", "L1:22"}, {"AT", "16"}, {"SE", "20"}};

  private String iban(boolean valid) {
    String[] c = BBANS[r.nextInt(BBANS.length)];
    String bban;
    if (c[1].startsWith("L")) {
      int letters = c[1].charAt(1) - '0';
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < letters; i++) {
        b.append((char) ('A' + r.nextInt(26)));
      }
      bban = b + digits(Integer.parseInt(c[1].substring(3)));
    } else {
      bban = digits(Integer.parseInt(c[1]));
    }
    int check = 98 - mod97(bban + c[0] + "00");
    if (!valid) {
      check = (check + 1 + r.nextInt(90)) % 97;
      check = Math.max(check, 2);
    }
    String iban = c[0] + String.format("%02d", check) + bban;
    if (!valid && Validators.isIban(iban)) {
      iban = c[0] + String.format("%02d", check == 2 ? 3 : check - 1) + bban;
    }
    return r.nextBoolean() ? iban : group(iban.length() % 4 == 0 ? iban : iban, new int[] {4, 4, 4, 4, 4, 4, 4, 4, 4}).replace('-', ' ');
  }

  private static int mod97(String s) {
    int rem = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      rem = ch <= '9' ? (rem * 10 + (ch - '0')) % 97 : (rem * 100 + (ch - 'A' + 10)) % 97;
    }
    return rem;
  }

  private String ipv4() {
    return (1 + r.nextInt(223)) + "." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
  }

  private String hex(int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append("0123456789abcdef".charAt(r.nextInt(16)));
    }
    return b.toString();
  }

  private String ipv6() {
    return switch (r.nextInt(4)) {
      case 0 -> "2001:db8:" + hex(4) + ":" + hex(4) + ":" + hex(4) + ":" + hex(4) + ":" + hex(4) + ":" + hex(4);
      case 1 -> "2001:db8::" + hex(1 + r.nextInt(4)) + ":" + hex(4);
      case 2 -> "fe80::" + hex(4) + ":" + hex(2) + "ff:fe" + hex(2) + ":" + hex(4);
      default -> (hex(4) + ":" + hex(4) + "::" + hex(3)).toUpperCase(java.util.Locale.ROOT);
    };
  }

  private String ssn() {
    int area = 1 + r.nextInt(899);
    if (area == 666) {
      area = 665;
    }
    String s = String.format("%03d", area) + "-" + String.format("%02d", 1 + r.nextInt(99)) + "-" + String.format("%04d", 1 + r.nextInt(9999));
    return s;
  }

  private String alnum(int n, String alphabet) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  private static final String UPPER_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final String MIXED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  private String secret() {
    return switch (r.nextInt(9)) {
      case 0 -> "AKIA" + alnum(16, UPPER_DIGITS);
      case 1 -> "ghp_" + alnum(36, MIXED);
      case 2 -> "github_pat_" + alnum(22, MIXED) + "_" + alnum(59, MIXED);
      case 3 -> "xoxb-" + digits(11) + "-" + digits(12) + "-" + alnum(24, MIXED);
      case 4 -> "sk_live_" + alnum(24, MIXED);
      case 5 -> "AIza" + alnum(35, MIXED + "_-");
      case 6 -> "-----BEGIN PRIVATE KEY-----\n" + alnum(64, MIXED) + "\n-----END PRIVATE KEY-----";
      case 7 -> "eyJ" + alnum(30, MIXED) + ".eyJ" + alnum(60, MIXED) + "." + alnum(43, MIXED + "_-");
      default -> {
        // the labelled span is the value only; the name stays readable
        String name = new String[] {"api_key = \"", "SECRET_KEY=", "client_secret: ", "access_token='"}[r.nextInt(4)];
        text.append(name);
        yield alnum(8, MIXED) + r.nextInt(10) + alnum(23, MIXED);
      }
    };
  }

  private String negative() {
    return switch (r.nextInt(26)) {
      case 0 -> "card " + card(false);
      case 1 -> "ref " + "9" + digits(14) + luhnDigit("9" + digits(0)) ;
      case 2 -> "ISBN 978-" + r.nextInt(2) + "-" + digits(3) + "-" + digits(5) + "-" + r.nextInt(10);
      case 3 -> "ISBN 0-" + digits(3) + "-" + digits(5) + "-" + r.nextInt(10);
      case 4 -> "released 20" + (10 + r.nextInt(15)) + "-0" + (1 + r.nextInt(9)) + "-" + (10 + r.nextInt(18));
      case 5 -> "on " + (10 + r.nextInt(18)) + "/0" + (1 + r.nextInt(9)) + "/20" + (10 + r.nextInt(15)) + " and " + "0" + (1 + r.nextInt(9)) + "." + (10 + r.nextInt(18)) + ".2024";
      case 6 -> "at " + (10 + r.nextInt(13)) + ":" + (10 + r.nextInt(50)) + ":" + (10 + r.nextInt(50));
      case 7 -> "version " + r.nextInt(20) + "." + r.nextInt(10) + "." + r.nextInt(10);
      case 8 -> "upgraded to version " + r.nextInt(20) + "." + r.nextInt(10) + "." + r.nextInt(10) + "." + r.nextInt(100);
      case 9 -> "build " + r.nextInt(9) + "." + r.nextInt(9) + "." + r.nextInt(9) + "." + r.nextInt(9) + "." + r.nextInt(9);
      case 10 -> "id " + hex(8) + "-" + hex(4) + "-4" + hex(3) + "-a" + hex(3) + "-" + hex(12);
      case 11 -> "commit " + hex(40);
      case 12 -> "sha256 " + hex(64);
      case 13 -> "MAC " + hex(2) + ":" + hex(2) + ":" + hex(2) + ":" + hex(2) + ":" + hex(2) + ":" + hex(2);
      case 14 -> "order ORD-20" + (10 + r.nextInt(15)) + "-" + digits(6) + " and #1" + digits(8);
      case 15 -> "price $" + (1 + r.nextInt(9)) + "," + digits(3) + "." + digits(2) + " for " + (1 + r.nextInt(9)) + "," + digits(3) + "," + digits(3) + " units";
      case 16 -> "bad SSN " + new String[] {"000", "666", "9" + digits(2)}[r.nextInt(3)] + "-" + digits(2) + "-" + digits(4);
      case 17 -> "IBAN " + iban(false);
      case 18 -> "tracking 1Z" + alnum(6, UPPER_DIGITS) + digits(10);
      case 19 -> "at " + (10 + r.nextInt(70)) + "." + digits(4) + ", -" + (10 + r.nextInt(100)) + "." + digits(4);
      case 20 -> "API_KEY=your_api_key_here and password: ******** and token = <TOKEN>";
      case 21 -> "icon@2x.png for @" + FIRST[r.nextInt(FIRST.length)].replace(".", "");
      case 22 -> "room " + (100 + r.nextInt(900)) + " or dial 911";
      case 23 -> "ZIP " + digits(5) + "-" + digits(4);
      case 24 -> "pi is " + "3.14159" + " and e is 2.71828";
      default -> "invoice " + digits(4) + "-" + digits(6) + " dated " + (1 + r.nextInt(12)) + "/" + (1 + r.nextInt(28));
    };
  }
}
