package io.poerules.verdict;

import io.poerules.api.Finding;
import io.poerules.api.Outcome;
import io.poerules.api.ReportError;
import io.poerules.api.Verdict;
import java.util.List;

/**
 * Turns findings and errors into a verdict. A document with a fatal error is {@link Verdict#ERROR}; a
 * failed requirement is {@link Verdict#FAIL}; warnings, non-fatal errors (a truncated text, an
 * unreadable attachment) or no finding at all give {@link Verdict#REVIEW}: a document that was not
 * wholly processed is never {@link Verdict#PASS}.
 */
public final class VerdictPolicy {

    private VerdictPolicy() {
    }

    public static Verdict decide(List<Finding> findings, List<ReportError> errors) {
        if (errors.stream().anyMatch(ReportError::isFatal)) {
            return Verdict.ERROR;
        }
        if (findings.stream().anyMatch(f -> f.outcome() == Outcome.FAIL)) {
            return Verdict.FAIL;
        }
        boolean anyPass = findings.stream().anyMatch(f -> f.outcome() == Outcome.PASS);
        if (!errors.isEmpty() || !anyPass || findings.stream().anyMatch(f -> f.outcome() == Outcome.WARN)) {
            return Verdict.REVIEW;
        }
        return Verdict.PASS;
    }
}
