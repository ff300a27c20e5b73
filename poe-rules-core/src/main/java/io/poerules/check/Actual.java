package io.poerules.check;

import io.poerules.api.DocumentReport;
import io.poerules.api.DocumentType;
import io.poerules.api.EngagementReport;
import io.poerules.api.Finding;
import io.poerules.api.Outcome;
import io.poerules.api.Program;
import io.poerules.api.ReportError;
import io.poerules.api.Requirement;
import io.poerules.api.Verdict;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a document or an engagement got, in the terms of an {@link Expectation}, with the findings and
 * errors that explain it. Immutable.
 *
 * @param verdict      the verdict
 * @param documentType the document type ({@code null} for an engagement)
 * @param program      the program ({@code null} for an engagement)
 * @param outcomes     the combined outcome of each requirement some rule decided
 * @param findings     every finding, with the rule that made it
 * @param errors       what could not be processed
 * @since 0.1.0
 */
public record Actual(Verdict verdict, DocumentType documentType, Program program, Map<Requirement, Outcome> outcomes,
                     List<Finding> findings, List<ReportError> errors) {

    public Actual {
        outcomes = Collections.unmodifiableMap(new EnumMap<>(outcomes.isEmpty()
                ? new EnumMap<>(Requirement.class) : outcomes));
        findings = List.copyOf(findings);
        errors = List.copyOf(errors);
    }

    /** What a document got. */
    public static Actual of(DocumentReport report) {
        return new Actual(report.verdict(), report.documentType(), report.program(), outcomes(report.findings()),
                report.findings(), report.errors());
    }

    /** What an engagement got. */
    public static Actual of(EngagementReport report) {
        return new Actual(report.verdict(), null, null, outcomes(report.findings()), report.findings(),
                report.errors());
    }

    /** The requirements whose outcome is FAIL, in requirement order. */
    public List<Requirement> failed() {
        return outcomes.entrySet().stream().filter(e -> e.getValue() == Outcome.FAIL).map(Map.Entry::getKey)
                .sorted().toList();
    }

    private static Map<Requirement, Outcome> outcomes(List<Finding> findings) {
        Map<Requirement, Outcome> out = new EnumMap<>(Requirement.class);
        for (Finding f : findings) {
            if (f.requirement() != null) {
                out.merge(f.requirement(), f.outcome(), Outcome::worst);
            }
        }
        return out;
    }
}
