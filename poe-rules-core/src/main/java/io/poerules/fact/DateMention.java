package io.poerules.fact;

import java.time.LocalDate;

/**
 * A calendar date written in the document or its metadata.
 *
 * @param date     the date
 * @param role     what the date stands for, from its label or place
 * @param evidence where it is written
 * @since 0.1.0
 */
public record DateMention(LocalDate date, DateRole role, Evidence evidence) implements Fact {
}
