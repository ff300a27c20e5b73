package io.poerules.api;

import java.util.List;

/**
 * Which rules produced a report.
 *
 * @param name     the rule set's name
 * @param version  its version
 * @param sources  where its rules and lexicons were loaded from
 * @param rules    the number of rules compiled
 * @since 0.1.0
 */
public record RuleSetInfo(String name, String version, List<String> sources, int rules) {
    public RuleSetInfo {
        sources = List.copyOf(sources);
    }
}
