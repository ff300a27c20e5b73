package io.poerules.api;

/** The outcome of one requirement for one document. @since 0.1.0 */
public enum Outcome {
    PASS, FAIL, WARN, NOT_APPLICABLE;

    /**
     * The worse of two outcomes: FAIL over WARN over PASS over NOT_APPLICABLE. Combines the findings of
     * one requirement into the requirement's outcome.
     */
    public static Outcome worst(Outcome a, Outcome b) {
        return a.rank() >= b.rank() ? a : b;
    }

    private int rank() {
        return switch (this) {
            case NOT_APPLICABLE -> 0;
            case PASS -> 1;
            case WARN -> 2;
            case FAIL -> 3;
        };
    }
}
