package io.poerules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress bar, colour and result line of {@code poe validate}, and its HTML and OCR options. */
class TerminalOutputTest {

    @TempDir
    Path dir;

    @Test
    void progressBarShowsDoneOfTotalRateAndTimeLeftAndRedrawsInPlace() {
        StringWriter out = new StringWriter();
        AtomicLong clock = new AtomicLong(0);
        try (ProgressBar bar = new ProgressBar(new PrintWriter(out), 10, clock::get)) {
            clock.set(1_000_000_000L);
            bar.advance(2);
            assertThat(out.toString()).isEqualTo("\r[#####.......................] 2/10 documents  2.0/s  ETA 0:04");
            clock.addAndGet(50_000_000L);
            bar.advance(1);
            assertThat(out.toString()).as("not redrawn within 100 ms").endsWith("2/10 documents  2.0/s  ETA 0:04");
            clock.set(4_000_000_000L);
            bar.advance(7);
            String first = "[#####.......................] 2/10 documents  2.0/s  ETA 0:04";
            String last = "[############################] 10/10 documents  2.5/s";
            assertThat(out.toString()).as("padded over the longer line before")
                    .endsWith("\r" + last + " ".repeat(first.length() - last.length()));
        }
        assertThat(out.toString()).as("erased when done")
                .endsWith("\r" + " ".repeat("[############################] 10/10 documents  2.5/s".length()) + "\r");
    }

    @Test
    void whileNoDocumentCompletesTheTickKeepsRateAndTimeLeftTrueAndStopsWhenClosed() {
        StringWriter out = new StringWriter();
        AtomicLong clock = new AtomicLong(0);
        ProgressBar bar = new ProgressBar(new PrintWriter(out), 10, clock::get);
        clock.set(1_000_000_000L);
        bar.advance(2);
        clock.set(1_500_000_000L);
        bar.tick();
        assertThat(out.toString()).as("drawn less than a second ago").endsWith("2/10 documents  2.0/s  ETA 0:04");
        clock.set(4_000_000_000L);
        bar.tick();
        assertThat(out.toString()).as("a long document: the rate falls, the time left grows")
                .endsWith("\r[#####.......................] 2/10 documents  0.5/s  ETA 0:16");
        bar.close();
        String closed = out.toString();
        clock.set(9_000_000_000L);
        bar.tick();
        bar.advance(1);
        assertThat(out.toString()).as("nothing drawn once closed").isEqualTo(closed);
    }

    @Test
    void timeLeftIsShownAsMinutesOrHours() {
        assertThat(ProgressBar.clock(65)).isEqualTo("1:05");
        assertThat(ProgressBar.clock(3725)).isEqualTo("1:02:05");
    }

    @Test
    void colourOnlyOnATerminalWithoutNoColorOrWhenAskedFor() {
        assertThat(TerminalStyle.detect(TerminalStyle.When.AUTO, true, true, true, Map.of("TERM", "xterm")).colour()).isTrue();
        assertThat(TerminalStyle.detect(TerminalStyle.When.AUTO, true, true, true, Map.of("NO_COLOR", "1")).colour()).isFalse();
        assertThat(TerminalStyle.detect(TerminalStyle.When.AUTO, true, false, false, Map.of()).colour()).isFalse();
        assertThat(TerminalStyle.detect(TerminalStyle.When.AUTO, true, false, true, Map.of()).colour())
                .as("standard output is not a terminal").isFalse();
        assertThat(TerminalStyle.detect(TerminalStyle.When.AUTO, false, true, true, Map.of()).colour())
                .as("not into a file").isFalse();
        assertThat(TerminalStyle.detect(TerminalStyle.When.AUTO, true, true, true, Map.of("TERM", "dumb")).interactive()).isFalse();
        assertThat(TerminalStyle.detect(TerminalStyle.When.AUTO, true, true, true, Map.of("TERM", "dumb")).colour()).isFalse();
        assertThat(TerminalStyle.detect(TerminalStyle.When.ALWAYS, true, false, false, Map.of("NO_COLOR", "1")).colour()).isTrue();
        assertThat(TerminalStyle.detect(TerminalStyle.When.NEVER, true, true, true, Map.of()).colour()).isFalse();
    }

    @Test
    void progressBarWhenStandardErrorIsATerminalWhateverStandardOutputIs() {
        assertThat(TerminalStyle.detect(TerminalStyle.When.AUTO, true, false, true, Map.of()).interactive())
                .as("report redirected to a file, standard error on the terminal").isTrue();
        assertThat(TerminalStyle.detect(TerminalStyle.When.AUTO, true, true, false, Map.of()).interactive())
                .as("standard error redirected").isFalse();
        assertThat(TerminalStyle.detect(TerminalStyle.When.NEVER, true, true, true, Map.of()).interactive())
                .as("--color never does not hide the bar").isTrue();
    }

