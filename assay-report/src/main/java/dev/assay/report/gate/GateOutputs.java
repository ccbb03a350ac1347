package dev.assay.report.gate;

import dev.assay.core.run.GateOutcome;
import dev.assay.core.run.GateResults;
import dev.assay.core.run.GateSeverity;
import java.io.StringWriter;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Gate results for CI: JUnit XML (one {@code <testcase>} per assertion; a failed assertion is a
 * {@code <failure>}, one that could not be evaluated an {@code <error>}, a failed warn-severity one
 * passes with its message in {@code <system-err>}) and Markdown for a pull request or
 * {@code $GITHUB_STEP_SUMMARY}.
 *
 * <pre>{@code
 * Files.writeString(dir.resolve("junit.xml"), GateOutputs.junit(results));
 * Files.writeString(dir.resolve("gate.md"), GateOutputs.markdown(results));
 * }</pre>
 */
public final class GateOutputs {
  private GateOutputs() {}

  /** JUnit XML, as CI systems (GitHub, GitLab, Jenkins) read it. */
  public static String junit(GateResults r) {
    StringWriter s = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(s);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("testsuites");
      suiteAttributes(x, r);
      x.writeCharacters("\n  ");
      x.writeStartElement("testsuite");
      suiteAttributes(x, r);
      x.writeAttribute("skipped", "0");
      for (GateResults.Assertion a : r.assertions()) {
        x.writeCharacters("\n    ");
        x.writeStartElement("testcase");
        x.writeAttribute("classname", "assay.gate." + clean(a.run()));
        x.writeAttribute("name", clean(a.expression()));
        x.writeAttribute("time", "0");
        if (a.outcome() == GateOutcome.FAIL && a.severity() == GateSeverity.ERROR) {
          element(x, "failure", "assertion failed", a.message());
        } else if (a.outcome() == GateOutcome.ERROR) {
          element(x, "error", "could not be evaluated", a.message());
        } else if (a.outcome() == GateOutcome.FAIL) {
          x.writeStartElement("system-err");
          x.writeCharacters(clean("warning (severity warn, the gate passes): " + a.message()));
          x.writeEndElement();
        } else {
          x.writeStartElement("system-out");
          x.writeCharacters(clean(a.message()));
          x.writeEndElement();
        }
        x.writeEndElement();
      }
      x.writeCharacters("\n  ");
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write JUnit XML: " + e.getMessage(), e);
    }
    return s + "\n";
  }

  private static void suiteAttributes(XMLStreamWriter x, GateResults r) throws XMLStreamException {
    x.writeAttribute("name", "assay gate");
    x.writeAttribute("tests", String.valueOf(r.assertions().size()));
    x.writeAttribute("failures", String.valueOf(r.failed()));
    x.writeAttribute("errors", String.valueOf(r.errors()));
  }

  private static void element(XMLStreamWriter x, String name, String type, String message) throws XMLStreamException {
    x.writeStartElement(name);
    x.writeAttribute("type", type);
    x.writeAttribute("message", clean(message));
    x.writeCharacters(clean(message));
    x.writeEndElement();
  }

  /** Drops characters XML 1.0 cannot hold. */
  private static String clean(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000)
        .forEach(b::appendCodePoint);
    return b.toString();
  }

  /** Markdown: a headline with the counts, how baseline comparisons were tested, and a table. */
  public static String markdown(GateResults r) {
    StringBuilder b = new StringBuilder();
    String head = switch (r.outcome()) {
      case PASS -> "passed";
      case FAIL -> "failed";
      case ERROR -> "could not be evaluated";
    };
    b.append("### Assay gate ").append(head).append("\n\n");
    b.append(String.format(Locale.ROOT, "%d assertion%s: %d passed, %d failed, %d warned, %d could not be evaluated.%n",
        r.assertions().size(), r.assertions().size() == 1 ? "" : "s", r.passed(), r.failed(), r.warned(), r.errors()));
    if (r.regression() != null) {
      GateResults.Regression g = r.regression();
      b.append("\nBaseline comparisons: a shortfall fails only when significant on matched items (test: ").append(g.test())
          .append("; McNemar's exact test for win/loss items without a margin, else the paired bootstrap with ")
          .append(g.resamples()).append(" resamples, seed ").append(g.seed()).append("), with Holm's correction over ")
          .append(g.tested()).append(" tested assertion").append(g.tested() == 1 ? "" : "s").append(" at alpha ")
          .append(Num.format(g.alpha())).append(".\n");
    }
    b.append("\n| | Assertion | Value | Threshold | Result |\n|---|---|---:|---:|---|\n");
    for (GateResults.Assertion a : r.assertions()) {
      String mark = switch (a.outcome()) {
        case PASS -> "pass";
        case FAIL -> a.severity() == GateSeverity.WARN ? "warn" : "**FAIL**";
        case ERROR -> "**ERROR**";
      };
      b.append("| ").append(mark).append(" | `").append(a.expression().replace("`", "'").replace("|", "\\|")).append("` | ")
          .append(Num.format(a.actual())).append(" | ").append(Num.format(a.threshold())).append(" | ")
          .append(cell(a.message())).append(" |\n");
    }
    return b.toString();
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
  }
}
