package io.poerules.map;

import io.poerules.fact.Contact;
import io.poerules.fact.MentionKind;
import io.poerules.fact.PartyMention;
import io.poerules.fact.PartyRole;
import io.poerules.fact.SectionType;
import io.poerules.map.lexicon.PhraseMatcher;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a part names the organisations that may be parties ({@link PartyMention}): under party labels
 * in any layout ({@link LabelledValues}), with defined terms ({@code Contoso Ltd ("Customer")}), in a
 * contract's preamble ({@link Preamble}), in the letterhead or a running header or footer. It says what the
 * text shows, the role a label or term gives; the rules decide the roles.
 */
final class PartyMentionDetector implements PartDetector {

    /** A form of address before a contact's name ("Dr. "). */
    private static final Pattern FORM_OF_ADDRESS = Pattern.compile("^(?i)(?:mr|mrs|ms|dr)\\.?\\s+");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    /** A line that ends in a word, a comma or a hyphen: its sentence may go on below. */
    private static final Pattern ENDS_IN_WORD = Pattern.compile(".*[\\p{L},\\-]$");
    /** A line of words only, as a logo's first line reads ("TALLGRASS"). */
    private static final Pattern LOGO_WORDS = Pattern.compile("[\\p{L} &'’.-]+");

    static final Pattern DEFINED_TERM = Pattern.compile(
            "(\\p{Lu}[\\p{L}\\p{N}&.,'’ \\-]{0,60}?(?:\\s[\\p{L}\\p{N}&.,'’ \\-]{1,30}?)?)\\s*[,(]\\s*(?:hereinafter\\s+)?(?:referred\\s+to\\s+as\\s+)?(?:the\\s+)?"
                    + "[\"“”'‘]([\\p{L} ]{2,30})[\"“”'’](?:\\s+or\\s+(?:the\\s+)?[\"“”'‘]([\\p{L} ]{2,30})[\"“”'’])?\\s*\\)?");
    /**
     * What every {@link #DEFINED_TERM} match holds, from its comma or parenthesis to the closing quote
     * of the term; a match starts at most {@link #MAX_NAME} characters and a run of white space before it.
     */
    private static final Pattern ANCHOR = Pattern.compile(
            "[,(]\\s*(?:hereinafter\\s+)?(?:referred\\s+to\\s+as\\s+)?(?:the\\s+)?[\"“”'‘][\\p{L} ]{2,30}[\"“”'’]");
    /** What an {@link #ANCHOR} starts with. */
    private static final List<String> ANCHOR_STARTS = List.of(",", "(");
    private static final List<String> PARENTHESIS = List.of("(");
    private static final int MAX_NAME = 100;
    private static final Pattern LEADING_CONNECTOR = Pattern.compile(
            "^(?:.*\\b(?:between|and|by|with|to|for)\\s+)", Pattern.CASE_INSENSITIVE);
    private static final Set<SectionType> WORK_SECTIONS = EnumSet.of(SectionType.SCOPE, SectionType.DELIVERABLES,
            SectionType.ROLES, SectionType.IMPLEMENTATION_PLAN, SectionType.ASSUMPTIONS, SectionType.PRICING);
    private static final int LETTERHEAD_LINES = 3;
    /** Words of a line that a wrapped sentence fills; a letterhead's lines are shorter. */
    private static final int CONTINUED_WORDS = 8;

    private final RoleWords roles;
    /** The values of the customer's and the partner's labels, then of their contacts' labels, read in one pass. */
    private final LabelledValues.Readers labelledValues;
    private final OrganisationShape shape;
    private final Preamble preamble;
    private final Performers performers;
    private final PhraseMatcher notNames;
    private final PhraseMatcher documentTitles;

    /**
     * @param notNames       headings that are no organisation's name though they have an organisation word
     *                       ("Managed Services"), unless the name is more than them ("Contoso Managed Services")
     * @param documentTitles the titles of documents ("Master Services Agreement"): no name holds one
     */
    PartyMentionDetector(RoleWords roles, OrganisationShape shape, Preamble preamble, Performers performers,
                         List<String> notNames, List<String> documentTitles) {
        this.performers = performers;
        this.roles = roles;
        this.labelledValues = new LabelledValues.Readers(List.of(
                new LabelledValues(roles.customerLabels(), roles.partyLabels()),
                new LabelledValues(roles.partnerLabels(), roles.partyLabels()),
                new LabelledValues(roles.contactLabels(PartyRole.CUSTOMER)),
                new LabelledValues(roles.contactLabels(PartyRole.PARTNER))));
        this.shape = shape;
        this.preamble = preamble;
        this.notNames = PhraseMatcher.of(notNames);
        this.documentTitles = PhraseMatcher.of(documentTitles);
    }

