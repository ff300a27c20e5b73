package io.poerules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code poe validate} on a real terminal: the shaded jar run inside {@code script} (util-linux), which gives it a
 * pseudo-terminal and records everything written to it. The progress bar goes to standard error when that is a
 * terminal, even with the report redirected, and never into a redirected standard error; colour follows standard
 * output and {@code NO_COLOR}.
 */
class PoeTerminalIT {

    private static final Path SCRIPT = Path.of("/usr/bin/script");
    /** A sample that passes as of 2026-11-30. */
    private static final Path SIGNED_SOW = Path.of("..", "poe-rules-samples", "documents", "sow-azure-site-recovery-signed.txt");

    static Path jar;

    @TempDir
    Path dir;
    List<String> documents;

    @BeforeAll
    static void findJar() {
        jar = Path.of(System.getProperty("poe.jar", "target/poe.jar")).toAbsolutePath();
        assertThat(jar).as("the shaded jar; run 'mvn verify'").isRegularFile();
        Assumptions.assumeTrue(Files.isExecutable(SCRIPT), "script (util-linux) is needed to run poe on a terminal");
    }

    @BeforeEach
    void documents() throws IOException {
        documents = List.of(
                Files.copy(SIGNED_SOW, dir.resolve("sow.txt")).toString(),
                Files.writeString(dir.resolve("notes.txt"), "Meeting notes\nNothing was agreed.\n").toString());
    }

    /** What the terminal showed, and what went to the redirected stream. */
    record Session(String terminal, String redirected) {
    }

    /**
     * Runs {@code poe validate} on a terminal, with {@code redirect} ({@code >} or {@code 2>}) sending one stream
     * to a file.
     */
    private Session onTerminal(String redirect, Map<String, String> env, String... options)
            throws IOException, InterruptedException {
        return onTerminal("", redirect, env, options);
    }

    /** @param jvmOptions options for the JVM, before {@code -jar} */
    private Session onTerminal(String jvmOptions, String redirect, Map<String, String> env, String... options)
            throws IOException, InterruptedException {
        Path typescript = dir.resolve("typescript");
        Path redirected = dir.resolve("redirected.txt");
        StringBuilder command = new StringBuilder(quote(Path.of(System.getProperty("java.home"), "bin", "java").toString()))
                .append(jvmOptions.isEmpty() ? "" : " " + jvmOptions).append(" -jar ").append(quote(jar.toString())).append(" validate --as-of 2026-11-30");
        for (String option : options) {
            command.append(' ').append(option);
        }
        for (String document : documents) {
            command.append(' ').append(quote(document));
        }
        command.append(' ').append(redirect).append(quote(redirected.toString()));
        ProcessBuilder builder = new ProcessBuilder(SCRIPT.toString(), "-qec", command.toString(), typescript.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("NO_COLOR");
        builder.environment().put("TERM", "xterm");
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("poe did not finish within 2 minutes: " + command);
        }
        assertThat(process.exitValue()).as("poe's exit code through script -e: one document fails").isEqualTo(1);
        return new Session(Files.readString(typescript, StandardCharsets.UTF_8),
                Files.readString(redirected, StandardCharsets.UTF_8));
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    @Test
    void progressBarOnAStandardErrorTerminalWhileTheReportGoesToAFile() throws Exception {
        Session s = onTerminal(">", Map.of());

        assertThat(s.terminal()).as("the bar, drawn in place").contains("\r[").contains("/2 documents");
        assertThat(s.redirected()).contains("Result: 1 passed, 1 failed, 0 review, 0 error")
                .doesNotContain("\r").doesNotContain("documents  ").doesNotContain("\u001B");
    }

    @Test
    void theLaunchersWordOnStandardErrorDecides() throws Exception {
        Session s = onTerminal("-Dpoe.stderr.terminal=false", ">", Map.of());

        assertThat(s.terminal()).as("./poe found standard error is no terminal").doesNotContain("/2 documents");
        assertThat(s.redirected()).contains("Result: 1 passed, 1 failed");
    }

    @Test
    void quietDrawsNoProgressBar() throws Exception {
        Session s = onTerminal(">", Map.of(), "--quiet");

        assertThat(s.terminal()).doesNotContain("/2 documents");
        assertThat(s.redirected()).contains("Result: 1 passed, 1 failed");
    }

    @Test
    void noProgressBarIntoARedirectedStandardErrorAndColourOnTheTerminal() throws Exception {
        Session s = onTerminal("2>", Map.of());

        assertThat(s.redirected()).doesNotContain("/2 documents").doesNotContain("\r");
        assertThat(s.terminal()).contains("Result: \u001B[32m1 passed\u001B[0m, \u001B[1;31m1 failed\u001B[0m");
    }

    @Test
    void noColourWithNoColor() throws Exception {
        Session s = onTerminal("2>", Map.of("NO_COLOR", "1"));

        assertThat(s.terminal()).contains("Result: 1 passed, 1 failed, 0 review, 0 error").doesNotContain("\u001B[");
    }
}
