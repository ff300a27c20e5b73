package io.poerules.map;

import io.poerules.map.lexicon.PhraseMatcher;
import java.util.List;

/**
 * Tells where a product name stands for no Microsoft product: where another vendor's name qualifies it, as the
 * words of one name ("CloudWatch Application Insights") or a name in parentheses after it ("Google Kubernetes
 * Engine (Autopilot)"); and where it is offered only as the alternative to another vendor's, in a list of names
 * joined by an alternative word or a slash ("a public cloud platform (e.g. Azure or AWS)", "AWS, Azure or GCP",
 * "Azure/AWS"). A list joined only by "and" names each of its products ("on Azure and AWS").
 */
final class OtherVendors {

    /** How many capitalised words a name runs to ("Google Kubernetes Engine", "Amazon RDS for" ends before "for"). */
    private static final int MAX_NAME_WORDS = 5;

    private final SharedPhrases shared;
    /** The vendors' names and the alternative words: their lists in {@link #shared}. */
    private final int names;
    private final int alternatives;

    /** Registers its lists with {@code shared}, which must be frozen before the first {@link #isOthers}. */
    OtherVendors(List<String> names, List<String> alternatives, SharedPhrases shared) {
        this.shared = shared;
        this.names = shared.add(names);
        this.alternatives = shared.add(alternatives);
    }

    /** Whether the product name from {@code start} to {@code end} is another vendor's, or only an alternative to one. */
    boolean isOthers(PartText text, int start, int end) {
        List<PhraseMatcher.Match> vendors = shared.findAll(text, names);
        if (vendors.isEmpty()) {
            return false;
        }
        return isQualified(text.text(), start, vendors) || isAlternative(text, start, end, vendors);
    }

    /** Whether the capitalised words right before the name (or before the parenthesis it stands in) hold a vendor's name. */
    private static boolean isQualified(String s, int start, List<PhraseMatcher.Match> vendors) {
        int p = skipSpacesBack(s, start);
        if (p > 0 && s.charAt(p - 1) == '(') {
            p = skipSpacesBack(s, p - 1);
        }
        int from = nameStartBefore(s, p);
        return from < p && holdsVendor(vendors, from, p);
    }

    /**
     * Whether the name stands in a list of names joined by commas, slashes or alternative words, with an alternative
     * word or a slash among them, and another vendor's name among its names.
     */
    private boolean isAlternative(PartText text, int start, int end, List<PhraseMatcher.Match> vendors) {
        String s = text.text();
        List<PhraseMatcher.Match> words = shared.findAll(text, alternatives);
        boolean alternative = false;
        boolean vendor = false;
        int p = start;
        while (true) {
            int q = skipSpacesBack(s, p);
            int separator = q > 0 && (s.charAt(q - 1) == ',' || s.charAt(q - 1) == '/') ? q - 1 : wordEndingAt(words, q);
            if (separator < 0) {
                break;
            }
            alternative |= separator == q - 1 ? s.charAt(separator) == '/' : true;
            int nameEnd = skipSpacesBack(s, separator);
            int nameStart = nameStartBefore(s, nameEnd);
            if (nameStart == nameEnd) {
                break;
            }
            vendor |= holdsVendor(vendors, nameStart, nameEnd);
            p = nameStart;
        }
        p = end;
        while (true) {
            int q = skipSpaces(s, p);
            int separator = q < s.length() && (s.charAt(q) == ',' || s.charAt(q) == '/') ? q + 1 : wordStartingAt(words, q);
            if (separator < 0) {
                break;
            }
            alternative |= separator == q + 1 ? s.charAt(q) == '/' : true;
            int nameStart = skipSpaces(s, separator);
            int nameEnd = nameEndAfter(s, nameStart);
            if (nameStart == nameEnd) {
                break;
            }
            vendor |= holdsVendor(vendors, nameStart, nameEnd);
            p = nameEnd;
        }
        return alternative && vendor;
    }

    private static boolean holdsVendor(List<PhraseMatcher.Match> vendors, int from, int to) {
        return vendors.stream().anyMatch(v -> v.start() >= from && v.end() <= to);
    }

    /** The end of an alternative word that ends at {@code at}: its start, else -1. */
    private static int wordEndingAt(List<PhraseMatcher.Match> words, int at) {
        return words.stream().filter(w -> w.end() == at).mapToInt(PhraseMatcher.Match::start).findFirst().orElse(-1);
    }

    /** The end of an alternative word that starts at {@code at}, else -1. */
    private static int wordStartingAt(List<PhraseMatcher.Match> words, int at) {
        return words.stream().filter(w -> w.start() == at).mapToInt(PhraseMatcher.Match::end).findFirst().orElse(-1);
    }

    /** Where the run of capitalised words (at most {@value #MAX_NAME_WORDS}, on one line) that ends at {@code end} starts. */
    private static int nameStartBefore(String s, int end) {
        int start = end;
        for (int words = 0; words < MAX_NAME_WORDS; words++) {
            int wordEnd = words == 0 ? end : skipSpacesBack(s, start);
            if (words > 0 && wordEnd == start) {
                break;
            }
            int p = wordEnd;
            while (p > 0 && isNameChar(s.charAt(p - 1))) {
                p--;
            }
            if (p == wordEnd || !isCapital(s.charAt(p))) {
                break;
            }
            start = p;
        }
        return start;
    }

    /** Where the run of capitalised words (at most {@value #MAX_NAME_WORDS}, on one line) that starts at {@code start} ends. */
    private static int nameEndAfter(String s, int start) {
        int end = start;
        for (int words = 0; words < MAX_NAME_WORDS; words++) {
            int wordStart = words == 0 ? start : skipSpaces(s, end);
            if (words > 0 && wordStart == end || wordStart >= s.length() || !isCapital(s.charAt(wordStart))) {
                break;
            }
            int q = wordStart;
            while (q < s.length() && isNameChar(s.charAt(q))) {
                q++;
            }
            end = q;
        }
        return end;
    }

    /** A capital or a digit: the first letter of a word of a name ("Amazon", "S3", "365"). */
    private static boolean isCapital(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '&' || c == '+';
    }

    /** Back over spaces and tabs, not over a line break. */
    private static int skipSpacesBack(String s, int at) {
        int p = at;
        while (p > 0 && (s.charAt(p - 1) == ' ' || s.charAt(p - 1) == '\t' || s.charAt(p - 1) == '\u00a0')) {
            p--;
        }
        return p;
    }

    private static int skipSpaces(String s, int at) {
        int p = at;
        while (p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == '\t' || s.charAt(p) == '\u00a0')) {
            p++;
        }
        return p;
    }
}
