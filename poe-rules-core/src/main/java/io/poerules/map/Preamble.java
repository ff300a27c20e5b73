package io.poerules.map;

import io.poerules.fact.MentionKind;
import io.poerules.fact.PartyMention;
import io.poerules.fact.PartyRole;
import io.poerules.map.lexicon.PhraseMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the parties a contract's preamble introduces: "This Statement of Work is entered into by and
 * between A, a Delaware corporation ("Cobalt"), and B, ... ("Customer")", "made between: (1) A ... ("Supplier");
 * and (2) B ... (the "Authority")", "zwischen A und B". Each party's name ends before its description, and
 * the terms defined for it in quotes ("Customer", "Cobalt") or after "hereinafter" follow it. A preamble that says
 * who issues the document to whom ("issued by A ... to B") also names A its issuer. Immutable and thread-safe.
 */
final class Preamble {

    /** Text that ends with a line break and perhaps white space. */
    private static final Pattern LINE_END_BEFORE = Pattern.compile("(?s).*\\n\\s*$");

    /** How far into a part a preamble is looked for. */
    private static final int SEARCH_CHARS = 8000;
    /** How long the preamble's two parties can be together. */
    private static final int MAX_PARTIES_CHARS = 1500;
    /** A marker this short ("by") is a common word: it introduces parties only when both are named with a defined term. */
    private static final int SHORT_MARKER = 2;
    /** Words before a marker that ends a heading. */
    private static final int HEADING_WORDS = 6;
    /** Letters of a lower-case abbreviation in an address, no sentence's end ("ul.", "str.", "av."). */
    private static final int SHORT_ABBREVIATION = 3;
    private static final Pattern LIST_MARKER = Pattern.compile(
            "^[\\s:;,]*(?:(?:\\(?(?:\\d{1,2}|[ivx]{1,3}|[a-d])[.)]|[•·\\-–▪])\\s*)*");
    /** The words that introduce a defined term, in the lexicon's languages ("hereinafter", "nachfolgend", "hierna"). */
    static final String TERM_INTRO = "\\bhereinafter\\b|\\bhereafter\\b|\\bnachfolgend\\b|\\bci-après\\b|\\ben adelante\\b"
            + "|\\bdoravante\\b|\\badiante\\b|\\bdi seguito\\b|\\bhierna\\b";
    private static final Pattern TERM = Pattern.compile(
            "(?:\\(|" + TERM_INTRO + ")"
                    + "[^()\"“”«]{0,40}?[\"“”'‘«]\\s*([^\"“”'’()«»]{2,40}?)\\s*[\"“”'’»](?:\\s*(?:or|oder|ou|o|of)\\s*(?:the\\s+)?"
                    + "[\"“”'‘«]\\s*([^\"“”'’()«»]{2,40}?)\\s*[\"“”'’»])?",
            Pattern.CASE_INSENSITIVE);
    /** A party's label of up to three words before a colon, at the start of the party. */
    private static final Pattern PARTY_LABEL = Pattern.compile("\\s*\\p{L}[\\p{L}.]*(?: \\p{L}[\\p{L}.]*){0,2}\\s*:\\s+");
    /** A heading line of up to three words, perhaps with a colon: "PARTIES", "The Parties:". */
    private static final Pattern PARTIES_HEADING = Pattern.compile("[ \\t#*]*(\\p{L}[\\p{L} ]{2,40}?)[ \\t*]*:?[ \\t]*");
    /** The longest line a heading of the parties can be. */
    private static final int MAX_HEADING_CHARS = 50;
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n");
    /** A numbered item of a list of parties, at the start of its line: "1. ", "(2) ", "b) ". */
    private static final Pattern LISTED_PARTY = Pattern.compile("(?m)^[ \\t]*\\(?(?:\\d|[a-d])[.)][ \\t]+(?=\\p{Lu})");
    private static final Pattern UNQUOTED_TERM = Pattern.compile("\\((?:the\\s+)?(\\p{L}[\\p{L} ]{1,30})\\)");

