package io.poerules.check;

import io.poerules.api.Claim;
import io.poerules.api.DocumentReport;
import io.poerules.api.EngagementReport;
import io.poerules.api.PoeRulesException;
import io.poerules.api.PoeValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the cases of a suite through a validator and compares each with its expectation.
 *
 * @since 0.1.0
 */
public final class SuiteRunner {

    private SuiteRunner() {
    }

    /**
     * Runs every case: the documents in parallel on the validator's pool, then the engagements.
     *
     * @throws PoeRulesException when an engagement's claim.json is invalid or cannot be read
     */
    public static SuiteResult run(Suite suite, PoeValidator validator) {
        List<Suite.Case> documents = suite.cases().stream().filter(c -> c.kind() == Suite.Kind.DOCUMENT).toList();
        long started = System.nanoTime();
        List<DocumentReport> reports = validator.validateAll(documents.stream().map(Suite.Case::path).toList())
                .documents();
        Duration each = documents.isEmpty() ? Duration.ZERO
                : Duration.ofNanos((System.nanoTime() - started) / documents.size());
        Map<Suite.Case, CaseResult> byCase = new HashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            byCase.put(documents.get(i), result(documents.get(i), Actual.of(reports.get(i)), each));
        }
        List<CaseResult> results = new ArrayList<>();
        for (Suite.Case c : suite.cases()) {
            results.add(c.kind() == Suite.Kind.DOCUMENT ? byCase.get(c) : run(c, validator));
        }
        return new SuiteResult(suite, results);
    }

    /** Runs one case. */
    public static CaseResult run(Suite.Case c, PoeValidator validator) {
        long started = System.nanoTime();
        if (c.kind() == Suite.Kind.DOCUMENT) {
            return result(c, Actual.of(validator.validate(c.path())), Duration.ofNanos(System.nanoTime() - started));
        }
        EngagementReport report = validator.validateEngagement(claim(c.path().resolve(Claim.FILE_NAME)), c.documents());
        return result(c, Actual.of(report), Duration.ofNanos(System.nanoTime() - started));
    }

    private static CaseResult result(Suite.Case c, Actual actual, Duration time) {
        List<String> differences = new ArrayList<>();
        if (c.kind() == Suite.Kind.DOCUMENT && !Files.exists(c.path())) {
            differences.add("no such file: " + c.path() + " (named in " + c.expectationFile() + ")");
        } else if (c.expected() == null) {
            differences.add("no expectation in " + c.expectationFile() + " (got " + actual.verdict()
                    + "); run 'poe check --update' to record it");
        } else {
            differences.addAll(c.expected().differences(actual));
        }
        return new CaseResult(c, actual, differences, time);
    }

    private static Claim claim(Path file) {
        try {
            return Claim.read(file);
        } catch (IOException e) {
            throw new PoeRulesException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
