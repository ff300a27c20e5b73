package io.poerules.samples;

import io.poerules.api.DocumentType;
import io.poerules.api.Outcome;
import io.poerules.api.Program;
import io.poerules.api.Requirement;
import io.poerules.api.Verdict;
import io.poerules.check.Actual;
import io.poerules.check.Expectation;
import io.poerules.check.Suite;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The samples' expectations, read by the library's suite reader ({@link Suite}), and the JSON report's
 * entries in the library's terms ({@link Actual}), so that the command-line tests compare with the same
 * {@link Expectation#differences(Actual)} as {@code poe check}.
 */
final class Expectations {

    private Expectations() {
    }

    /** A documents folder's expectations, by file name. */
    static Map<String, Expectation> documents(Path folder) {
        Map<String, Expectation> out = new TreeMap<>();
        Suite.read(folder).cases().forEach(c -> out.put(c.key(), c.expected()));
        return out;
    }

    /** An engagement bundle's expectation. */
    static Expectation engagement(Path bundle) {
        return Suite.read(bundle).cases().get(0).expected();
    }

    /** A document or engagement entry of a JSON report, as the library's {@link Actual}. */
    static Actual actual(JsonNode entry) {
        Map<Requirement, Outcome> outcomes = new EnumMap<>(Requirement.class);
        for (JsonNode f : entry.path("findings")) {
            outcomes.merge(Requirement.valueOf(f.path("requirement").asText()), Outcome.valueOf(f.path("outcome").asText()),
                    Outcome::worst);
        }
        return new Actual(Verdict.valueOf(entry.path("verdict").asText()),
                entry.has("documentType") ? DocumentType.valueOf(entry.path("documentType").asText()) : null,
                entry.has("program") ? Program.valueOf(entry.path("program").asText()) : null, outcomes, List.of(),
                List.of());
    }
}