    private final PhraseMatcher markers;
    private final PhraseMatcher issuerMarkers;
    private final PhraseMatcher partiesHeadings;
    private final PhraseMatcher conjunctions;
    private final RoleWords roles;
    private final OrganisationShape shape;
    /** The markers' list in {@link #shared}. */
    private final SharedPhrases shared;
    private final int markerList;

    Preamble(List<String> markers, List<String> conjunctions, RoleWords roles, OrganisationShape shape) {
        this(markers, List.of(), conjunctions, roles, shape);
    }

    /** @param issuerMarkers markers before the party that issues the document to the other ("issued by") */
    Preamble(List<String> markers, List<String> issuerMarkers, List<String> conjunctions, RoleWords roles,
             OrganisationShape shape) {
        this(markers, issuerMarkers, List.of(), conjunctions, roles, shape);
    }

    /**
     * @param issuerMarkers   markers before the party that issues the document to the other ("issued by")
     * @param partiesHeadings the headings over a numbered list of the parties ("Parties", "Vertragsparteien")
     */
    Preamble(List<String> markers, List<String> issuerMarkers, List<String> partiesHeadings, List<String> conjunctions,
             RoleWords roles, OrganisationShape shape) {
        this(markers, issuerMarkers, partiesHeadings, conjunctions, roles, shape, new SharedPhrases());
        shared.freeze();
    }

    /** As the constructor above; registers the markers with {@code shared}, frozen before the first {@link #find}. */
    Preamble(List<String> markers, List<String> issuerMarkers, List<String> partiesHeadings, List<String> conjunctions,
             RoleWords roles, OrganisationShape shape, SharedPhrases shared) {
        this.partiesHeadings = PhraseMatcher.of(partiesHeadings);
        List<String> all = new ArrayList<>(markers);
        all.addAll(issuerMarkers);
        this.markers = PhraseMatcher.of(all);
        this.shared = shared;
        this.markerList = shared.add(this.markers.phrases());
        this.issuerMarkers = PhraseMatcher.of(issuerMarkers);
        this.conjunctions = PhraseMatcher.of(conjunctions);
        this.roles = roles;
        this.shape = shape;
    }

    /** The mentions of the first preamble of a part that names two parties (or one, when the other is unnamed). */
    List<PartyMention> find(PartText text) {
        String s = text.text();
        String head = s.substring(0, Math.min(s.length(), SEARCH_CHARS));
        List<PartyMention> listed = listedParties(text, head);
        if (!listed.isEmpty()) {
            return listed;
        }
        TermMarks termMarks = new TermMarks(s);
        for (PhraseMatcher.Match marker : head.length() == s.length() ? shared.findAll(text, markerList)
                : markers.findAll(head)) {
            if (endsHeading(head, marker)) {
                continue;
            }
            List<PartyMention> mentions = partiesAfter(text, marker, termMarks);
            if (!mentions.isEmpty()) {
                return mentions;
            }
        }
        return List.of();
    }

