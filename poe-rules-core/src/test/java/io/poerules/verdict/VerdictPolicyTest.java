package io.poerules.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.api.ErrorCode;
import io.poerules.api.Finding;
import io.poerules.api.Outcome;
import io.poerules.api.ReportError;
import io.poerules.api.Requirement;
import io.poerules.api.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictPolicyTest {

    private static Finding finding(Outcome outcome) {
        return new Finding(Requirement.PARTIES, "RULE-" + outcome, outcome, "reason", List.of());
    }

    private static final ReportError CORRUPT = new ReportError(ErrorCode.CORRUPT, "damaged");
    private static final ReportError TRUNCATED = new ReportError(ErrorCode.TRUNCATED, "cut");

    @Test
    void fatalErrorIsErrorWhateverTheFindings() {
        assertThat(VerdictPolicy.decide(List.of(finding(Outcome.PASS)), List.of(CORRUPT))).isEqualTo(Verdict.ERROR);
        assertThat(VerdictPolicy.decide(List.of(), List.of(TRUNCATED, CORRUPT))).isEqualTo(Verdict.ERROR);
    }

    @Test
    void failBeatsWarn() {
        assertThat(VerdictPolicy.decide(List.of(finding(Outcome.WARN), finding(Outcome.FAIL), finding(Outcome.PASS)),
                List.of())).isEqualTo(Verdict.FAIL);
    }

    @Test
    void failBeatsNonFatalError() {
        assertThat(VerdictPolicy.decide(List.of(finding(Outcome.FAIL)), List.of(TRUNCATED))).isEqualTo(Verdict.FAIL);
    }

    @Test
    void warnWithoutFailIsReview() {
        assertThat(VerdictPolicy.decide(List.of(finding(Outcome.PASS), finding(Outcome.WARN)), List.of()))
                .isEqualTo(Verdict.REVIEW);
    }

    @Test
    void nonFatalErrorCapsPassAtReview() {
        assertThat(VerdictPolicy.decide(List.of(finding(Outcome.PASS)), List.of(TRUNCATED))).isEqualTo(Verdict.REVIEW);
    }

    @Test
    void noFindingsIsReview() {
        assertThat(VerdictPolicy.decide(List.of(), List.of())).isEqualTo(Verdict.REVIEW);
        assertThat(VerdictPolicy.decide(List.of(finding(Outcome.NOT_APPLICABLE)), List.of())).isEqualTo(Verdict.REVIEW);
    }

    @Test
    void passesAndNotApplicableArePass() {
        assertThat(VerdictPolicy.decide(List.of(finding(Outcome.PASS), finding(Outcome.NOT_APPLICABLE)), List.of()))
                .isEqualTo(Verdict.PASS);
    }
}
