package dev.assay.quality.pii;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds PII spans in a text. Each type has a candidate pattern and a validator ({@link Validators});
 * overlapping spans of different types are resolved in {@link PiiType} order.
 *
 * <p><b>Linear time.</b> Every pattern begins with a negative look-behind for its own body
 * characters, so a match can only start where a run of such characters starts, and every
 * repetition is bounded and possessive wherever giving characters back cannot help. No pattern can
 * backtrack over more than a fixed window, so scanning is linear in the text length even on
 * adversarial input (long digit runs, "a@a@a@...", endless "::::" or "eyJeyJ...").
 *
 * <pre>{@code
 * List<PiiSpan> spans = PiiScanner.scan("Mail ann@example.org or call +44 20 7946 0958.",
 *     EnumSet.of(PiiType.EMAIL, PiiType.PHONE));
 * }</pre>
 */
public final class PiiScanner {
  private PiiScanner() {}

  private static final Pattern EMAIL = Pattern.compile(
      "(?<![A-Za-z0-9._%+\\-])[A-Za-z0-9][A-Za-z0-9._%+\\-]{0,63}+@(?:[A-Za-z0-9\\-]{1,63}+\\.){1,8}([A-Za-z]{2,24}+)(?![A-Za-z0-9\\-@])");
  private static final Set<String> FILE_EXTENSIONS = Set.of(
      "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "js", "css", "html", "json", "pdf", "txt");

  private static final Pattern PHONE_INTL = Pattern.compile(
      "(?<![\\w+])\\+\\d{1,3}+(?:[ .\\-]?+(?:\\(\\d{1,4}+\\)|\\d{1,6}+)){1,6}+(?![\\w\\-]|[.,]\\d)");
  private static final Pattern PHONE_NANP = Pattern.compile(
      "(?<![\\w+\\-.])(?:1[ .\\-])?+(?:\\((\\d{3})\\) ?+|(\\d{3})([ .\\-]))(\\d{3})([ .\\-])\\d{4}(?![\\w\\-]|[.,]\\d)");
  private static final Pattern PHONE_NATIONAL = Pattern.compile(
      "(?<![\\w+\\-./])0\\d{1,4}+(?:([ \\-/])\\d{2,8}+){1,4}+(?![\\w\\-/]|[.,:]\\d)");

  private static final Pattern CARD = Pattern.compile(
      "(?<![\\w\\-.])\\d(?:[ \\-]?+\\d){11,18}+(?![\\w\\-]|[.,]\\d)");
  private static final Pattern IBAN = Pattern.compile(
      "(?<![A-Za-z0-9])[A-Z]{2}\\d{2}(?: ?+[A-Z0-9]{4}+){2,7}+(?: ?+[A-Z0-9]{1,3}+)?+(?![A-Za-z0-9])");
  private static final Pattern SSN = Pattern.compile(
      "(?<![\\w\\-])(\\d{3})([\\- ]?+)(\\d{2})\\2(\\d{4})(?![\\w\\-]|[.,]\\d)");
  private static final Pattern SSN_CONTEXT = Pattern.compile(
      "(?i)(?:ssn|social security(?: number| no\\.?)?|ss#)\\W{0,6}$");

  private static final Pattern IPV4 = Pattern.compile(
      "(?<![\\w.])\\d{1,3}+\\.\\d{1,3}+\\.\\d{1,3}+\\.\\d{1,3}+(?![\\w]|\\.\\d)");
  private static final Pattern VERSION_CONTEXT = Pattern.compile(
      "(?i)\\b(?:version|ver\\.?|v|release|build|rev\\.?|revision|firmware|section|chapter|figure|fig\\.|table|step|§)\\s{0,2}$");
  private static final Pattern IPV6 = Pattern.compile(
      "(?<![\\w:.])(?:[0-9A-Fa-f]{0,4}+:){2,7}+(?:\\d{1,3}+\\.\\d{1,3}+\\.\\d{1,3}+\\.\\d{1,3}+|[0-9A-Fa-f]{1,4}+)?+(?![\\w:]|\\.\\w)");

  private static final Pattern SECRET_TOKEN = Pattern.compile(
      "(?<![A-Za-z0-9_\\-])(?:"
          + "(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}+"
          + "|gh[pousr]_[A-Za-z0-9]{36,251}+"
          + "|github_pat_[A-Za-z0-9_]{50,251}+"
          + "|xox[abposr]-[A-Za-z0-9\\-]{10,250}+"
          + "|[sr]k_live_[A-Za-z0-9]{20,247}+"
          + "|AIza[0-9A-Za-z_\\-]{35}+"
          + "|eyJ[A-Za-z0-9_\\-]{5,4096}+\\.eyJ[A-Za-z0-9_\\-]{5,8192}+\\.[A-Za-z0-9_\\-]{10,2048}+"
          + ")(?![A-Za-z0-9_\\-])");
  private static final Pattern PEM = Pattern.compile("-----BEGIN (?:[A-Z0-9]{1,20}+ ){0,3}PRIVATE KEY-----");
  private static final Pattern PEM_END = Pattern.compile("-----END (?:[A-Z0-9]{1,20}+ ){0,3}PRIVATE KEY-----");
  private static final Pattern SECRET_ASSIGNMENT = Pattern.compile(
      "(?i)(?<![A-Za-z0-9])(?:api[_\\-]?key|apikey|secret|access[_\\-]?key|auth[_\\-]?token|access[_\\-]?token"
          + "|token|password|passwd|client[_\\-]?secret|private[_\\-]?key)[A-Za-z0-9_\\-]{0,20}+[\"']?+\\s{0,4}+"
          + "(?::=|=>|[:=])\\s{0,4}+[\"']?+([A-Za-z0-9_\\-+/=.~]{16,256}+)");

  /** All spans of the given types in {@code text}, sorted by start, none overlapping. */
  public static List<PiiSpan> scan(String text, Set<PiiType> types) {
    List<PiiSpan> found = new ArrayList<>();
    if (types.contains(PiiType.SECRET)) {
      secrets(text, found);
    }
    if (types.contains(PiiType.EMAIL)) {
      emails(text, found);
    }
    if (types.contains(PiiType.IBAN)) {
      each(IBAN, text, m -> Validators.isIban(m.group().replace(" ", "")) ? span(PiiType.IBAN, m.start(), m.end()) : null, found);
    }
    if (types.contains(PiiType.CREDIT_CARD)) {
      cards(text, found);
    }
    if (types.contains(PiiType.US_SSN)) {
      ssns(text, found);
    }
    if (types.contains(PiiType.IPV6)) {
      each(IPV6, text, m -> Validators.isIpv6(m.group()) ? span(PiiType.IPV6, m.start(), m.end()) : null, found);
    }
    if (types.contains(PiiType.IPV4)) {
      each(IPV4, text, m -> Validators.isIpv4(m.group()) && !versionContext(text, m.start())
          ? span(PiiType.IPV4, m.start(), m.end()) : null, found);
    }
    if (types.contains(PiiType.PHONE)) {
      phones(text, found);
    }
    return resolve(found);
  }

  private interface SpanMaker {
    PiiSpan make(Matcher m);
  }

  private static void each(Pattern p, String text, SpanMaker f, List<PiiSpan> out) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      PiiSpan s = f.make(m);
      if (s != null) {
        out.add(s);
      }
    }
  }

  private static PiiSpan span(PiiType t, int start, int end) {
    return new PiiSpan(t, start, end);
  }

  private static void emails(String text, List<PiiSpan> out) {
    each(EMAIL, text, m -> FILE_EXTENSIONS.contains(m.group(1).toLowerCase(Locale.ROOT)) ? null
        : span(PiiType.EMAIL, m.start(), m.end()), out);
  }

  private static void cards(String text, List<PiiSpan> out) {
    Matcher m = CARD.matcher(text);
    while (m.find()) {
      if (afterCodeGroup(text, m.start())) {
        continue;
      }
      // Take the longest prefix of whole digit groups that is a valid card, so that a number
      // followed by an expiry or a count ("4111 1111 1111 1111 12") still counts.
      String s = m.group();
      char sep = 0;
      boolean consistent = true;
      List<Integer> groupEnds = new ArrayList<>();
      StringBuilder digits = new StringBuilder(19);
      List<Integer> digitsAt = new ArrayList<>();
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == ' ' || c == '-') {
          consistent &= sep == 0 || sep == c;
          sep = c;
          groupEnds.add(i);
          digitsAt.add(digits.length());
        } else {
          digits.append(c);
        }
      }
      groupEnds.add(s.length());
      digitsAt.add(digits.length());
      if (!consistent) {
        continue;
      }
      for (int g = groupEnds.size() - 1; g >= 0; g--) {
        if (Validators.isCard(digits.substring(0, digitsAt.get(g)))) {
          out.add(span(PiiType.CREDIT_CARD, m.start(), m.start() + groupEnds.get(g)));
          break;
        }
      }
    }
  }

  private static void ssns(String text, List<PiiSpan> out) {
    each(SSN, text, m -> {
      boolean dashed = m.group(2).equals("-");
      if (!dashed && !SSN_CONTEXT.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find()) {
        return null;
      }
      return Validators.isSsn(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)))
          ? span(PiiType.US_SSN, m.start(), m.end()) : null;
    }, out);
  }

  private static void phones(String text, List<PiiSpan> out) {
    each(PHONE_INTL, text, m -> {
      int digits = countDigits(m.group());
      return digits >= 8 && digits <= 15 && m.group().charAt(1) != '0' ? span(PiiType.PHONE, m.start(), m.end()) : null;
    }, out);
    each(PHONE_NANP, text, m -> {
      String area = m.group(1) != null ? m.group(1) : m.group(2);
      boolean sameSeparators = m.group(3) == null || m.group(3).equals(m.group(5));
      return sameSeparators && area.charAt(0) >= '2' && m.group(4).charAt(0) >= '2' && !afterCodeGroup(text, m.start())
          ? span(PiiType.PHONE, m.start(), m.end()) : null;
    }, out);
    each(PHONE_NATIONAL, text, m -> {
      int digits = countDigits(m.group());
      boolean hyphenPair = m.group().indexOf('-') >= 0 && m.group().indexOf('-') == m.group().lastIndexOf('-');
      return digits >= 9 && digits <= 12 && m.group().charAt(1) != '0' && sameSeparators(m.group())
          && !hyphenPair && !afterCodeGroup(text, m.start())
          ? span(PiiType.PHONE, m.start(), m.end()) : null;
    }, out);
  }

  /**
   * True when the candidate continues a grouped code: the token just before it (one space away) is
   * four capitals or digits holding a digit, as in the middle of an IBAN or a longer card-like number.
   */
  private static boolean afterCodeGroup(String text, int start) {
    if (start < 6 || text.charAt(start - 1) != ' ') {
      return false;
    }
    boolean digit = false;
    for (int i = start - 5; i < start - 1; i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z')) {
        return false;
      }
      digit |= c <= '9';
    }
    char before = text.charAt(start - 6);
    return digit && !(before >= '0' && before <= '9' || before >= 'A' && before <= 'Z' || before >= 'a' && before <= 'z');
  }

  private static boolean sameSeparators(String s) {
    char sep = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        if (sep != 0 && c != sep) {
          return false;
        }
        sep = c;
      }
    }
    return true;
  }

  private static void secrets(String text, List<PiiSpan> out) {
    each(SECRET_TOKEN, text, m -> span(PiiType.SECRET, m.start(), m.end()), out);
    Matcher m = PEM.matcher(text);
    while (m.find()) {
      Matcher end = PEM_END.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 16_384));
      int stop = end.find() ? end.end() : m.end();
      out.add(span(PiiType.SECRET, m.start(), stop));
      m.region(stop, text.length());
    }
    each(SECRET_ASSIGNMENT, text, a -> plausibleSecret(a.group(1)) ? span(PiiType.SECRET, a.start(1), a.end(1)) : null, out);
  }

  /** A value that looks generated: letters and digits mixed, varied, and not a placeholder. */
  static boolean plausibleSecret(String v) {
    boolean digit = false;
    boolean letter = false;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      digit |= c >= '0' && c <= '9';
      letter |= Character.isLetter(c);
    }
    String lower = v.toLowerCase(Locale.ROOT);
    return digit && letter && Validators.entropy(v) >= 3.5
        && !lower.contains("example") && !lower.contains("your") && !lower.contains("xxxx")
        && !lower.contains("placeholder") && !lower.contains("changeme");
  }

  private static boolean versionContext(String text, int start) {
    return VERSION_CONTEXT.matcher(text.substring(Math.max(0, start - 16), start)).find();
  }

  private static int countDigits(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      n += c >= '0' && c <= '9' ? 1 : 0;
    }
    return n;
  }

  /** Keeps spans in {@link PiiType} priority order, dropping any that overlap one already kept. */
  private static List<PiiSpan> resolve(List<PiiSpan> spans) {
    if (spans.size() <= 1) {
      return spans;
    }
    spans.sort(Comparator.comparing(PiiSpan::type).thenComparingInt(PiiSpan::start));
    List<PiiSpan> kept = new ArrayList<>();
    java.util.TreeMap<Integer, PiiSpan> byStart = new java.util.TreeMap<>();
    for (PiiSpan s : spans) {
      var before = byStart.floorEntry(s.start());
      var after = byStart.ceilingEntry(s.start());
      if ((before == null || !before.getValue().overlaps(s)) && (after == null || !after.getValue().overlaps(s))) {
        byStart.put(s.start(), s);
        kept.add(s);
      }
    }
    kept.sort(Comparator.comparingInt(PiiSpan::start));
    return kept;
  }
}