    /**
     * The parties numbered under a heading of their own ("PARTIES" over "1. IRONBARK CONSULTING LTD, ... ("Ironbark").",
     * "2. QUAYSIDE HOUSING ASSOCIATION LIMITED ... ("Quayside")."): the first two items, each a party with the terms
     * it defines.
     */
    private List<PartyMention> listedParties(PartText text, String head) {
        if (partiesHeadings.isEmpty()) {
            return List.of();
        }
        Matcher heading = PARTIES_HEADING.matcher(head);
        for (int lineStart = 0, lineEnd; lineStart < head.length(); lineStart = lineEnd + 1) {
            lineEnd = head.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? head.length() : lineEnd;
            if (lineEnd - lineStart > MAX_HEADING_CHARS || !isHeadingShaped(head, lineStart, lineEnd)) {
                continue;
            }
            if (!heading.region(lineStart, lineEnd).matches()) {
                continue;
            }
            String words = heading.group(1).strip();
            PhraseMatcher.Match m = partiesHeadings.findStartingBy(words, 0);
            if (m == null || m.start() > 0 || m.end() != words.length()) {
                continue;
            }
            Matcher item = LISTED_PARTY.matcher(head).region(lineEnd, Math.min(head.length(),
                    lineEnd + MAX_PARTIES_CHARS));
            List<int[]> items = new ArrayList<>();
            while (items.size() < 3 && item.find()) {
                items.add(new int[] {item.end(), item.start()});
            }
            if (items.size() < 2) {
                continue;
            }
            int firstEnd = Math.min(items.get(1)[1], endOfItem(head, items.get(0)[0]));
            int secondEnd = Math.min(items.size() > 2 ? items.get(2)[1] : head.length(), endOfItem(head, items.get(1)[0]));
            Party a = party(head, items.get(0)[0], firstEnd);
            Party b = party(head, items.get(1)[0], secondEnd);
            if (a.name == null || b.name == null) {
                continue;
            }
            List<PartyMention> out = new ArrayList<>();
            add(text, a, 1, m.phrase(), items.get(0)[0], firstEnd, out);
            add(text, b, 2, m.phrase(), items.get(1)[0], secondEnd, out);
            return out;
        }
        return List.of();
    }

    /** Where a listed party's item ends: at the first blank line after it. */
    private static int endOfItem(String s, int from) {
        Matcher blank = BLANK_LINE.matcher(s).region(from, s.length());
        return blank.find() ? blank.start() : Math.min(s.length(), from + MAX_PARTIES_CHARS);
    }

    /** Whether a marker ends a line of its own with no colon, as a heading ("## Who this is between"). */
    private static boolean endsHeading(String s, PhraseMatcher.Match marker) {
        int lineEnd = s.indexOf('\n', marker.end());
        String rest = s.substring(marker.end(), lineEnd < 0 ? s.length() : lineEnd);
        int lineStart = s.lastIndexOf('\n', marker.start()) + 1;
        return rest.isBlank() && PartText.wordCount(s.substring(lineStart, marker.start())) <= HEADING_WORDS;
    }

    private List<PartyMention> partiesAfter(PartText text, PhraseMatcher.Match marker, TermMarks termMarks) {
        String s = text.text();
        int limit = Math.min(s.length(), marker.end() + MAX_PARTIES_CHARS);
        int first = skipPartyLabel(s, skipListMarker(s, marker.end(), limit), limit);
        if (marker.phrase().length() <= SHORT_MARKER && termMarks.next(first) >= limit) {
            return List.of();
        }
        int[] conjunction = split(s, first, limit);
        if (conjunction == null) {
            return List.of();
        }
        Party a = party(s, first, conjunction[0]);
        if (a.name == null && a.terms.isEmpty()) {
            return List.of();
        }
        int second = skipPartyLabel(s, skipListMarker(s, conjunction[1], limit), limit);
        int end = endOfParty(s, second, limit);
        Party b = party(s, second, end);
        boolean aNamed = a.name != null;
        boolean bNamed = b.name != null;
        if (!(aNamed && bNamed) && !(aNamed && !b.terms.isEmpty()) && !(bNamed && !a.terms.isEmpty())) {
            return List.of();
        }
        if (marker.phrase().length() <= SHORT_MARKER && !(aNamed && bNamed && !a.terms.isEmpty() && !b.terms.isEmpty())) {
            return List.of();
        }
        List<PartyMention> out = new ArrayList<>();
        add(text, a, 1, marker.phrase(), first, conjunction[0], out);
        add(text, b, 2, marker.phrase(), second, end, out);
        PhraseMatcher.Match issuer = issuerMarkers.find(marker.phrase());
        if (a.name != null && issuer != null && issuer.start() == 0 && issuer.end() == marker.phrase().length()) {
            out.add(new PartyMention(a.name, MentionKind.ISSUER, PartyRole.UNKNOWN, marker.phrase(), 0,
                    text.evidence(first, conjunction[0])));
        }
        return out;
    }

