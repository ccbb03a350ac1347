package dev.assay.quality.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PiiScannerTest {

  private static List<String> found(String text) {
    return PiiScanner.scan(text, EnumSet.allOf(PiiType.class)).stream()
        .map(s -> s.type().id() + ":" + text.substring(s.start(), s.end())).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Write to ann.lee+news@mail.example.co.uk today.|email:ann.lee+news@mail.example.co.uk",
      "Reach me at BOB_77@Example.ORG.|email:BOB_77@Example.ORG",
      "Call +44 20 7946 0958 now|phone:+44 20 7946 0958",
      "E.164 form +14155550123 works|phone:+14155550123",
      "Office: (415) 555-0123 ext|phone:(415) 555-0123",
      "Toll free 1-800-555-0199.|phone:1-800-555-0199",
      "Paris 01 23 45 67 89 le matin|phone:01 23 45 67 89",
      "Ring 07700 900123 later|phone:07700 900123",
      "Card 4111 1111 1111 1111 exp 12/27|credit_card:4111 1111 1111 1111",
      "Amex 3782-822463-10005 on file|credit_card:3782-822463-10005",
      "Pay 5555555555554444 please|credit_card:5555555555554444",
      "IBAN DE89 3704 0044 0532 0130 00 at the bank|iban:DE89 3704 0044 0532 0130 00",
      "IBAN GB82WEST12345698765432.|iban:GB82WEST12345698765432",
      "Server 192.168.1.20:8080 is up|ipv4:192.168.1.20",
      "Resolver 8.8.8.8.|ipv4:8.8.8.8",
      "Host 2001:db8:85a3::8a2e:370:7334 is v6|ipv6:2001:db8:85a3::8a2e:370:7334",
      "Loopback ::1 only|ipv6:::1",
      "SSN 123-45-6789 on the form|us_ssn:123-45-6789",
      "SSN: 123 45 6789|us_ssn:123 45 6789",
      "key AKIAIOSFODNN7EXAMPLE in logs|secret:AKIAIOSFODNN7EXAMPLE",
      "token sk_live_4eC39HqLyjWDarjtT1zdp7dc leaked|secret:sk_live_4eC39HqLyjWDarjtT1zdp7dc",
      "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq3kL9|secret:wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq3kL9",
  })
  void findsPositives(String text, String expected) {
    assertThat(found(text)).containsExactly(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Card 4111 1111 1111 1112 fails Luhn",
      "Luhn-valid but no issuer: 9111111111111111111",
      "ISBN 978-0-306-40615-7 and 0-306-40615-2",
      "Released in version 10.0.0 and version 1.2.3.4",
      "Semver 1.2.3.4.5 is not an address",
      "Dates 2024-03-15, 15/03/2024 and 03.15.2024",
      "Time 12:30:45 and MAC 00:1a:2b:3c:4d:5e",
      "UUID 550e8400-e29b-41d4-a716-446655440000",
      "sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
      "Order #100234556 shipped; ORD-2024-558213",
      "Bad SSNs 000-12-3456 666-12-3456 912-34-5678 123-00-4567",
      "Bad IBAN DE89 3704 0044 0532 0130 01",
      "Octets 256.1.1.1 and 01.02.03.04",
      "Image icon@2x.png and handle @someone",
      "API_KEY=your_api_key_here_1234567",
      "password: hunter2",
      "Prices $1,234.56 and 1,234,567,890 units",
      "tokenizer = AutoTokenizer.from_pretrained(name)",
      "Call 911 or room 101",
  })
  void ignoresHardNegatives(String text) {
    assertThat(found(text)).isEmpty();
  }

  @Test
  void pemBlockIsOneSpan() {
    String text = "key:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7\n-----END RSA PRIVATE KEY-----\nend";
    List<PiiSpan> spans = PiiScanner.scan(text, EnumSet.of(PiiType.SECRET));
    assertThat(spans).hasSize(1);
    assertThat(text.substring(spans.get(0).start(), spans.get(0).end())).startsWith("-----BEGIN").endsWith("KEY-----");
  }

  @Test
  void overlappingTypesResolveByPriority() {
    // A card number is also a run of digits a phone pattern could read; the card wins.
    assertThat(found("n 4111-1111-1111-1111 x")).containsExactly("credit_card:4111-1111-1111-1111");
    // A JWT is a secret, not three separate things.
    String jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    assertThat(found("Bearer " + jwt)).containsExactly("secret:" + jwt);
  }

  @Test
  void validators() {
    assertThat(Validators.luhn("79927398713")).isTrue();
    assertThat(Validators.isIban("NL91ABNA0417164300")).isTrue();
    assertThat(Validators.isIban("NL91ABNA0417164301")).isFalse();
    assertThat(Validators.isIpv6("2001:0db8:0000:0000:0000:ff00:0042:8329")).isTrue();
    assertThat(Validators.isIpv6("::ffff:192.0.2.128")).isTrue();
    assertThat(Validators.isIpv6("1:2:3")).isFalse();
    assertThat(Validators.isSsn(78, 5, 1120)).isFalse();
  }
}
