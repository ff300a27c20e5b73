package io.poerules.map;

import io.poerules.fact.DateMention;
import io.poerules.fact.DateRole;
import io.poerules.map.lexicon.PhraseMatcher;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Emits a {@link DateMention} for every date in the text, with its role read from the label written
 * before it on the same line ("Effective Date:", "Date signed:").
 */
final class DateDetector implements PartDetector {

    private final Map<DateRole, PhraseMatcher> labels = new EnumMap<>(DateRole.class);
    private final DateParser dates;

    DateDetector(Map<DateRole, List<String>> lexicon, DateParser dates) {
        lexicon.forEach((role, phrases) -> labels.put(role, PhraseMatcher.of(phrases)));
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

    DateRole roleOf(String before) {
        List<DateRole> order = new ArrayList<>(List.of(DateRole.SIGNATURE, DateRole.EFFECTIVE, DateRole.EMAIL_SENT,
                DateRole.DOCUMENT));
        DateRole best = DateRole.OTHER;
        int bestEnd = -1;
        for (DateRole role : order) {
            PhraseMatcher matcher = labels.get(role);
            if (matcher == null) {
                continue;
            }
            for (PhraseMatcher.Match m : matcher.findAll(before)) {
                if (m.end() > bestEnd) {
                    bestEnd = m.end();
                    best = role;
                }
            }
        }
        return best;
    }
}
