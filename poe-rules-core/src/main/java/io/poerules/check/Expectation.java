package io.poerules.check;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.poerules.api.DocumentType;
import io.poerules.api.Outcome;
import io.poerules.api.Program;
import io.poerules.api.Requirement;
import io.poerules.api.Verdict;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a document or an engagement of a suite must get: its verdict and, optionally, its document type,
 * program, the requirements that come out FAIL (exactly those), and the outcome of some requirements.
 * One entry of an {@code expected.json}. Immutable.
 *
 * @param verdict      the verdict; required
 * @param documentType the document type, or {@code null} not to check it (engagements have none)
 * @param program      the program, or {@code null} not to check it
 * @param failed       the requirements whose outcome is FAIL, all of them; {@code null} not to check them
 * @param outcomes     the outcome of each requirement listed (a requirement no rule decided has no
 *                     outcome: leave it out); {@code null} or empty not to check outcomes
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder(alphabetic = true)
public record Expectation(Verdict verdict, DocumentType documentType, Program program, List<Requirement> failed,
                          Map<Requirement, Outcome> outcomes) {

    public Expectation {
        Objects.requireNonNull(verdict, "verdict");
        failed = failed == null ? null : failed.stream().sorted().distinct().toList();
        outcomes = outcomes == null || outcomes.isEmpty() ? null : java.util.Collections.unmodifiableMap(
                new EnumMap<>(outcomes));
    }

    /** An expectation without per-requirement outcomes. */
    public Expectation(Verdict verdict, DocumentType documentType, Program program, List<Requirement> failed) {
        this(verdict, documentType, program, failed, null);
    }

    /** What differs between this expectation and what came, as readable lines; empty when it matches. */
    public List<String> differences(Actual actual) {
        List<String> out = new ArrayList<>();
        if (verdict != actual.verdict()) {
            out.add("verdict: expected " + verdict + ", got " + actual.verdict());
        }
        if (documentType != null && documentType != actual.documentType()) {
            out.add("documentType: expected " + documentType + ", got " + actual.documentType());
        }
        if (program != null && program != actual.program()) {
            out.add("program: expected " + program + ", got " + actual.program());
        }
        if (failed != null && !failed.equals(actual.failed())) {
            out.add("failed: expected " + failed + ", got " + actual.failed());
        }
        if (outcomes != null) {
            outcomes.forEach((requirement, outcome) -> {
                Outcome got = actual.outcomes().get(requirement);
                if (outcome != got) {
                    out.add(requirement + ": expected " + outcome + ", got " + (got == null ? "no finding" : got));
                }
            });
        }
        return out;
    }

    /**
     * This expectation brought up to date with what came: every field it checks takes the actual
     * value; fields it does not check stay unchecked.
     */
    public Expectation updatedTo(Actual actual) {
        Map<Requirement, Outcome> newOutcomes = null;
        if (outcomes != null) {
            newOutcomes = new EnumMap<>(Requirement.class);
            for (Requirement r : outcomes.keySet()) {
                Outcome got = actual.outcomes().get(r);
                if (got != null) {
                    newOutcomes.put(r, got);
                }
            }
        }
        return new Expectation(actual.verdict(), documentType == null ? null : actual.documentType(),
                program == null ? null : actual.program(), failed == null ? null : actual.failed(), newOutcomes);
    }

    /** The expectation a new document gets: verdict, type, program and failed requirements as they came. */
    public static Expectation of(Actual actual) {
        return new Expectation(actual.verdict(), actual.documentType(), actual.program(), actual.failed(), null);
    }

    /** The expectation a new engagement gets: verdict and failed requirements as they came. */
    public static Expectation ofEngagement(Actual actual) {
        return new Expectation(actual.verdict(), null, null, actual.failed(), null);
    }
}
