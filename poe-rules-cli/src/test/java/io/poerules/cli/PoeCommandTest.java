package io.poerules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.api.PoeValidator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PoeCommandTest {

    @Test
    void helpListsTheCommandsAndExitCodes() {
        Poe.Result r = Poe.run("--help");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Usage: poe", "validate", "bench", "Exit codes:");
        assertThat(r.err()).isEmpty();
    }

    /** picocli formats descriptions as format strings, and warns on standard error about one it cannot format. */
    @Test
    void everyCommandsHelpFormatsWithoutWarnings() {
        PrintStream stderr = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
            for (String command : PoeCommand.commandLine().getSubcommands().keySet()) {
                Poe.Result r = Poe.run(command, "--help");

                assertThat(r.exitCode()).as(command).isZero();
                assertThat(r.out()).as(command).contains("Usage: poe " + command).doesNotContain("%n");
            }
        } finally {
            System.setErr(stderr);
        }
        assertThat(warnings.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void validateHelpListsItsOptions() {
        Poe.Result r = Poe.run("validate", "--help");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("--format", "--output", "--rules", "--as-of", "--threads", "--max-bytes",
                "--timeout", "PATH");
    }

    @Test
    void versionNamesTheToolAndItsVersion() {
        Poe.Result r = Poe.run("--version");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("poe-rules " + PoeValidator.version());
        assertThat(PoeValidator.version()).isNotEqualTo("unknown");
    }

    @Test
    void noCommandShowsUsageOnStderrAndExits2() {
        Poe.Result r = Poe.run();

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Usage: poe");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unknownOptionIsAUsageError() {
        Poe.Result r = Poe.run("validate", "--bogus", "x.pdf");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("poe: Unknown option: '--bogus'", "Try 'poe validate --help'");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unknownCommandIsAUsageError() {
        Poe.Result r = Poe.run("validat", "x.pdf");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("poe: Unmatched arguments", "validate");
    }
}