    private void add(PartText text, Party party, int order, String cue, int start, int end, List<PartyMention> out) {
        if (party.name == null) {
            return;
        }
        PartyRole role = PartyRole.UNKNOWN;
        for (String term : party.terms) {
            PartyRole r = roles.roleOf(term);
            role = role == PartyRole.UNKNOWN ? r : role;
        }
        out.add(new PartyMention(party.name, MentionKind.PREAMBLE, role, cue, order, text.evidence(start, end)));
        for (String term : party.terms) {
            out.add(new PartyMention(party.name, MentionKind.DEFINED_TERM, roles.roleOf(term), term, 0,
                    text.evidence(start, end)));
        }
    }

    private record Party(String name, List<String> terms) {
    }

    /** The quotes one of which every {@link #TERM} holds. */
    private static final String QUOTES = "\"“”'‘«";
    /** The characters one of which every defined term holds: a quote, or the bracket of {@link #UNQUOTED_TERM}. */
    private static final String TERM_MARKS = QUOTES + "(";

    /**
     * Where the next quote or opening bracket of a text stands, one of which a defined term needs ({@link #TERM} a
     * quote, {@link #UNQUOTED_TERM} a bracket): asked for places in increasing order, as a preamble's markers come,
     * it reads each character once.
     */
    private static final class TermMarks {
        private final String text;
        private int askedFrom = -1;
        private int found = -1;

        TermMarks(String text) {
            this.text = text;
        }

        /** Where the first quote or bracket at or after {@code from} stands, or the text's length. */
        int next(int from) {
            if (from >= askedFrom && from <= found) {
                return found;
            }
            int i = from;
            while (i < text.length() && TERM_MARKS.indexOf(text.charAt(i)) < 0) {
                i++;
            }
            askedFrom = from;
            found = i;
            return found;
        }
    }

    /**
     * Whether a line holds only what {@link #PARTIES_HEADING} can match: letters, and spaces, tabs, {@code #}, {@code *}
     * and {@code :}.
     */
    private static boolean isHeadingShaped(String s, int from, int to) {
        for (int i = from; i < to; ) {
            int c = s.codePointAt(i);
            if (!Character.isLetter(c) && " \t#*:".indexOf(c) < 0) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** The party written from {@code start} to {@code end}: its name and the terms defined for it. */
    private Party party(String s, int start, int end) {
        String written = s.substring(start, Math.max(start, end));
        List<String> terms = new ArrayList<>();
        Matcher term = TERM.matcher(written);
        int nameEnd = written.length();
        boolean quoted = PartText.containsAny(written, QUOTES);
        while (quoted && term.find()) {
            nameEnd = Math.min(nameEnd, term.start());
            for (int g = 1; g <= 2; g++) {
                if (term.group(g) != null && !term.group(g).isBlank()) {
                    terms.add(term.group(g).strip());
                }
            }
        }
        Matcher unquoted = UNQUOTED_TERM.matcher(written);
        while (unquoted.find()) {
            if (roles.isRoleWord(unquoted.group(1))) {
                nameEnd = Math.min(nameEnd, unquoted.start());
                terms.add(unquoted.group(1).strip());
            }
        }
        String name = shape.nameAt(PartText.collapseSpaces(written.substring(0, nameEnd)));
        if (name != null && (roles.isRoleWord(name) || !Character.isUpperCase(name.codePointAt(0))
                && !Character.isDigit(name.codePointAt(0)))) {
            name = null;
        }
        return new Party(name, terms);
    }

    /**
     * Where the conjunction between the two parties stands ({start, end}), or {@code null}: outside parentheses
     * and quotes, the first after the first party's defined term when it has one, else the first after a comma,
     * semicolon or line break, else the first.
     */
    private int[] split(String s, int from, int limit) {
        int depth = 0;
        boolean termClosed = false;
        int[] any = null;
        int[] afterPunctuation = null;
        int i = from;
        while (i < limit) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
                termClosed |= depth == 0;
            } else if (depth == 0 && isSentenceEnd(s, i) && !goesOn(s, from, i, limit)) {
                break;
            } else if (depth == 0 && (i == from || !Character.isLetterOrDigit(s.charAt(i - 1)))) {
                PhraseMatcher.Match m = conjunctions.findStartingBy(s.substring(i, Math.min(limit, i + 20)), 0);
                if (m != null && m.start() == 0 && i > from + 1) {
                    int[] at = {i, i + m.end()};
                    if (termClosed) {
                        return at;
                    }
                    String before = s.substring(from, i).stripTrailing();
                    if (afterPunctuation == null && (before.endsWith(",") || before.endsWith(";")
                            || LINE_END_BEFORE.matcher(s.substring(from, i)).matches())) {
                        afterPunctuation = at;
                    }
                    if (any == null) {
                        any = at;
                    }
                    i = at[1];
                    continue;
                }
            }
            i++;
        }
        return afterPunctuation != null ? afterPunctuation : any;
    }

