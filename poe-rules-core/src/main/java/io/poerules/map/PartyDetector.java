package io.poerules.map;

import io.poerules.fact.Party;
import io.poerules.fact.PartyRole;
import io.poerules.map.lexicon.PhraseMatcher;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the partner and the customer by name: labelled lines ({@code Customer: Contoso Ltd},
 * {@code Prepared by: Fabrikam}) and defined terms ({@code Contoso Ltd ("Customer")}).
 */
final class PartyDetector implements PartDetector {

    private static final Pattern DEFINED_TERM = Pattern.compile(
            "([A-Z][\\p{L}\\p{N}&.,'’ \\-]{0,60}?(?:\\s[\\p{L}\\p{N}&.,'’ \\-]{1,30}?)?)\\s*[,(]\\s*(?:hereinafter\\s+)?(?:referred\\s+to\\s+as\\s+)?(?:the\\s+)?"
                    + "[\"“”'‘]([\\p{L} ]{3,30})[\"“”'’]\\s*\\)?");
    private static final Pattern LEGAL_SUFFIX_ONLY = Pattern.compile(
            "(?i)(ltd|limited|inc|llc|plc|gmbh|ag|corp|corporation|co|group|sa|bv|pty)\\.?");
    private static final Pattern LEADING_CONNECTOR = Pattern.compile(
            "^(?:.*\\b(?:between|and|by|with|to|for)\\s+)", Pattern.CASE_INSENSITIVE);

    private final PhraseMatcher customerLabels;
    private final PhraseMatcher partnerLabels;
    private final Set<String> customerWords = new HashSet<>();
    private final Set<String> partnerWords = new HashSet<>();

    PartyDetector(List<String> customerLabels, List<String> partnerLabels) {
        this.customerLabels = PhraseMatcher.of(customerLabels);
        this.partnerLabels = PhraseMatcher.of(partnerLabels);
        customerLabels.forEach(l -> customerWords.add(l.toLowerCase(Locale.ROOT).strip()));
        partnerLabels.forEach(l -> partnerWords.add(l.toLowerCase(Locale.ROOT).strip()));
    }

    @Override
    public void detect(PartText text, List<Sections.Span> sections, MappedFacts facts) {
        for (PartText.Line line : text.lines()) {
            labelled(text, line, facts);
        }
        Matcher m = DEFINED_TERM.matcher(text.text());
        while (m.find()) {
            String term = m.group(2).toLowerCase(Locale.ROOT).strip();
            PartyRole role = customerWords.contains(term) ? PartyRole.CUSTOMER
                    : partnerWords.contains(term) ? PartyRole.PARTNER : null;
            String name = cleanName(LEADING_CONNECTOR.matcher(m.group(1).replaceAll("\\s+", " ")).replaceFirst(""));
            if (role != null && name != null) {
                facts.add(new Party(role, name, null, text.evidence(m.start(1), m.end())));
            }
        }
    }

    private void labelled(PartText text, PartText.Line line, MappedFacts facts) {
        for (PartyRole role : List.of(PartyRole.CUSTOMER, PartyRole.PARTNER)) {
            PhraseMatcher labels = role == PartyRole.CUSTOMER ? customerLabels : partnerLabels;
            PhraseMatcher.Match m = labels.find(line.text());
            if (m == null || m.start() > 0) {
                continue;
            }
            String rest = line.text().substring(m.end()).strip();
            if (!rest.startsWith(":") && !rest.startsWith("-") && !rest.startsWith("–")) {
                continue;
            }
            String name = cleanName(rest.substring(1));
            if (name != null) {
                facts.add(new Party(role, name, null, text.evidence(line)));
                return;
            }
        }
    }

    /** A party name with trailing fields, punctuation and placeholders removed, or {@code null}. */
    static String cleanName(String raw) {
        String s = raw.split("\\t| {2,}|\\s+\\|\\s+")[0].strip();
        s = s.replaceAll("^[\"“'‘]+|[\"”'’,;:.(]+$", "").strip();
        s = s.replaceFirst("(?i)^the\\s+", "");
        if (LEGAL_SUFFIX_ONLY.matcher(s).matches() || s.length() < 2 || s.length() > 80 || !Character.isLetterOrDigit(s.charAt(0)) || s.matches("[_ .\\-]+")
                || s.matches("(?i)(tbd|n/?a|none|\\[.*\\])")) {
            return null;
        }
        return s;
    }
}
