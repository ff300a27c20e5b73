package io.poerules.cli;

import io.poerules.api.PoeValidator;
import io.poerules.check.ExpectationUpdate;
import io.poerules.check.Suite;
import io.poerules.check.SuiteReport;
import io.poerules.check.SuiteResult;
import io.poerules.check.SuiteRunner;
import java.io.IOException;
import java.io.PrintWriter;
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
 * {@code poe check SUITE_DIR}: runs a rule regression suite and prints the differences from its
 * expectations.
 */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        description = {"Runs a rule regression suite: every document of a folder with an expected.json (file name ->"
                + " verdict, and optionally documentType, program, failed, outcomes), and every engagement folder"
                + " (holding a claim.json) with its expected.json, compared with what the rules decide. Prints, for"
                + " each difference, what was expected, what came and which rules decided it."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every case matches its expectation (or --update wrote them)",
                "1:a case differs from its expectation, or has none",
                "2:usage error, or the suite or the rules could not be read"})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--junit-xml", paramLabel = "FILE", description = "Also write a JUnit XML report to FILE, for CI.")
    Path junitXml;

    @Option(names = "--update",
            description = "Rewrite the expectations that differ to what came (after review), and print what changed.")
    boolean update;

    @Mixin
    ValidatorOptions options;

    @Parameters(paramLabel = "SUITE_DIR", description = "The suite folder.")
    Path suiteDir;

    @Override
    public Integer call() {
        if (!Files.isDirectory(suiteDir)) {
            throw new ParameterException(spec.commandLine(), "no such directory: " + suiteDir);
        }
        Suite suite = Suite.read(suiteDir);
        if (suite.cases().isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no expected.json or claim.json found in " + suiteDir);
        }
        SuiteResult result;
        try (PoeValidator validator = options.builder(spec).build()) {
            result = SuiteRunner.run(suite, validator);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (junitXml != null) {
            try {
                SuiteReport.writeJUnitXml(result, junitXml);
            } catch (IOException e) {
                throw new CliException("cannot write " + junitXml + ": " + Commands.describe(e), e);
            }
        }
        if (update) {
            List<String> changes;
            try {
                changes = ExpectationUpdate.apply(result);
            } catch (IOException e) {
                throw new CliException("cannot update the expectations: " + Commands.describe(e), e);
            }
            changes.forEach(c -> out.println("updated " + c));
            out.println(changes.isEmpty() ? "poe: every expectation is up to date"
                    : "poe: " + changes.size() + (changes.size() == 1 ? " expectation" : " expectations") + " updated");
            out.flush();
            return PoeCommand.EXIT_PASS;
        }
        out.print(SuiteReport.text(result));
        out.flush();
        return result.allMatch() ? PoeCommand.EXIT_PASS : PoeCommand.EXIT_NOT_PASS;
    }
}
