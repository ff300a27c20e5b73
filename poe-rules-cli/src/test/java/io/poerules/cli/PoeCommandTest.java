package io.poerules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.api.PoeValidator;
import org.junit.jupiter.api.Test;

class PoeCommandTest {

    @Test
    void helpListsTheCommandsAndExitCodes() {
        Poe.Result r = Poe.run("--help");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Usage: poe", "validate", "bench", "Exit codes:");
        assertThat(r.err()).isEmpty();
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
