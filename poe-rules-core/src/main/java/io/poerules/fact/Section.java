package io.poerules.fact;

/**
 * A section found by its heading.
 *
 * @param type     what the section is about
 * @param heading  the heading as written
 * @param lines    how many non-empty lines the section body holds
 * @param evidence the heading and the start of the body
 * @since 0.1.0
 */
public record Section(SectionType type, String heading, int lines, Evidence evidence) implements Fact {
}
