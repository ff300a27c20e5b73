package io.poerules.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rewrites a suite's expectations to what came, after a person reviewed the differences: the fields an
 * expectation checks take the actual values, documents and engagements without an expectation get
 * one, and entries whose document is gone are dropped. Files are written with sorted keys and one
 * value a line, and only when something changed.
 *
 * @since 0.1.0
 */
public final class ExpectationUpdate {

    private ExpectationUpdate() {
    }

    /**
     * Rewrites the {@code expected.json} files of the results that differ.
     *
     * @return what changed, one line per case ("sow.pdf: verdict PASS -> FAIL"); empty when nothing did
     */
    public static List<String> apply(SuiteResult result) throws IOException {
        List<String> changes = new ArrayList<>();
        Map<Path, Map<String, Expectation>> documentFiles = new LinkedHashMap<>();
        Map<Path, Boolean> changed = new LinkedHashMap<>();
        for (CaseResult r : result.results()) {
            Suite.Case c = r.suiteCase();
            if (c.kind() == Suite.Kind.ENGAGEMENT) {
                if (!r.matches()) {
                    Expectation updated = c.expected() == null ? Expectation.ofEngagement(r.actual())
                            : c.expected().updatedTo(r.actual());
                    changes.add(describe(c.name(), c.expected(), updated));
                    Files.writeString(c.expectationFile(), ExpectationJson.write(updated), StandardCharsets.UTF_8);
                }
                continue;
            }
            Map<String, Expectation> file = documentFiles.computeIfAbsent(c.expectationFile(), f -> new TreeMap<>());
            changed.putIfAbsent(c.expectationFile(), false);
            if (!Files.exists(c.path())) {
                changes.add(c.name() + ": removed (no such file)");
                changed.put(c.expectationFile(), true);
            } else if (r.matches()) {
                file.put(c.key(), c.expected());
            } else {
                Expectation updated = c.expected() == null ? Expectation.of(r.actual()) : c.expected().updatedTo(r.actual());
                file.put(c.key(), updated);
                changes.add(describe(c.name(), c.expected(), updated));
                changed.put(c.expectationFile(), true);
            }
        }
        for (Map.Entry<Path, Map<String, Expectation>> e : documentFiles.entrySet()) {
            if (changed.get(e.getKey())) {
                Files.writeString(e.getKey(), ExpectationJson.write(e.getValue()), StandardCharsets.UTF_8);
            }
        }
        return changes;
    }

    private static String describe(String name, Expectation before, Expectation after) {
        if (before == null) {
            return name + ": added " + after.verdict() + (after.failed() == null || after.failed().isEmpty() ? ""
                    : ", failed " + after.failed());
        }
        List<String> parts = new ArrayList<>();
        if (before.verdict() != after.verdict()) {
            parts.add("verdict " + before.verdict() + " -> " + after.verdict());
        }
        if (before.documentType() != after.documentType()) {
            parts.add("documentType " + before.documentType() + " -> " + after.documentType());
        }
        if (before.program() != after.program()) {
            parts.add("program " + before.program() + " -> " + after.program());
        }
        if (before.failed() != null && !before.failed().equals(after.failed())) {
            parts.add("failed " + before.failed() + " -> " + after.failed());
        }
        if (before.outcomes() != null && !before.outcomes().equals(after.outcomes())) {
            parts.add("outcomes " + before.outcomes() + " -> " + after.outcomes());
        }
        return name + ": " + String.join(", ", parts);
    }
}