    @Override
    public void detect(PartText text, List<Sections.Span> sections, MappedFacts facts) {
        List<List<LabelledValues.Labelled>> values = labelledValues.find(text);
        labelled(text, sections, values.get(0), PartyRole.CUSTOMER, facts);
        labelled(text, sections, values.get(1), PartyRole.PARTNER, facts);
        contacts(text, values.get(2), PartyRole.CUSTOMER, facts);
        contacts(text, values.get(3), PartyRole.PARTNER, facts);
        definedTerms(text, facts);
        unquotedTerms(text, facts);
        preamble.find(text).forEach(facts::add);
        performers.find(text).forEach(facts::add);
        letterhead(text, facts);
    }

    /**
     * The organisations under a kind of label. Of two readings of one label (the cell beside it, the line under
     * it), an organisation's name is taken before another name; a person ("Tyler VanDyke, Account Executive")
     * is no organisation.
     */
    private void labelled(PartText text, List<Sections.Span> sections, List<LabelledValues.Labelled> found,
                          PartyRole role, MappedFacts facts) {
        for (int i = 0; i < found.size(); i++) {
            LabelledValues.Labelled best = null;
            String bestName = null;
            int j = i;
            for (; j < found.size() && found.get(j).line() == found.get(i).line()
                    && found.get(j).label().equals(found.get(i).label()); j++) {
                String name = nameUnder(found.get(j), sections);
                if (name != null && (bestName == null || shape.isOrganisation(name) && !shape.isOrganisation(bestName))) {
                    best = found.get(j);
                    bestName = name;
                }
            }
            i = j - 1;
            if (best != null) {
                facts.add(new PartyMention(bestName, MentionKind.LABEL, role, best.label(), 0, text.evidence(
                        Math.min(best.line().start(), best.valueStart()), Math.max(best.line().end(), best.valueEnd()))));
            }
        }
    }

    /** The people a party's contact labels name ("Client sponsor: Marcus O'Loughlin, GM Technology"). */
    private void contacts(PartText text, List<LabelledValues.Labelled> values, PartyRole role, MappedFacts facts) {
        for (LabelledValues.Labelled v : values) {
            String person = shape.personName(FORM_OF_ADDRESS.matcher(v.value()).replaceFirst(""));
            if (person != null && PartText.wordCount(person) >= 2) {
                facts.add(new Contact(person, role, v.label(), text.evidence(v.valueStart(), v.valueEnd())));
                String organisation = contactsOrganisation(v.value());
                if (organisation != null) {
                    facts.add(new PartyMention(organisation, MentionKind.LABEL, role, v.label(), 0,
                            text.evidence(v.valueStart(), v.valueEnd())));
                }
            }
        }
    }

    /**
     * The organisation after a contact's name and title ("Tom Ashworth, Enterprise Architect, Kestrel Freight" gives
     * "Kestrel Freight"), or {@code null}: the last of three parts or more, when it holds no job title.
     */
    private String contactsOrganisation(String value) {
        String[] parts = COMMA.split(value);
        if (parts.length < 3) {
            return null;
        }
        String last = parts[parts.length - 1].strip();
        String name = shape.nameAt(last);
        return name != null && name.equals(last) && !shape.mentionsJobTitle(last) && !shape.isPerson(last)
                ? name : null;
    }

    /** The organisation a labelled value names, or {@code null}. */
    private String nameUnder(LabelledValues.Labelled v, List<Sections.Span> sections) {
        boolean cellInWork = v.layout() != LabelledValues.Layout.SAME_CELL && sections.stream()
                .anyMatch(s -> s.contains(v.line()) && WORK_SECTIONS.contains(s.type()));
        if (cellInWork || shape.isPerson(v.value())) {
            return null;
        }
        String name = shape.nameAt(v.value());
        if (name == null || !isName(name) || v.layout() == LabelledValues.Layout.RUN_ON && !shape.isOrganisation(name)) {
            return null;
        }
        return name;
    }

