package io.poerules.cli;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether to draw a progress bar on standard error, and ANSI colour for the text report.
 *
 * <p>The progress bar is drawn when standard error is a terminal ({@link Terminal}) and {@code TERM} is not
 * {@code dumb}, whatever standard output is (a report redirected to a file still shows progress); colour when the
 * report goes to standard output, standard output is such a terminal and {@code NO_COLOR} is unset or empty
 * (<a href="https://no-color.org">no-color.org</a>), or when {@code --color always} asks for it.
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

    /** From this process's standard output and error and its environment. */
    static TerminalStyle detect(When when, boolean toStandardOutput) {
        return detect(when, toStandardOutput, Terminal.isTerminal(Terminal.Stream.STDOUT),
                Terminal.isTerminal(Terminal.Stream.STDERR), System.getenv());
    }

    /**
     * @param stdoutTerminal whether standard output is a terminal
     * @param stderrTerminal whether standard error is a terminal
     */
    static TerminalStyle detect(When when, boolean toStandardOutput, boolean stdoutTerminal, boolean stderrTerminal,
                                Map<String, String> env) {
        boolean capable = !"dumb".equals(env.get("TERM"));
        String noColor = env.get("NO_COLOR");
        boolean colour = switch (when) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> capable && stdoutTerminal && toStandardOutput && (noColor == null || noColor.isEmpty());
        };
        return new TerminalStyle(capable && stderrTerminal, colour);
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
