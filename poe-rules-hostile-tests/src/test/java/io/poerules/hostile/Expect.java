package io.poerules.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.api.DocumentReport;
import io.poerules.api.ErrorCode;
import io.poerules.api.ReportError;
import io.poerules.api.Verdict;
import java.util.regex.Pattern;

/**
 * What the suite expects of one document's entry, on top of what every entry must be: a verdict, errors
 * when it is {@code ERROR} and none when it is {@code PASS}, and messages of one line with no stack trace.
 *
 * @param error   the one error an {@code ERROR} entry must have, or {@code null}
 * @param present an error the entry must have without being {@code ERROR}, or {@code null}
 * @param noPass  whether the entry must not be {@code PASS}
 */
record Expect(ErrorCode error, ErrorCode present, boolean noPass) {

    private static final Pattern STACK_FRAME = Pattern.compile("\\bat [\\w$.]+\\(");

    /** {@code ERROR} with exactly this error. */
    static Expect error(ErrorCode code) {
        return new Expect(code, null, true);
    }

    /** Evaluated, not {@code PASS}, with this error among its own (or none required when {@code null}). */
    static Expect notPass(ErrorCode code) {
        return new Expect(null, code, true);
    }

    /** Anything, as long as the entry is well formed. */
    static Expect anything() {
        return new Expect(null, null, false);
    }

    void check(DocumentReport report) {
        wellFormed(report);
        if (error != null) {
            assertThat(report.verdict()).as("verdict, errors %s", report.errors()).isEqualTo(Verdict.ERROR);
            assertThat(report.errors()).extracting(ReportError::code).containsExactly(error);
        }
        if (present != null) {
            assertThat(report.verdict()).as("verdict, errors %s", report.errors()).isNotEqualTo(Verdict.ERROR);
            assertThat(report.errors()).extracting(ReportError::code).contains(present);
        }
        if (noPass) {
            assertThat(report.verdict()).isNotEqualTo(Verdict.PASS);
        }
    }

    /** What every entry must be, whatever the input. */
    static void wellFormed(DocumentReport report) {
        assertThat(report).isNotNull();
        assertThat(report.verdict()).isNotNull();
        if (report.verdict() == Verdict.PASS) {
            assertThat(report.errors()).isEmpty();
        }
        if (report.verdict() == Verdict.ERROR) {
            assertThat(report.errors()).isNotEmpty();
        }
        for (ReportError e : report.errors()) {
            assertThat(e.code()).isNotNull();
            assertThat(e.message()).as("message of %s", e.code()).isNotBlank().doesNotContain("\n", "\r", "\tat ")
                    .doesNotContainPattern(STACK_FRAME);
            assertThat(e.message().length()).as("length of \"%s\"", e.message()).isLessThan(500);
        }
    }
}
