package io.poerules.cli;

import io.poerules.api.Claim;
import io.poerules.api.DocumentReport;
import io.poerules.api.EngagementReport;
import io.poerules.api.InvalidClaimException;
import io.poerules.api.PoeValidator;
import io.poerules.api.ValidationReport;
import io.poerules.api.Verdict;
import io.poerules.report.HtmlReport;
import io.poerules.report.JsonReportWriter;
import io.poerules.report.TextReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code poe validate}: validates documents and engagements and writes the report, as a text table or
 * JSON, to standard output or a file. A folder that holds a {@code claim.json} is an engagement: its
 * documents are validated together against the claim; {@code --claim} makes one engagement of all the
 * documents given. Exit code 0 when every engagement and every document outside an engagement is PASS,
 * 1 otherwise.
 */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        description = {
                "Validates documents and engagements, and reports verdicts and findings.",
                "Reports, per document, the verdict (PASS, FAIL, REVIEW or ERROR) and the findings that explain it,"
                        + " with the text that proves them. A directory is searched recursively; hidden files and"
                        + " expected.json files are skipped.",
                "A directory that holds a claim.json is an engagement: its documents are judged together against"
                        + " the claim (any document may meet a requirement), and each alone with the claim as context."
                        + " The report shows the engagement first."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:every engagement, and every document outside an engagement, is PASS",
                "1:an engagement or a document outside an engagement is FAIL, REVIEW or ERROR",
                "2:usage error (a bad claim.json among them), or the command could not run (bad rules, unwritable"
                        + " output)"})
final class ValidateCommand implements Callable<Integer> {

