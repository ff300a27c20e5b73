package io.poerules.map;

import io.poerules.fact.Identifier;
import io.poerules.fact.IdentifierType;
import io.poerules.map.lexicon.PhraseMatcher;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Emits an {@link Identifier} for every GUID written after a tenant or subscription label on the same
 * line ("Microsoft 365 tenant ID: 9a8b...", "Azure subscription: poc (ID 5d2e...)"); the label nearest
 * before the GUID decides its type. A GUID without a label (a DocuSign envelope id) is no identifier.
 */
final class IdentifierDetector implements PartDetector {

    static final Pattern GUID = Pattern.compile(
            "(?<![0-9A-Fa-f-])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f-])");

    private final Map<IdentifierType, PhraseMatcher> labels = new EnumMap<>(IdentifierType.class);

    IdentifierDetector(Map<IdentifierType, List<String>> labels) {
        labels.forEach((type, list) -> this.labels.put(type, PhraseMatcher.of(list)));
    }

    @Override
    public void detect(PartText text, List<Sections.Span> sections, MappedFacts facts) {
        String s = text.text();
        for (int start : guidStarts(s)) {
            int next = start + GUID_LENGTH;
            PartText.Line line = text.lineAt(start);
            String before = s.substring(Math.min(line.start(), start), start);
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
                facts.add(new Identifier(type, s.substring(start, next).toLowerCase(Locale.ROOT), text.evidence(line)));
            }
        }
    }

    private static final int GUID_LENGTH = 36;

    /**
     * Where {@link #GUID}'s successive {@code find()}s find their matches, without trying the pattern at
     * every character: a GUID's first hyphen is 8 characters after its start.
     */
    static List<Integer> guidStarts(String s) {
        List<Integer> out = new ArrayList<>();
        int next = 0;
        for (int dash = s.indexOf('-', 8); dash >= 0; dash = s.indexOf('-', dash + 1)) {
            int start = dash - 8;
            if (start >= next && isGuidAt(s, start)) {
                out.add(start);
                next = start + GUID_LENGTH;
            }
        }
        return out;
    }

    /** Whether {@link #GUID} matches at {@code start} (it matches only its fixed length). */
    static boolean isGuidAt(String s, int start) {
        if (start < 0 || start + GUID_LENGTH > s.length()) {
            return false;
        }
        if (start > 0 && (isHex(s.charAt(start - 1)) || s.charAt(start - 1) == '-')) {
            return false;
        }
        int end = start + GUID_LENGTH;
        if (end < s.length() && (isHex(s.charAt(end)) || s.charAt(end) == '-')) {
            return false;
        }
        for (int i = 0; i < GUID_LENGTH; i++) {
            char c = s.charAt(start + i);
            if (i == 8 || i == 13 || i == 18 || i == 23 ? c != '-' : !isHex(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
