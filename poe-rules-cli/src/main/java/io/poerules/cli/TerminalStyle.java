package io.poerules.cli;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether standard output and error are an interactive terminal, and ANSI colour for the text report.
 *
 * <p>Java 17 tells only whether the JVM has a console ({@link System#console()}: standard input and output are
 * both a terminal); it cannot tell standard error on its own. The progress bar is drawn when there is a console
 * and {@code TERM} is not {@code dumb}; colour when, in addition, {@code NO_COLOR} is unset or empty
 * (<a href="https://no-color.org">no-color.org</a>) and the report goes to standard output, or when
 * {@code --color always} asks for it.
 */
final class TerminalStyle {

    /** When to colour. */
    enum When { AUTO, ALWAYS, NEVER }

    private static final String RESET = "\u001B[0m";
    private static final Map<String, String> COLOURS = Map.of(
            "PASS", "\u001B[32m", "FAIL", "\u001B[1;31m", "REVIEW", "\u001B[33m", "WARN", "\u001B[33m",
            "ERROR", "\u001B[1;35m", "NOT_APPLICABLE", "\u001B[2m");
    /** A verdict after "verdict: ", an outcome in a finding row's column, a count in a summary line. */
    private static final Pattern WORDS = Pattern.compile(
            "(?<=verdict: )(PASS|FAIL|REVIEW|ERROR)\\b"
                    + "|(?<=^  [A-Z_]{4,30} {2,30})(PASS|FAIL|WARN|NOT_APPLICABLE)(?= )"
                    + "|(?<=[0-9] )(PASS|FAIL|REVIEW|ERROR)\\b(?=,|$)",
            Pattern.MULTILINE);

    private final boolean interactive;
    private final boolean colour;

    TerminalStyle(boolean interactive, boolean colour) {
        this.interactive = interactive;
        this.colour = colour;
    }

    /** From this process's console and environment. */
    static TerminalStyle detect(When when, boolean toStandardOutput) {
        return detect(when, toStandardOutput, System.console() != null, System.getenv());
    }

    static TerminalStyle detect(When when, boolean toStandardOutput, boolean console, Map<String, String> env) {
        boolean interactive = console && !"dumb".equals(env.get("TERM"));
        String noColor = env.get("NO_COLOR");
        boolean colour = switch (when) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> interactive && toStandardOutput && (noColor == null || noColor.isEmpty());
        };
        return new TerminalStyle(interactive, colour);
    }

    /** Whether a progress bar may be drawn on standard error. */
    boolean interactive() {
        return interactive;
    }

    boolean colour() {
        return colour;
    }

    /**
     * The text report with its verdicts, outcomes and counts coloured; unchanged without colour. The report has
     * already escaped every control character of the documents, so the only escapes in the result are these.
     */
    String style(String report) {
        if (!colour) {
            return report;
        }
        Matcher m = WORDS.matcher(report);
        StringBuilder out = new StringBuilder(report.length() + 256);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(paint(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A word in its colour, when colouring. */
    String paint(String word) {
        String code = COLOURS.get(word);
        return colour && code != null ? code + word + RESET : word;
    }
}
