package io.poerules.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * A problem met while processing a document, recorded in its report entry.
 *
 * @param code    what kind of problem
 * @param message what happened, in words a user can act on: one line (line breaks become spaces), at most
 *                {@value #MAX_MESSAGE} characters
 * @param part    the embedded part concerned, or {@code null} for the document itself
 * @param source  the document concerned, in an engagement's errors; {@code null} in a document's own entry
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"code", "message", "source", "part"})
public record ReportError(ErrorCode code, String message, String part, String source) {

    /** The longest message kept; a longer one is cut with an ellipsis. */
    public static final int MAX_MESSAGE = 1000;

    public ReportError {
        Objects.requireNonNull(code, "code");
        message = oneLine(message);
    }

    /** A message on one line: whatever produced it (a parser, a rule), a report line stays one line. */
    private static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ").strip();
        return line.length() > MAX_MESSAGE ? line.substring(0, MAX_MESSAGE - 1) + "…" : line;
    }

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