    /** Report formats. */
    enum Format { TEXT, JSON, HTML }

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "Report format: text, json or html (one self-contained page with the evidence highlighted"
                    + " in each document's text; default: text).")
    Format format = Format.TEXT;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--threads", paramLabel = "N",
            description = "Documents validated at once (default: the number of processors).")
    Integer threads;

    @Option(names = "--claim", paramLabel = "FILE",
            description = "A claim.json: validate all the documents given as one engagement against it (a claim.json"
                    + " in their folders is then ignored). Its claim date replaces --as-of.")
    Path claim;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar on standard error.")
    boolean quiet;

    @Option(names = "--color", paramLabel = "WHEN",
            description = "Colour the text report: auto (on a terminal, unless NO_COLOR is set; the default), always"
                    + " or never.")
    TerminalStyle.When color = TerminalStyle.When.AUTO;

    @Mixin
    ValidatorOptions options;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Documents, directories of documents, or engagement directories (holding a claim.json).")
    List<Path> paths;

    /** An engagement to validate: its claim and its documents. */
    private record Engagement(Claim claim, List<Path> documents) {
    }

    @Override
    public Integer call() {
        List<InputFiles.Input> inputs = Commands.inputs(spec, paths);
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1: " + threads);
        }
        List<Object> plan = plan(inputs);
        PoeValidator.Builder builder = options.builder(spec);
        if (threads != null) {
            builder.threads(threads);
        }
        builder.retainText(format == Format.HTML);
        TerminalStyle style = TerminalStyle.detect(color, output == null);
        ValidationReport report;
        try (PoeValidator validator = builder.build();
             ProgressBar progress = !quiet && style.interactive()
                     ? ProgressBar.start(spec.commandLine().getErr(), total(plan)) : null) {
            if (format == Format.JSON) {
                return streamJson(validator, plan, progress);
            }
            report = validate(validator, plan, progress);
        }
        String content = format == Format.HTML ? HtmlReport.toHtml(report)
                : style.style(TextReport.toText(report)) + RunSummary.line(report, style) + "\n";
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(content);
            out.flush();
        } else {
            write(output, content);
            wrote(report.engagements(), report.documents().stream().map(DocumentReport::verdict).toList());
        }
        return exitCode(report);
    }

    /**
     * Validates the engagements first (their entries lead the report), then writes the report as JSON while
     * the other documents are validated: each entry is written as soon as it and those before it are done,
     * and dropped, so that a batch of any size holds only the entries in progress.
     */
    private int streamJson(PoeValidator validator, List<Object> plan, ProgressBar progress) {
        List<EngagementReport> engagements = new ArrayList<>();
        Map<Engagement, EngagementReport> judged = new IdentityHashMap<>();
        for (Object item : plan) {
            if (item instanceof Engagement e) {
                EngagementReport engagement = validator.validateEngagement(e.claim(), e.documents());
                advance(progress, e.documents().size());
                engagements.add(engagement);
                judged.put(e, engagement);
            }
        }
        List<Verdict> verdicts = new ArrayList<>();
        boolean[] alonePass = {true};
        Writer target = output == null ? spec.commandLine().getOut() : open(output);
        try (JsonReportWriter json = JsonReportWriter.start(target, validator.report(List.of()), engagements)) {
            List<Path> run = new ArrayList<>();
            for (Object item : plan) {
                if (item instanceof Path file) {
                    run.add(file);
                    continue;
                }
                writeAlone(validator, json, run, verdicts, alonePass, progress);
                for (DocumentReport entry : judged.get((Engagement) item).documentReports()) {
                    json.document(entry);
                    verdicts.add(entry.verdict());
                }
            }
            writeAlone(validator, json, run, verdicts, alonePass, progress);
        } catch (IOException | UncheckedIOException e) {
            throw new CliException("cannot write " + (output == null ? "the report" : output) + ": "
                    + Commands.describe(e instanceof UncheckedIOException u ? u.getCause() : (IOException) e), e);
        } finally {
            if (output != null) {
                try {
                    target.close();
                } catch (IOException e) {
                    throw new CliException("cannot write " + output + ": " + Commands.describe(e), e);
                }
            }
        }
        if (output != null) {
            wrote(engagements, verdicts);
        }
        boolean pass = alonePass[0] && engagements.stream().allMatch(e -> e.verdict() == Verdict.PASS);
        return pass ? PoeCommand.EXIT_PASS : PoeCommand.EXIT_NOT_PASS;
    }

    /** Validates a run of documents outside engagements and writes their entries; empties the run. */
    private static void writeAlone(PoeValidator validator, JsonReportWriter json, List<Path> run, List<Verdict> verdicts,
                                   boolean[] alonePass, ProgressBar progress) {
        if (run.isEmpty()) {
            return;
        }
        validator.validateEach(run, entry -> {
            try {
                json.document(entry);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            verdicts.add(entry.verdict());
            alonePass[0] &= entry.verdict() == Verdict.PASS;
            advance(progress, 1);
        });
        run.clear();
    }

    private static Writer open(Path file) {
        try {
            return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException("cannot write " + file + ": " + Commands.describe(e), e);
        }
    }

    /** The note on stderr once the report is written to a file. */
    private void wrote(List<EngagementReport> engagements, List<Verdict> documents) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("poe: wrote " + output + ": " + (engagements.isEmpty() ? ""
                : TextReport.engagementSummary(engagements) + "; ") + TextReport.verdictSummary(documents));
        err.flush();
    }

    /**
     * What to validate, in order: documents on their own ({@link Path}) and engagements, each with its claim
     * read. Claims are read before the rules are compiled, so that a bad claim.json fails fast.
     */
    private List<Object> plan(List<InputFiles.Input> inputs) {
        List<Object> plan = new ArrayList<>();
        if (claim != null) {
            Claim given = readClaim(claim, "--claim");
            List<Path> documents = new ArrayList<>();
            for (InputFiles.Input input : inputs) {
                if (input instanceof InputFiles.Document d) {
                    documents.add(d.file());
                } else if (input instanceof InputFiles.Bundle b) {
                    note("--claim given: ignoring " + b.claim());
                    documents.addAll(b.documents());
                }
            }
            plan.add(new Engagement(given, documents));
            return plan;
        }
        for (InputFiles.Input input : inputs) {
            if (input instanceof InputFiles.Document d) {
                plan.add(d.file());
            } else if (input instanceof InputFiles.Bundle b) {
                plan.add(new Engagement(readClaim(b.claim(), null), b.documents()));
            }
        }
        return plan;
    }

    private static void advance(ProgressBar progress, int documents) {
        if (progress != null) {
            progress.advance(documents);
        }
    }

    private static int total(List<Object> plan) {
        return plan.stream().mapToInt(item -> item instanceof Engagement e ? e.documents().size() : 1).sum();
    }

    /** @param progress counts each document done, or {@code null} */
    private ValidationReport validate(PoeValidator validator, List<Object> plan, ProgressBar progress) {
        List<Path> alone = plan.stream().filter(Path.class::isInstance).map(Path.class::cast).toList();
        Map<Path, DocumentReport> aloneReports = new HashMap<>();
        List<DocumentReport> validated = new ArrayList<>(alone.size());
        validator.validateEach(alone, entry -> {
            validated.add(entry);
            advance(progress, 1);
        });
        for (int i = 0; i < alone.size(); i++) {
            aloneReports.put(alone.get(i), validated.get(i));
        }
        List<EngagementReport> engagements = new ArrayList<>();
        List<DocumentReport> documents = new ArrayList<>();
        for (Object item : plan) {
            if (item instanceof Engagement e) {
                EngagementReport engagement = validator.validateEngagement(e.claim(), e.documents());
                advance(progress, e.documents().size());
                engagements.add(engagement);
                documents.addAll(engagement.documentReports());
            } else {
                documents.add(aloneReports.get((Path) item));
            }
        }
        return validator.report(engagements, documents);
    }

    private Claim readClaim(Path file, String option) {
        try {
            return Claim.read(file);
        } catch (InvalidClaimException e) {
            throw new ParameterException(spec.commandLine(), (option == null ? "" : option + ": ") + e.getMessage());
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), (option == null ? "" : option + ": ") + "cannot read "
                    + file + ": " + Commands.describe(e));
        }
    }

    private void note(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("poe: " + message);
        err.flush();
    }

    /**
     * 0 when every engagement is PASS and every document outside an engagement is PASS; a document of an
     * engagement is judged through its engagement (alone, it often lacks what another document supplies).
     */
    static int exitCode(ValidationReport report) {
        List<String> inEngagements = report.engagements().stream().flatMap(e -> e.documents().stream()).toList();
        boolean pass = report.engagements().stream().allMatch(e -> e.verdict() == Verdict.PASS)
                && report.documents().stream().filter(d -> !inEngagements.contains(d.source()))
                        .allMatch(d -> d.verdict() == Verdict.PASS);
        return pass ? PoeCommand.EXIT_PASS : PoeCommand.EXIT_NOT_PASS;
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException("cannot write " + file + ": " + Commands.describe(e), e);
        }
    }
}
