package io.poerules.api;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on the work spent on one document. Hitting a limit is recorded in the report, never silent.
 *
 * @param maxInputBytes        largest input accepted; larger inputs are {@link ErrorCode#TOO_LARGE}
 * @param maxCharacters        extracted characters kept over all parts; more is {@link ErrorCode#TRUNCATED}
 * @param maxEmbeddedDepth     how deep embedded documents are followed (an attachment of an attachment is depth 2)
 * @param maxEmbeddedDocuments how many embedded documents are read per document
 * @param timeout              time allowed to extract one document, and as long again to evaluate its text;
 *                             more is {@link ErrorCode#TIMEOUT}
 * @since 0.1.0
 */
public record Limits(long maxInputBytes, int maxCharacters, int maxEmbeddedDepth, int maxEmbeddedDocuments,
                     Duration timeout) {

    /** 50 MiB, 2 million characters, depth 3, 50 embedded documents, 60 seconds. */
    public static final Limits DEFAULTS = new Limits(50L * 1024 * 1024, 2_000_000, 3, 50, Duration.ofSeconds(60));

    public Limits {
        Objects.requireNonNull(timeout, "timeout");
        if (maxInputBytes <= 0 || maxCharacters <= 0 || maxEmbeddedDepth < 0 || maxEmbeddedDocuments < 0
                || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("limits must be positive: " + this);
        }
    }

    public Limits withMaxInputBytes(long value) {
        return new Limits(value, maxCharacters, maxEmbeddedDepth, maxEmbeddedDocuments, timeout);
    }

    public Limits withMaxCharacters(int value) {
        return new Limits(maxInputBytes, value, maxEmbeddedDepth, maxEmbeddedDocuments, timeout);
    }

    public Limits withMaxEmbeddedDepth(int value) {
        return new Limits(maxInputBytes, maxCharacters, value, maxEmbeddedDocuments, timeout);
    }

    public Limits withMaxEmbeddedDocuments(int value) {
        return new Limits(maxInputBytes, maxCharacters, maxEmbeddedDepth, value, timeout);
    }

    public Limits withTimeout(Duration value) {
        return new Limits(maxInputBytes, maxCharacters, maxEmbeddedDepth, maxEmbeddedDocuments, value);
    }
}
