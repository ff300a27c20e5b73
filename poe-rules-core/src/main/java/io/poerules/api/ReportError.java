package io.poerules.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A problem met while processing a document, recorded in its report entry.
 *
 * @param code    what kind of problem
 * @param message what happened, in words a user can act on
 * @param part    the embedded part concerned, or {@code null} for the document itself
 * @param source  the document concerned, in an engagement's errors; {@code null} in a document's own entry
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"code", "message", "source", "part"})
public record ReportError(ErrorCode code, String message, String part, String source) {

    public ReportError(ErrorCode code, String message) {
        this(code, message, null, null);
    }

    public ReportError(ErrorCode code, String message, String part) {
        this(code, message, part, null);
    }

    /** This problem, naming the document it concerns. */
    public ReportError withSource(String source) {
        return new ReportError(code, message, part, source);
    }

    /** Whether this problem stops the document from being evaluated at all. */
    public boolean isFatal() {
        return switch (code) {
            case TRUNCATED, EMBEDDED_LIMIT, EMBEDDED_ERROR -> false;
            default -> true;
        };
    }
}
