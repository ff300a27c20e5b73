package io.poerules.cli;

import io.poerules.api.PoeRulesException;
import io.poerules.api.PoeValidator;
import io.poerules.api.RuleBuildException;
import io.poerules.api.RuleProblem;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code poe} command. Its subcommands do the work; this class also sets how errors are shown
 * and which exit code they give. Use {@link #commandLine()} rather than {@code new CommandLine(new
 * PoeCommand())}: it installs those handlers.
 */
@Command(name = "poe",
        mixinStandardHelpOptions = true,
        versionProvider = PoeCommand.Version.class,
        description = "Checks proof-of-execution documents for Microsoft partner incentive claims.",
        subcommands = {ValidateCommand.class, CheckCommand.class, ExplainCommand.class, RulesCommand.class,
                BenchCommand.class, CommandLine.HelpCommand.class},
        synopsisSubcommandLabel = "COMMAND",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:every document is PASS",
                "1:a document is FAIL, REVIEW or ERROR",
                "2:usage error, or the command could not run (bad rules, unwritable output)"},
        footer = {"", "Run 'poe COMMAND --help' for a command's options."})
public final class PoeCommand implements Callable<Integer> {

    /** Exit code: every document passed. */
    public static final int EXIT_PASS = 0;
    /** Exit code: at least one document is not PASS. */
    public static final int EXIT_NOT_PASS = 1;
    /** Exit code: usage error, or the command could not run. */
    public static final int EXIT_CANNOT_RUN = 2;

    @Spec
    CommandSpec spec;

    /** A command line for {@code poe} with its error handlers and exit codes set. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new PoeCommand());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setParameterExceptionHandler(new UsageErrorHandler());
        cmd.setExecutionExceptionHandler(new FailureHandler());
        cmd.setExitCodeExceptionMapper(e -> EXIT_CANNOT_RUN);
        return cmd;
    }

    /** {@code poe} alone: show the usage and fail, as a command is required. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return EXIT_CANNOT_RUN;
    }

    /** The version of poe-rules and of the JVM running it. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                    PoeValidator.TOOL_NAME + " " + PoeValidator.version(),
                    "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
        }
    }

    /** Usage errors: one line saying what is wrong and where to find help, exit code 2. */
    static final class UsageErrorHandler implements IParameterExceptionHandler {
        @Override
        public int handleParseException(ParameterException ex, String[] args) {
            CommandLine cmd = ex.getCommandLine();
            PrintWriter err = cmd.getErr();
            err.println("poe: " + ex.getMessage());
            UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
            err.flush();
            return EXIT_CANNOT_RUN;
        }
    }

    /** Failures while running: rule problems one per line, known failures in a line, others with a trace. */
    static final class FailureHandler implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
            PrintWriter err = cmd.getErr();
            if (ex instanceof RuleBuildException e) {
                err.println("poe: the rules do not build, " + e.problems().size()
                        + (e.problems().size() == 1 ? " problem:" : " problems:"));
                for (RuleProblem p : e.problems()) {
                    err.println(p.file() + ":" + p.line() + ":" + p.column() + ": " + p.message());
                }
            } else if (ex instanceof PoeRulesException || ex instanceof CliException) {
                err.println("poe: " + ex.getMessage());
            } else {
                err.println("poe: internal error: " + ex);
                ex.printStackTrace(err);
            }
            err.flush();
            return EXIT_CANNOT_RUN;
        }
    }
}
