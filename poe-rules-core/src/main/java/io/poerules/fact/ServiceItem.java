package io.poerules.fact;

/**
 * One described service activity or deliverable (a line of the scope or deliverables).
 *
 * @param kind     activity or deliverable
 * @param section  the section it was found under, or {@code null} outside any known section
 * @param evidence the line itself
 * @since 0.1.0
 */
public record ServiceItem(ServiceItemKind kind, SectionType section, Evidence evidence) implements Fact {
}
