package io.poerules.cli;

import io.poerules.api.Explanation;
import io.poerules.api.PoeValidator;
import io.poerules.authoring.ExplanationText;
import io.poerules.report.ReportJson;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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

/** {@code poe explain FILE}: every fact of a document with its evidence, and which rules fired on it. */
@Command(name = "explain",
        mixinStandardHelpOptions = true,
        description = {"Explains how a document is judged: every fact extracted from it with its evidence (text,"
                + " page, offsets), the facts the rules derived, and every rule, fired or not, with the facts it"
                + " matched and its findings."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the document is PASS", "1:it is FAIL, REVIEW or ERROR", "2:usage error, or bad rules"})
final class ExplainCommand implements Callable<Integer> {

    enum Format { TEXT, JSON }

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "text or json (default: text).")
    Format format = Format.TEXT;

    @Mixin
    ValidatorOptions options;

    @Parameters(paramLabel = "FILE", description = "The document to explain.")
    Path file;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), "no such file: " + file);
        }
        Explanation explanation;
        try (PoeValidator validator = options.builder(spec).threads(1).build()) {
            explanation = validator.explain(file);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            out.println(ReportJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json(explanation)));
        } else {
            out.print(ExplanationText.of(explanation));
        }
        out.flush();
        return explanation.report().verdict() == io.poerules.api.Verdict.PASS ? PoeCommand.EXIT_PASS
                : PoeCommand.EXIT_NOT_PASS;
    }

    private static Map<String, Object> json(Explanation e) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("document", e.report());
        root.put("derived", e.derived().stream().map(d -> Map.of("type", d.getClass().getSimpleName(), "fact", d))
                .toList());
        root.put("rules", e.rules().stream().map(r -> {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("id", r.rule().id());
            rule.put("name", r.rule().name());
            rule.put("requirement", r.rule().requirement());
            rule.put("fired", r.fired());
            rule.put("matched", r.matched().stream().map(m -> m.stream().map(Object::toString).toList()).toList());
            rule.put("findings", r.findings());
            return rule;
        }).toList());
        return root;
    }

}
