package io.poerules.check;

import io.poerules.api.Finding;
import io.poerules.api.ReportError;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A suite's results for people and for CI servers: a text diff of the cases that differ, and a JUnit
 * XML report (one test case per document or engagement, its failure message the diff).
 *
 * @since 0.1.0
 */
public final class SuiteReport {

    private SuiteReport() {
    }

    /**
     * The diff of one case: what was expected, what came, and the findings (with their rule ids) that
     * decided it; empty when the case matches.
     */
    public static String diff(CaseResult result) {
        if (result.matches()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        Suite.Case c = result.suiteCase();
        out.append(c.kind() == Suite.Kind.ENGAGEMENT ? "engagement " : "").append(c.name()).append('\n');
        result.differences().forEach(d -> out.append("  ").append(d).append('\n'));
        if (c.expected() != null) {
            out.append("  expected: ").append(summary(c.expected())).append('\n');
        }
        out.append("  got:      ").append(summary(result)).append('\n');
        if (!result.decidingFindings().isEmpty()) {
            out.append("  decided by:\n");
            for (Finding f : result.decidingFindings()) {
                out.append("    ").append(f.requirement()).append(' ').append(f.outcome()).append(" [")
                        .append(f.ruleId()).append("] ").append(f.reason()).append('\n');
            }
        }
        for (ReportError e : result.actual().errors()) {
            out.append("    error ").append(e.code()).append(": ").append(e.message()).append('\n');
        }
        return out.toString();
    }

    /** The diff of every case that differs, then a summary line. */
    public static String text(SuiteResult result) {
        StringBuilder out = new StringBuilder();
        for (CaseResult r : result.mismatches()) {
            out.append(diff(r)).append('\n');
        }
        out.append(summary(result)).append('\n');
        return out.toString();
    }

    /** "30 cases: 29 match, 1 differs". */
    public static String summary(SuiteResult result) {
        int n = result.results().size();
        int differ = result.mismatches().size();
        return n + (n == 1 ? " case: " : " cases: ") + (n - differ) + (n - differ == 1 ? " matches, " : " match, ")
                + differ + (differ == 1 ? " differs" : " differ");
    }

    private static String summary(Expectation e) {
        return e.verdict() + (e.documentType() == null ? "" : ", " + e.documentType())
                + (e.program() == null ? "" : ", " + e.program())
                + (e.failed() == null ? "" : ", failed " + e.failed())
                + (e.outcomes() == null ? "" : ", outcomes " + e.outcomes());
    }

    private static String summary(CaseResult r) {
        Actual a = r.actual();
        return a.verdict() + (a.documentType() == null ? "" : ", " + a.documentType())
                + (a.program() == null ? "" : ", " + a.program()) + ", failed " + a.failed();
    }

    /** Writes the JUnit XML report of a suite's results. */
    public static void writeJUnitXml(SuiteResult result, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            writeJUnitXml(result, out);
        }
    }

    /** Writes the JUnit XML report of a suite's results; the stream stays open. */
    public static void writeJUnitXml(SuiteResult result, OutputStream out) throws IOException {
        String suiteName = "poe-check." + String.valueOf(result.suite().root().toAbsolutePath().normalize()
                .getFileName());
        double total = result.results().stream().mapToLong(r -> r.time().toNanos()).sum() / 1e9;
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", suiteName);
            xml.writeAttribute("tests", String.valueOf(result.results().size()));
            xml.writeAttribute("failures", String.valueOf(result.mismatches().size()));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            xml.writeAttribute("time", seconds(total));
            xml.writeCharacters("\n");
            for (CaseResult r : result.results()) {
                xml.writeCharacters("  ");
                xml.writeStartElement("testcase");
                xml.writeAttribute("classname", suiteName);
                xml.writeAttribute("name", r.suiteCase().name());
                xml.writeAttribute("time", seconds(r.time().toNanos() / 1e9));
                if (!r.matches()) {
                    xml.writeStartElement("failure");
                    xml.writeAttribute("message", clean(String.join("; ", r.differences())));
                    xml.writeAttribute("type", "expectation");
                    xml.writeCharacters(clean(diff(r)));
                    xml.writeEndElement();
                }
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write the JUnit XML report: " + e.getMessage(), e);
        }
        out.flush();
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.3f", s);
    }

    /** Text without the characters XML 1.0 cannot hold (document text is untrusted). */
    private static String clean(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
                    || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
            out.appendCodePoint(ok ? cp : 0xFFFD);
        });
        return out.toString();
    }

}
