package io.poerules.fact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the names of organisations are compared, by the mapper when it groups the mentions of one
 * organisation and by the rules when they set a document's parties against a claim. Case, punctuation,
 * articles and legal forms ("Ltd", "Inc.", "GmbH", "S.A.", "Pty Ltd") do not count.
 *
 * @since 0.1.0
 */
public final class OrganisationNames {

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Legal forms and articles, left out when names are compared (the lexicon lists those detectors look for). */
    private static final Set<String> NOT_COMPARED = Set.of("the", "ltd", "limited", "inc", "incorporated", "llc", "llp",
            "lp", "plc", "pllc", "pc", "gmbh", "ag", "kg", "corp", "corporation", "co", "company", "pty", "sa", "sas",
            "sarl", "sl", "slu", "bv", "nv", "srl", "spa", "lda", "ltda", "ab", "as", "aps", "oy", "oyj", "sp", "zoo",
            "kft", "sro", "doo", "ug", "se", "eirl", "eireli", "me");
    /** Domain labels that name no organisation: mail hosts and the names reserved for examples. */
    private static final Set<String> NOT_A_NAME = Set.of("www", "mail", "email", "smtp", "mx", "example", "test",
            "invalid", "localhost");

    private OrganisationNames() {
    }

    /** The words of a name that are compared: lower case, without punctuation, articles and legal forms. */
    public static List<String> words(String name) {
        if (name == null) {
            return List.of();
        }
        return Arrays.stream(NOT_A_WORD.split(name.toLowerCase(Locale.ROOT).replace("&", " and ")))
                .filter(w -> !w.isEmpty() && !NOT_COMPARED.contains(w)).toList();
    }

    /**
     * Whether two names stand for the same organisation: the same words, or one's words begin the other's
     * ("Contoso" and "Contoso Pharmaceuticals Ltd"), or the same written as one word ("Margiestravel" and
     * "Margie's Travel").
     */
    public static boolean same(String a, String b) {
        return sameWords(words(a), words(b));
    }

    /** As {@link #same}, for the {@link #words} of two names. */
    public static boolean sameWords(List<String> x, List<String> y) {
        return sameWords(x, String.join("", x), y, String.join("", y));
    }

    /**
     * As {@link #sameWords(List, List)}, for words already joined, as a caller that compares the same names again and
     * again keeps them. {@code joinedX} must be {@code String.join("", x)} and {@code joinedY} {@code String.join("", y)}:
     * they are not checked.
     */
    public static boolean sameWords(List<String> x, String joinedX, List<String> y, String joinedY) {
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (joinedX.equals(joinedY)) {
            return true;
        }
        boolean xShorter = x.size() <= y.size();
        List<String> shorter = xShorter ? x : y;
        List<String> longer = xShorter ? y : x;
        return (xShorter ? joinedX : joinedY).length() >= 3 && longer.subList(0, shorter.size()).equals(shorter);
    }

    /**
     * Whether an email domain belongs to the named organisation: a label of the domain, or a part of it
     * between hyphens, spells the name's first words run together ("cohowinery", "coho" for Coho Winery),
     * perhaps followed by the initials of the rest ("sierravistatg" for Sierra Vista Technology Group), or
     * all its initials when it has three words or more ("svtg").
     */
    public static boolean matchesDomain(String name, String domain) {
        return wordsMatchDomain(words(name), domain);
    }

    /** As {@link #matchesDomain}, for the {@link #words} of a name. */
    public static boolean wordsMatchDomain(List<String> words, String domain) {
        if (words.isEmpty() || domain == null) {
            return false;
        }
        for (String token : domainTokens(domain)) {
            if (spells(words, token)) {
                return true;
            }
        }
        return false;
    }

    /** The parts of a domain that can name an organisation: its labels and their hyphenated parts, top level left out. */
    public static List<String> domainTokens(String domain) {
        String[] labels = domain.toLowerCase(Locale.ROOT).split("\\.");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < labels.length - 1; i++) {
            for (String part : labels[i].split("-")) {
                if (part.length() >= 2 && !NOT_A_NAME.contains(part)) {
                    out.add(part);
                }
            }
            if (labels[i].contains("-") && !NOT_A_NAME.contains(labels[i])) {
                out.add(labels[i].replace("-", ""));
            }
        }
        return out;
    }

    /** Words a domain leaves out of a name ("University of North Pennines" is northpennines.ac.uk). */
    private static final Set<String> CONNECTIVES = Set.of("of", "and", "for", "de", "du", "des", "la", "le", "del",
            "da", "do", "di", "van", "von", "der");

    /**
     * Whether a domain token spells the name: from its first word, its words run together perhaps followed by the
     * initials of the rest, or its initials; or, from a later word, six letters or more of words run together.
     */
    private static boolean spells(List<String> words, String token) {
        if (words.size() >= 3 && token.equals(initials(words, 0))) {
            return true;
        }
        for (int from = 0; from < words.size(); from++) {
            if (CONNECTIVES.contains(words.get(from))) {
                continue;
            }
            StringBuilder run = new StringBuilder();
            for (int k = from; k < words.size(); k++) {
                if (k > from && CONNECTIVES.contains(words.get(k))) {
                    continue;
                }
                run.append(words.get(k));
                if (!token.startsWith(run.toString())) {
                    break;
                }
                if (run.length() < 3) {
                    continue;
                }
                String rest = token.substring(run.length());
                boolean whole = rest.isEmpty() || from == 0 && rest.equals(initials(words, k + 1));
                if (whole && (from == 0 || run.length() >= 6)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String initials(List<String> words, int from) {
        StringBuilder out = new StringBuilder();
        for (String w : words.subList(from, words.size())) {
            out.append(w.charAt(0));
        }
        return out.toString();
    }
}
