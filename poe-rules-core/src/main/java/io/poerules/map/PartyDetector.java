package io.poerules.map;

import io.poerules.fact.Party;
import io.poerules.fact.PartyRole;
import io.poerules.fact.SectionType;
import io.poerules.map.lexicon.PhraseMatcher;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the partner and the customer by name: labelled lines ({@code Customer: Contoso Ltd},
 * {@code Prepared by: Fabrikam}), two-cell table rows outside the work sections (a label cell, then
 * the name), and defined terms ({@code Contoso Ltd ("Customer")}, {@code Tailspin LLC ("Tailspin" or
 * "Partner")}, {@code Contoso Ltd, a company registered in England and Wales (the "Customer")}).
 */
final class PartyDetector implements PartDetector {

    static final Pattern DEFINED_TERM = Pattern.compile(
            "([A-Z][\\p{L}\\p{N}&.,'’ \\-]{0,60}?(?:\\s[\\p{L}\\p{N}&.,'’ \\-]{1,30}?)?)\\s*[,(]\\s*(?:hereinafter\\s+)?(?:referred\\s+to\\s+as\\s+)?(?:the\\s+)?"
                    + "[\"“”'‘]([\\p{L} ]{3,30})[\"“”'’](?:\\s+or\\s+(?:the\\s+)?[\"“”'‘]([\\p{L} ]{3,30})[\"“”'’])?\\s*\\)?");
    /**
     * What every {@link #DEFINED_TERM} match holds, from its comma or parenthesis to the closing quote
     * of the term; a match starts at most {@link #MAX_NAME} characters and a run of white space before it.
     */
    private static final Pattern ANCHOR = Pattern.compile(
            "[,(]\\s*(?:hereinafter\\s+)?(?:referred\\s+to\\s+as\\s+)?(?:the\\s+)?[\"“”'‘][\\p{L} ]{3,30}[\"“”'’]");
    private static final int MAX_NAME = 100;
    private static final Pattern APPOSITIVE = Pattern.compile(
            ",\\s+(?:a|an|whose|with|having|registered|incorporated|organi[sz]ed)\\s.*$", Pattern.CASE_INSENSITIVE);
    private static final Set<SectionType> WORK_SECTIONS = EnumSet.of(SectionType.SCOPE, SectionType.DELIVERABLES,
            SectionType.ROLES, SectionType.IMPLEMENTATION_PLAN, SectionType.ASSUMPTIONS, SectionType.PRICING);
    private static final int MAX_CELL_WORDS = 8;
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
            boolean inWork = sections.stream().anyMatch(s -> s.contains(line) && WORK_SECTIONS.contains(s.type()));
            labelled(text, line, !inWork, facts);
        }
        DefinedTerms terms = new DefinedTerms(text.text());
        while (terms.find()) {
            Matcher m = terms.match;
            PartyRole role = roleOfTerm(m.group(2));
            if (role == null && m.group(3) != null) {
                role = roleOfTerm(m.group(3));
            }
            String raw = APPOSITIVE.matcher(m.group(1).replaceAll("\\s+", " ")).replaceFirst("");
            String name = cleanName(LEADING_CONNECTOR.matcher(raw).replaceFirst(""));
            if (role != null && name != null) {
                facts.add(new Party(role, name, null, text.evidence(m.start(1), m.end())));
            }
        }
    }

    /**
     * The matches of {@link #DEFINED_TERM}, in order, as its {@code find()} would give them; the expression
     * is tried only where a match can start. Every match holds an {@link #ANCHOR}, and starts at most
     * {@link #MAX_NAME} characters and a run of white space before it: each anchor opens a window of
     * starts, tried one by one, instead of every position of the text.
     */
    static final class DefinedTerms {
        private final String text;
        final Matcher match;
        private final Matcher anchor;
        private int anchorStart = -1;
        private int untried;

        DefinedTerms(String text) {
            this.text = text;
            this.match = DEFINED_TERM.matcher(text);
            this.anchor = ANCHOR.matcher(text);
        }

        boolean find() {
            while (anchorStart >= 0 || anchor.find()) {
                if (anchorStart < 0) {
                    anchorStart = anchor.start();
                }
                int from = anchorStart;
                while (from > 0 && Character.isWhitespace(text.charAt(from - 1))) {
                    from--;
                }
                for (int start = Math.max(untried, from - MAX_NAME); start < anchorStart; start++) {
                    match.region(start, text.length());
                    if (match.lookingAt()) {
                        untried = match.end();
                        return true;
                    }
                }
                untried = Math.max(untried, anchorStart);
                anchorStart = -1;
            }
            return false;
        }
    }

    private PartyRole roleOfTerm(String term) {
        String t = term.toLowerCase(Locale.ROOT).strip();
        return customerWords.contains(t) ? PartyRole.CUSTOMER : partnerWords.contains(t) ? PartyRole.PARTNER : null;
    }

    private void labelled(PartText text, PartText.Line line, boolean cellsAllowed, MappedFacts facts) {
        for (PartyRole role : List.of(PartyRole.CUSTOMER, PartyRole.PARTNER)) {
            PhraseMatcher labels = role == PartyRole.CUSTOMER ? customerLabels : partnerLabels;
            PhraseMatcher.Match m = labels.findStartingBy(line.text(), 0);
            if (m == null || m.start() > 0) {
                continue;
            }
            String raw = line.text().substring(m.end());
            String rest = raw.strip();
            boolean separated = rest.startsWith(":") || rest.startsWith("-") || rest.startsWith("–");
            boolean cell = !separated && cellsAllowed && raw.startsWith("\t") && line.text().split("\t+").length == 2;
            if (!separated && !cell) {
                continue;
            }
            String name = cleanName(separated ? rest.substring(1) : rest);
            if (cell && name != null && !isNameCell(name)) {
                continue;
            }
            if (name != null) {
                facts.add(new Party(role, name, null, text.evidence(line)));
                return;
            }
        }
    }

    /** A table cell that can be a company name: short, not a sentence, not another label ("Customer\tPartner"). */
    private boolean isNameCell(String cell) {
        String lower = cell.toLowerCase(Locale.ROOT);
        return cell.split("\\s+").length <= MAX_CELL_WORDS && !cell.endsWith(".") && Character.isUpperCase(cell.charAt(0))
                && !customerLabels.matches(lower) && !partnerLabels.matches(lower);
    }

    /** A party name with trailing fields, punctuation and placeholders removed, or {@code null}. */
    static String cleanName(String raw) {
        String s = raw.split("\\t| {2,}|\\s+\\|\\s+")[0].strip();
        s = s.replaceAll("^[\"“'‘]+|[\"”'’,;:.(]+$", "").strip();
        s = s.replaceFirst("(?i)^the\\s+", "");
        if (LegalForms.WORD.matcher(s).matches() || s.length() < 2 || s.length() > 80 || !Character.isLetterOrDigit(s.charAt(0)) || s.matches("[_ .\\-]+")
                || s.matches("(?i)(tbd|n/?a|none|\\[.*\\])")) {
            return null;
        }
        return s;
    }
}
