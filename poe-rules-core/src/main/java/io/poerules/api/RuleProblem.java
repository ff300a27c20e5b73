package io.poerules.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A problem found while compiling rules or reading lexicons.
 *
 * @param file    the rule or lexicon file
 * @param line    1-based line, or 0 when unknown
 * @param column  1-based column, or 0 when unknown
 * @param message what is wrong, on one line: a compiler's multi-line message (MVEL's {@code [Near : {...}]}
 *                with a caret line and its expression-relative {@code [Line: n, Column: m]}) is folded
 * @since 0.1.0
 */
public record RuleProblem(String file, int line, int column, String message) {

    private static final Pattern NEAR_OR_POSITION = Pattern.compile("\\[Near : \\{.*?}]|\\[Line: \\d+, Column: \\d+]",
            Pattern.DOTALL);
    private static final Pattern ERROR = Pattern.compile("\\[Error: (.*?)]\\s*(?=$|\\n|\\[)", Pattern.DOTALL);
    private static final Pattern CARET_LINE = Pattern.compile("(?m)^\\s*\\^\\s*$");

    public RuleProblem {
        message = oneLine(message);
    }

    private static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        String text = NEAR_OR_POSITION.matcher(message).replaceAll(" ");
        text = ERROR.matcher(text).replaceAll(m -> Matcher.quoteReplacement(" " + m.group(1) + " "));
        text = CARET_LINE.matcher(text).replaceAll(" ");
        return text.replaceAll("\\s+", " ").strip();
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
