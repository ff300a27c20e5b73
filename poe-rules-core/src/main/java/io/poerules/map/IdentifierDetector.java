package io.poerules.map;

import io.poerules.fact.Identifier;
import io.poerules.fact.IdentifierType;
import io.poerules.map.lexicon.PhraseMatcher;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Emits an {@link Identifier} for every GUID written after a tenant or subscription label on the same
 * line ("Microsoft 365 tenant ID: 9a8b...", "Azure subscription: poc (ID 5d2e...)"); the label nearest
 * before the GUID decides its type. A GUID without a label (a DocuSign envelope id) is no identifier.
 */
final class IdentifierDetector implements PartDetector {

    private static final Pattern GUID = Pattern.compile(
            "(?<![0-9A-Fa-f-])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f-])");

    private final Map<IdentifierType, PhraseMatcher> labels = new EnumMap<>(IdentifierType.class);

    IdentifierDetector(Map<IdentifierType, List<String>> labels) {
        labels.forEach((type, list) -> this.labels.put(type, PhraseMatcher.of(list)));
    }

    @Override
    public void detect(PartText text, List<Sections.Span> sections, MappedFacts facts) {
        Matcher m = GUID.matcher(text.text());
        while (m.find()) {
            PartText.Line line = text.lineAt(m.start());
            String before = text.text().substring(Math.min(line.start(), m.start()), m.start());
            IdentifierType type = null;
            int nearest = -1;
            for (Map.Entry<IdentifierType, PhraseMatcher> e : labels.entrySet()) {
                for (PhraseMatcher.Match label : e.getValue().findAll(before)) {
                    if (label.end() > nearest) {
                        nearest = label.end();
                        type = e.getKey();
                    }
                }
            }
            if (type != null) {
                facts.add(new Identifier(type, m.group().toLowerCase(Locale.ROOT), text.evidence(line)));
            }
        }
    }
}
