package io.poerules.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportErrorTest {

    @Test
    void aMessageIsOneLine() {
        assertThat(new ReportError(ErrorCode.RULES_ERROR, "The rules failed: java.lang.IllegalStateException: x\n"
                + "\tat rule.Rule_1.defaultConsequence(Rule_1.java:9)\r\n").message())
                .isEqualTo("The rules failed: java.lang.IllegalStateException: x \tat rule.Rule_1.defaultConsequence(Rule_1.java:9)");
    }

    @Test
    void aMessageIsAtMostAThousandCharacters() {
        assertThat(new ReportError(ErrorCode.CORRUPT, "x".repeat(5_000)).message()).hasSize(ReportError.MAX_MESSAGE).endsWith("…");
    }
}
