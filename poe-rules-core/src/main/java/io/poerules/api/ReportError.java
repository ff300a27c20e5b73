package io.poerules.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A problem met while processing a document, recorded in its report entry.
 *
 * @param code    what kind of problem
 * @param message what happened, in words a user can act on
 * @param part    the embedded part concerned, or {@code null} for the document itself
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportError(ErrorCode code, String message, String part) {

    public ReportError(ErrorCode code, String message) {
        this(code, message, null);
    }

    /** Whether this problem stops the document from being evaluated at all. */
    public boolean isFatal() {
        return switch (code) {
            case TRUNCATED, EMBEDDED_LIMIT, EMBEDDED_ERROR -> false;
            default -> true;
        };
    }
}