    /** Whether a value names someone: not a label, a title or a sentence. */
    private boolean isName(String name) {
        return !name.contains(":") && (!roles.isRoleWord(name) && !isTitle(name) && !name.endsWith(".")
                || shape.endsWithLegalForm(name));
    }

    private boolean isTitle(String name) {
        PhraseMatcher.Match m = notNames.find(name);
        return m != null && m.end() - m.start() >= name.length() / 2 || documentTitles.find(name) != null;
    }

    /** The terms defined without quotes ("Zuidkust Logistiek B.V. (hierna: opdrachtgever)"): roles and short names. */
    private void unquotedTerms(PartText text, MappedFacts facts) {
        Matcher m = UNQUOTED_TERM.matcher(text.text());
        for (int from = 0; Searches.find(m, text.text(), from, PARENTHESIS); from = m.end()) {
            String before = text.text().substring(Math.max(0, m.start() - NAME_REACH), m.start());
            Matcher name = NAME_BEFORE.matcher(before);
            String found = name.find() ? shape.nameAt(name.group(1)) : null;
            if (found != null && shape.isOrganisation(found) && !roles.isRoleWord(found)) {
                facts.add(new PartyMention(found, MentionKind.DEFINED_TERM, roles.roleOf(m.group(1)), m.group(1).strip(), 0,
                        text.evidence(m.start() - name.group(1).length() - (before.length() - name.end()), m.end())));
            }
        }
    }

    private void definedTerms(PartText text, MappedFacts facts) {
        DefinedTerms terms = new DefinedTerms(text.text());
        while (terms.find()) {
            Matcher m = terms.match;
            String written = LEADING_CONNECTOR.matcher(PartText.collapseSpaces(m.group(1))).replaceFirst("");
            String name = shape.nameAt(written);
            if (name == null || roles.isRoleWord(name) || !shape.isOrganisation(name) || !beside(written, name)
                    || !isName(name)) {
                continue;
            }
            for (int g = 2; g <= 3; g++) {
                String term = m.group(g);
                if (term != null && !term.isBlank()) {
                    facts.add(new PartyMention(name, MentionKind.DEFINED_TERM, roles.roleOf(term), term.strip(), 0,
                            text.evidence(m.start(1), m.end())));
                }
            }
        }
    }

