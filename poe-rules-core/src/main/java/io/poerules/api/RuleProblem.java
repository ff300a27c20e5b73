package io.poerules.api;

/**
 * A problem found while compiling rules or reading lexicons.
 *
 * @param file    the rule or lexicon file
 * @param line    1-based line, or 0 when unknown
 * @param column  1-based column, or 0 when unknown
 * @param message what is wrong
 * @since 0.1.0
 */
public record RuleProblem(String file, int line, int column, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
