package io.poerules.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Entry point of {@code poe.jar}. The only place that calls {@link System#exit(int)}: the library and
 * the commands return exit codes.
 */
public final class Main {

    private Main() {
    }

    /** Runs {@code poe} with the arguments and exits with its exit code. */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(run(args));
    }

    /**
     * Runs {@code poe} with the arguments, writing UTF-8 to standard output (JSON must be UTF-8) and
     * standard error, and returns the exit code.
     */
    static int run(String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out,
                StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err,
                StandardCharsets.UTF_8), true);
        try {
            CommandLine cmd = PoeCommand.commandLine();
            cmd.setOut(out);
            cmd.setErr(err);
            return cmd.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }
}
