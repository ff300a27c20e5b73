package io.poerules.cli;

import io.poerules.api.DocumentReport;
import io.poerules.api.PoeValidator;
import io.poerules.api.ValidationReport;
import io.poerules.api.Verdict;
import io.poerules.report.ReportJson;
import io.poerules.report.TextReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code poe validate}: validates documents and writes the report, as a text table or JSON, to standard
 * output or a file. Exit code 0 when every document is PASS, 1 otherwise.
 */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        description = {
                "Validates documents and reports verdicts and findings.",
                "Reports, per document, the verdict (PASS, FAIL, REVIEW or ERROR) and the findings that explain it,"
                        + " with the text that proves them. A directory is searched recursively; hidden files and"
                        + " expected.json files are skipped."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:every document is PASS",
                "1:a document is FAIL, REVIEW or ERROR",
                "2:usage error, or the command could not run (bad rules, unwritable output)"})
final class ValidateCommand implements Callable<Integer> {

    /** Report formats. */
    enum Format { TEXT, JSON }

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "Report format: text or json (default: text).")
    Format format = Format.TEXT;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--threads", paramLabel = "N", description = "Documents validated at once (default: up to 4).")
    Integer threads;

    @Mixin
    ValidatorOptions options;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Documents, or directories of documents.")
    List<Path> paths;

    @Override
    public Integer call() {
        List<Path> files = Commands.documents(spec, paths);
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1: " + threads);
        }
        PoeValidator.Builder builder = options.builder(spec);
        if (threads != null) {
            builder.threads(threads);
        }
        ValidationReport report;
        try (PoeValidator validator = builder.build()) {
            report = validator.validateAll(files);
        }
        String content = format == Format.JSON ? ReportJson.toJson(report) + "\n" : TextReport.toText(report);
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(content);
            out.flush();
        } else {
            write(output, content);
            PrintWriter err = spec.commandLine().getErr();
            err.println("poe: wrote " + output + ": " + TextReport.summary(report.documents()));
            err.flush();
        }
        return exitCode(report.documents());
    }

    static int exitCode(List<DocumentReport> documents) {
        return documents.stream().allMatch(d -> d.verdict() == Verdict.PASS)
                ? PoeCommand.EXIT_PASS : PoeCommand.EXIT_NOT_PASS;
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException("cannot write " + file + ": " + Commands.describe(e), e);
        }
    }
}