    /** Where the second party ends: at its sentence's end, a semicolon or a blank line outside parentheses. */
    private static int endOfParty(String s, int from, int limit) {
        int depth = 0;
        for (int i = from; i < limit; i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && (c == ';' || isSentenceEnd(s, i))) {
                return i;
            }
        }
        return limit;
    }

    /**
     * Whether a sentence ends at {@code i}: a full stop before white space and a capital, not after an
     * abbreviation ("Inc.", "Blvd.", "No.", "ul."); or a blank line.
     */
    private static boolean isSentenceEnd(String s, int i) {
        char c = s.charAt(i);
        if (c == '\n') {
            return i + 1 < s.length() && s.charAt(i + 1) == '\n';
        }
        if (c != '.' || i + 2 >= s.length() || !Character.isWhitespace(s.charAt(i + 1))) {
            return false;
        }
        int j = i + 1;
        while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
            j++;
        }
        if (j >= s.length() || !Character.isUpperCase(s.charAt(j))) {
            return false;
        }
        int w = i;
        while (w > 0 && Character.isLetter(s.charAt(w - 1))) {
            w--;
        }
        return i - w > 5 || i - w == 0 || Character.isLowerCase(s.charAt(w)) && i - w > SHORT_ABBREVIATION;
    }

    /**
     * Whether the parties go on past a blank line: the first ends with a comma or semicolon, or the next paragraph
     * starts with the conjunction ("..., hereinafter the "Provider",", a blank line, "and", a blank line, "B ...").
     */
    private boolean goesOn(String s, int from, int i, int limit) {
        if (s.charAt(i) != '\n') {
            return false;
        }
        String before = s.substring(from, i).stripTrailing();
        if (before.endsWith(",") || before.endsWith(";")) {
            return true;
        }
        int next = i;
        while (next < limit && Character.isWhitespace(s.charAt(next))) {
            next++;
        }
        PhraseMatcher.Match m = conjunctions.findStartingBy(s.substring(next, Math.min(limit, next + 20)), 0);
        return m != null && m.start() == 0;
    }

    /** Past the label a party may stand after: "PRIMEIRO OUTORGANTE: ", "FIRST PARTY: ", "Party A: ". */
    private static int skipPartyLabel(String s, int from, int limit) {
        Matcher m = PARTY_LABEL.matcher(s).region(from, limit);
        return m.lookingAt() ? m.end() : from;
    }

    private static int skipListMarker(String s, int from, int limit) {
        Matcher m = LIST_MARKER.matcher(s).region(from, limit);
        return m.lookingAt() ? m.end() : from;
    }
}