    @Test
    void eachStreamIsATerminalByTheLaunchersPropertyThenWhereItsDescriptorLeads() {
        Map<String, String> none = Map.of();
        Function<Path, String> pts = fd -> fd.endsWith("2") ? "/dev/pts/3" : "/tmp/report.txt";
        assertThat(Terminal.isTerminal(Terminal.Stream.STDERR, none::get, pts, false)).isTrue();
        assertThat(Terminal.isTerminal(Terminal.Stream.STDOUT, none::get, pts, true)).as("a file").isFalse();
        assertThat(Terminal.isTerminal(Terminal.Stream.STDERR, none::get, fd -> "/dev/tty1", false)).isTrue();
        assertThat(Terminal.isTerminal(Terminal.Stream.STDERR, none::get, fd -> "pipe:[1234]", true)).isFalse();
        assertThat(Terminal.isTerminal(Terminal.Stream.STDERR, none::get, fd -> "/dev/null", true)).isFalse();
        Map<String, String> told = Map.of("poe.stderr.terminal", "false", "poe.stdout.terminal", "true");
        assertThat(Terminal.isTerminal(Terminal.Stream.STDERR, told::get, pts, true)).as("the launcher's [ -t 2 ]").isFalse();
        assertThat(Terminal.isTerminal(Terminal.Stream.STDOUT, told::get, pts, false)).as("the launcher's [ -t 1 ]").isTrue();
        assertThat(Terminal.isTerminal(Terminal.Stream.STDERR, none::get, fd -> null, true))
                .as("no /proc: the JVM's console").isTrue();
        assertThat(Terminal.isTerminal(Terminal.Stream.STDERR, none::get, fd -> null, false)).isFalse();
    }

    @Test
    void colouringTouchesVerdictsOutcomesAndCountsOnly() {
        TerminalStyle style = new TerminalStyle(true, true);
        String report = """
                sow.pdf  [type: STATEMENT_OF_WORK, program: AZURE]  verdict: FAIL
                  REQUIREMENT               OUTCOME  RULE       REASON
                  PARTIES                   PASS     PARTIES-1  Partner and customer are named
                                                                "PASS FAIL verdict"
                1 document: 0 PASS, 1 FAIL, 0 REVIEW, 0 ERROR
                """;

        assertThat(style.style(report))
                .contains("verdict: \u001B[1;31mFAIL\u001B[0m")
                .contains("PARTIES                   \u001B[32mPASS\u001B[0m     PARTIES-1")
                .contains("\"PASS FAIL verdict\"")
                .contains("0 \u001B[32mPASS\u001B[0m, 1 \u001B[1;31mFAIL\u001B[0m");
        assertThat(new TerminalStyle(true, false).style(report)).isEqualTo(report);
    }

    @Test
    void textReportEndsWithTheResultLineAndHasNoColourWhenNotATerminal() throws IOException {
        Path sow = Files.writeString(dir.resolve("sow.txt"), ValidateCommandTest.WITH_CUSTOMER);
        Path notes = Files.writeString(dir.resolve("notes.txt"), ValidateCommandTest.WITHOUT_CUSTOMER);

        Poe.Result r = Poe.run("validate", sow.toString(), notes.toString());

        assertThat(r.out()).endsWith("Result: 1 passed, 1 failed, 0 review, 0 error\n").doesNotContain("\u001B");
        assertThat(r.err()).as("no progress bar without a terminal").doesNotContain("documents\r").doesNotContain("[#");
    }

    @Test
    void colourAlwaysColoursTheResultLine() throws IOException {
        Path sow = Files.writeString(dir.resolve("sow.txt"), ValidateCommandTest.WITH_CUSTOMER);

        Poe.Result r = Poe.run("validate", "--color", "always", sow.toString());

        assertThat(r.out()).contains("Result: \u001B[32m1 passed\u001B[0m, 0 failed");
    }

    @Test
    void htmlReportIsWrittenWithTheDocumentTextHighlighted() throws IOException {
        Path sow = Files.writeString(dir.resolve("sow <b>.txt"), ValidateCommandTest.WITH_CUSTOMER);
        Path html = dir.resolve("report.html");

        Poe.Result r = Poe.run("validate", "--format", "html", "--output", html.toString(), sow.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("sow &lt;b&gt;.txt")
                .contains("class=\"anchor\"").contains("<mark class=\"hl").contains("Customer: Contoso Ltd");
    }

    @Test
    void ocrRequiredWithoutTesseractIsAClearErrorWithExitCode2() throws IOException {
        Path sow = Files.writeString(dir.resolve("sow.txt"), ValidateCommandTest.WITH_CUSTOMER);

        Poe.Result r = Poe.run("validate", "--ocr", "on", "--tesseract-path", dir.resolve("none").toString(), sow.toString());

        assertThat(r.exitCode()).isEqualTo(PoeCommand.EXIT_CANNOT_RUN);
        assertThat(r.err()).contains("OCR was requested").contains("install tesseract-ocr");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anUnknownOcrModeIsAUsageError() throws IOException {
        Path sow = Files.writeString(dir.resolve("sow.txt"), ValidateCommandTest.WITH_CUSTOMER);

        Poe.Result r = Poe.run("validate", "--ocr", "sometimes", sow.toString());

        assertThat(r.exitCode()).isEqualTo(PoeCommand.EXIT_CANNOT_RUN);
        assertThat(r.err()).contains("expected auto, on or off");
    }
}
