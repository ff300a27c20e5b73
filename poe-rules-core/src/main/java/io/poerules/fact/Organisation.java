package io.poerules.fact;

import java.util.List;

/**
 * An organisation a document names as a possible party: its mentions grouped by name, defined term, short
 * name and email domain. Whether it is the partner or the customer is decided by the rules ({@link Party}).
 *
 * @param id       unique within a rules session (the document's source and a number)
 * @param name     its fullest name as written
 * @param aliases  the other names it goes by in the document: defined terms that are no role word, short
 *                 names, names as the email domains give them
 * @param domains  its email domains, lower case
 * @param evidence where its fullest name is written
 * @since 0.1.0
 */
public record Organisation(String id, String name, List<String> aliases, List<String> domains, Evidence evidence)
        implements Fact {
    public Organisation {
        aliases = List.copyOf(aliases);
        domains = List.copyOf(domains);
    }
}
