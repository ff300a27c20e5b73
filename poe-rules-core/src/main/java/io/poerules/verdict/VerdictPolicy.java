package io.poerules.verdict;

import io.poerules.api.DocumentReport;
import io.poerules.api.ErrorCode;
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

    /**
     * The verdict of an engagement, judged on the findings of all its documents together. It is
     * {@link Verdict#ERROR} when the rules failed on it or when none of its documents could be evaluated;
     * {@link Verdict#FAIL} when a requirement is not met by any document; {@link Verdict#REVIEW} when
     * there are warnings, no requirement passed, or a document (or part of one) could not be read, even
     * if the others meet every requirement; otherwise {@link Verdict#PASS}.
     *
     * @param errors    the problems of its documents, and of the engagement itself
     * @param documents its documents, each judged alone
     */
    public static Verdict decideEngagement(List<Finding> findings, List<ReportError> errors,
                                           List<DocumentReport> documents) {
        if (errors.stream().anyMatch(e -> e.code() == ErrorCode.RULES_ERROR && e.source() == null)
                || !documents.isEmpty() && documents.stream().allMatch(d -> d.verdict() == Verdict.ERROR)) {
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