    /** A term defined without quotes after its introducing word: "Zuidkust Logistiek B.V. (hierna: opdrachtgever)". */
    private static final Pattern UNQUOTED_TERM = Pattern.compile(
            "\\((?:" + Preamble.TERM_INTRO + ")\\s*(?:referred\\s+to\\s+as)?\\s*[:,]?\\s*"
                    + "(?:(?:the|de|het|der|die|das|le|la|l'|el|il|lo|o|a)\\s+)?(\\p{L}[\\p{L} ]{1,30}?)\\s*\\)",
            Pattern.CASE_INSENSITIVE);
    /** The capitalised words right before a parenthesis: the name a term is defined for. */
    private static final Pattern NAME_BEFORE = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}\\p{N}&'’.\\-]*,?\\s+){0,5}\\p{Lu}[\\p{L}\\p{N}&'’.\\-]*\\.?)\\s*$");
    private static final int NAME_REACH = 90;

    private static final Pattern DESCRIPTION = Pattern.compile(
            "^[\\s,]*(?:(?:a|an|whose|which|incorporated|registered|organi[sz]ed|having|with offices|of)\\b.*)?$",
            Pattern.CASE_INSENSITIVE);

    /** Whether a name stands right before its defined term, or before a description of it ("Contoso Ltd, a ..."). */
    private static boolean beside(String written, String name) {
        int at = written.indexOf(name.endsWith(".") ? name.substring(0, name.length() - 1) : name);
        return at >= 0 && DESCRIPTION.matcher(withoutLeadingDot(written.substring(at + name.length()))).matches();
    }

    /**
     * The organisation at the top of the first page, and in a running header or footer that the pages repeat:
     * the first cell of such a line, when it has a legal form or an organisation word.
     */
    private void letterhead(PartText text, MappedFacts facts) {
        List<PartText.Line> top = text.lines().stream().filter(l -> !l.isBlank()).limit(LETTERHEAD_LINES).toList();
        for (List<PartText.Line> lines : List.of(top, RunningLines.of(text))) {
            for (int i = 0; i < lines.size(); i++) {
                PartText.Line above = i > 0 ? lines.get(i - 1) : null;
                String served = servedByTitle(text, lines.get(i), facts);
                if (above != null && continues(above) || served != null && firstPart(lines.get(i)).contains(served)) {
                    continue;
                }
                if (letterheadLine(text, lines.get(i), above, served, facts)) {
                    return;
                }
            }
        }
    }

    /**
     * The organisation a title line says the work is for ("Azure Migration for Contoso Ltd", "Kestrel Freight - Shipment
     * Events Integration"), with its mention added; or {@code null}.
     */
    private String servedByTitle(PartText text, PartText.Line line, MappedFacts facts) {
        String served = performers.servedByTitle(line.text().strip());
        if (served != null) {
            facts.add(new PartyMention(served, MentionKind.SERVED, PartyRole.CUSTOMER, Organisations.TITLE_CUE, 0,
                    text.evidence(line)));
        }
        return served;
    }

    /** A line's first part: up to its first tab or " | " ("Brightwater Digital Ltd" of "Brightwater Digital Ltd | ..."). */
    private static String firstPart(PartText.Line line) {
        return Performers.TITLE_PARTS.split(line.text().strip(), 2)[0];
    }

    private static String withoutLeadingDot(String s) {
        return s.startsWith(".") ? s.substring(1) : s;
    }

    /** Whether the line below a line goes on with its sentence: a long line of one cell that ends in a word. */
    private static boolean continues(PartText.Line line) {
        String t = line.text().strip();
        return PartText.wordCount(t) >= CONTINUED_WORDS && t.indexOf('\t') < 0 && ENDS_IN_WORD.matcher(t).matches();
    }

    /**
     * Whether the first cell of a line names an organisation other than the one its title serves: then it is the
     * letterhead. A name of generic words ("TECHNOLOGY SERVICES, LLC", "Sistemas e Serviços") takes the short line of
     * words above it as its first word ("TALLGRASS", "jacarandá"), as a logo set in two lines reads.
     */
    private boolean letterheadLine(PartText text, PartText.Line line, PartText.Line above, String served,
                                   MappedFacts facts) {
        PartText.Cell first = text.cells(line).stream().filter(c -> !c.isEmpty()).findFirst().orElse(null);
        if (first == null || !shape.mayNameOrganisation(first.text())) {
            return false;
        }
        String name = shape.nameAt(first.text());
        if (name == null || !shape.isOrganisation(name) || !isName(name) || name.equalsIgnoreCase(served)) {
            return false;
        }
        int start = line.start();
        if (shape.isGeneric(name) && above != null && PartText.wordCount(above.text()) <= 3
                && LOGO_WORDS.matcher(above.text().strip()).matches()) {
            name = above.text().strip() + " " + name;
            start = above.start();
        } else if (shape.isGeneric(name)) {
            return false;
        }
        facts.add(new PartyMention(name, MentionKind.LETTERHEAD, PartyRole.UNKNOWN, "", 0, text.evidence(start, line.end())));
        return true;
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
        /** Where the search for the next anchor starts. */
        private int anchorFrom;
        private int untried;

        DefinedTerms(String text) {
            this.text = text;
            this.match = DEFINED_TERM.matcher(text);
            this.anchor = ANCHOR.matcher(text);
        }

        /**
         * Whether an {@link #ANCHOR} can start at a comma or bracket: what follows its white space is a quote, or the
         * "h", "r" or "t" of "hereinafter", "referred to as" or "the".
         */
        private boolean mayAnchorAt(int at) {
            int i = at + 1;
            while (i < text.length() && PartText.isSpace(text.charAt(i))) {
                i++;
            }
            return i < text.length() && "\"“”'‘hrt".indexOf(text.charAt(i)) >= 0;
        }

        boolean find() {
            while (anchorStart >= 0 || Searches.find(anchor, text, anchorFrom, ANCHOR_STARTS, this::mayAnchorAt)) {
                if (anchorStart < 0) {
                    anchorStart = anchor.start();
                    anchorFrom = anchor.end();
                }
                int from = anchorStart;
                while (from > 0 && Character.isWhitespace(text.charAt(from - 1))) {
                    from--;
                }
                for (int start = Math.max(untried, from - MAX_NAME); start < anchorStart; start++) {
                    if (!Character.isUpperCase(text.codePointAt(start))) {
                        continue;
                    }
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
}
