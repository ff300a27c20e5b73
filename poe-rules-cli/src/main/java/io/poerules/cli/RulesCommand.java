package io.poerules.cli;

import io.poerules.api.PoeValidator;
import io.poerules.api.RuleProblem;
import io.poerules.api.RuleSet;
import io.poerules.authoring.RuleCatalog;
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
import picocli.CommandLine.Spec;

/** {@code poe rules}: commands for rule authors: {@code lint} and {@code catalog}. */
@Command(name = "rules",
        mixinStandardHelpOptions = true,
        description = "Commands for rule authors: check the rules, list them.",
        subcommands = {RulesCommand.Lint.class, RulesCommand.Catalog.class},
        synopsisSubcommandLabel = "COMMAND")
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return PoeCommand.EXIT_CANNOT_RUN;
    }

    /** {@code poe rules lint}: every problem of the rules, one per line, as file:line:column: message. */
    @Command(name = "lint",
            mixinStandardHelpOptions = true,
            description = {"Compiles the rules, decision tables and lexicons and reports every problem as"
                    + " FILE:LINE:COLUMN: MESSAGE (a decision table's problems at ROW:COLUMN): DRL syntax errors,"
                    + " unknown fact types or fields, a rule without @id, a rule that reports findings without"
                    + " @requirement, two rules with the same @id, a lexicon that is not valid JSON or has an"
                    + " unknown key."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:no problem", "1:at least one problem", "2:usage error, or the rules could not be read"})
    static final class Lint implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        RuleSetOptions rules;

        @Override
        public Integer call() {
            RuleSet ruleSet = rules.ruleSet(spec);
            List<RuleProblem> problems = ruleSet.lint();
            PrintWriter out = spec.commandLine().getOut();
            problems.forEach(p -> out.println(p));
            out.flush();
            PrintWriter err = spec.commandLine().getErr();
            int files = ruleSet.rulesAndTables().size() + ruleSet.lexicons().size();
            err.println("poe: " + files + (files == 1 ? " file, " : " files, ") + problems.size()
                    + (problems.size() == 1 ? " problem" : " problems"));
            err.flush();
            return problems.isEmpty() ? PoeCommand.EXIT_PASS : PoeCommand.EXIT_NOT_PASS;
        }
    }

    /** {@code poe rules catalog}: the rule catalog, generated from the rules' metadata. */
    @Command(name = "catalog",
            mixinStandardHelpOptions = true,
            description = {"Writes the rule catalog, generated from the rules' metadata: id, requirement, severity,"
                    + " description, and the document types and program each rule applies to."})
    static final class Catalog implements Callable<Integer> {
        enum Format { MD, HTML }

        @Spec
        CommandSpec spec;

        @Mixin
        RuleSetOptions rules;

        @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "md or html (default: md).")
        Format format = Format.MD;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
        Path output;

        @Override
        public Integer call() {
            RuleSet ruleSet = rules.ruleSet(spec);
            String text;
            try (PoeValidator validator = PoeValidator.builder().rules(ruleSet).threads(1).build()) {
                text = format == Format.HTML ? RuleCatalog.html(ruleSet.name(), validator.rules())
                        : RuleCatalog.markdown(ruleSet.name(), validator.rules());
            }
            if (output == null) {
                PrintWriter out = spec.commandLine().getOut();
                out.print(text);
                out.flush();
            } else {
                try {
                    Files.writeString(output, text, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new CliException("cannot write " + output + ": " + Commands.describe(e), e);
                }
            }
            return PoeCommand.EXIT_PASS;
        }
    }
}
