package io.poerules.map;

import io.poerules.fact.DateMention;
import io.poerules.fact.DateRole;
import io.poerules.map.lexicon.PhraseGroups;
import io.poerules.map.lexicon.PhraseMatcher;
import java.util.List;
import java.util.Map;

/**
 * Emits a {@link DateMention} for every date in the text, with its role read from the label written
 * before it on the same line ("Effective Date:", "Date signed:").
 */
final class DateDetector implements PartDetector {

    /** The roles a label can give, in the order a tie goes to the first. */
    private static final List<DateRole> ROLES = List.of(DateRole.SIGNATURE, DateRole.EFFECTIVE, DateRole.EMAIL_SENT,
            DateRole.DOCUMENT);

    /** The labels of the roles the lexicon has, searched together; {@link #roles} says whose each list is. */
    private final PhraseGroups labels;
    private final List<DateRole> roles;
    private final DateParser dates;

    DateDetector(Map<DateRole, List<String>> lexicon, DateParser dates) {
        this.roles = ROLES.stream().filter(lexicon::containsKey).toList();
        this.labels = PhraseGroups.of(roles.stream().map(lexicon::get).toList());
        this.dates = dates;
    }

    @Override
    public void detect(PartText text, List<Sections.Span> sections, MappedFacts facts) {
        for (DateParser.Found found : text.dates(dates)) {
            PartText.Line line = text.lineAt(found.start());
            String before = text.text().substring(line.start(), found.start());
            facts.add(new DateMention(found.date(), roleOf(before), text.evidence(line)));
        }
    }

    /** The role of the label that ends last before a date on its line; {@link DateRole#OTHER} when there is none. */
    DateRole roleOf(String before) {
        DateRole best = DateRole.OTHER;
        int bestEnd = -1;
        List<List<PhraseMatcher.Match>> found = labels.findAll(before);
        for (int r = 0; r < roles.size(); r++) {
            for (PhraseMatcher.Match m : found.get(r)) {
                if (m.end() > bestEnd) {
                    bestEnd = m.end();
                    best = roles.get(r);
                }
            }
        }
        return best;
    }
}
