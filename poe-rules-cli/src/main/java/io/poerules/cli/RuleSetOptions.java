package io.poerules.cli;

import io.poerules.api.RuleSet;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options that choose a rule set, for the commands that work on rules without validating. */
final class RuleSetOptions {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "A folder of DRL rules, decision tables (.xlsx, .csv) and lexicon JSON files (default: "
                    + "only the default rules).")
    Path rules;

    @Option(names = "--rules-mode", paramLabel = "MODE",
            description = "With --rules: extend the default rules (default) or replace them.")
    RuleSet.Mode rulesMode = RuleSet.Mode.EXTEND;

    /** The rule set these options name. */
    RuleSet ruleSet(CommandSpec spec) {
        if (rules == null) {
            return RuleSet.defaults();
        }
        if (!Files.isDirectory(rules)) {
            throw new ParameterException(spec.commandLine(), "--rules: no such directory: " + rules);
        }
        return RuleSet.withDirectory(rules, rulesMode);
    }
}
