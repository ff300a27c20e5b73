package io.poerules.map;

import io.poerules.fact.PartyRole;
import io.poerules.map.lexicon.PhraseMatcher;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that name a party by its role: the lexicon's customer labels ("Customer", "Client", "the
 * Authority", "Auftraggeber") and partner labels ("Supplier", "Consultant", "Opdrachtnemer"), as labels and as
 * defined terms. Immutable and thread-safe.
 */
final class RoleWords {

    private static final Pattern ARTICLE = Pattern.compile(
            "(?i)^(?:the|this|our|your|der|die|das|le|la|les|l'|l’|el|los|las|o|a|os|as|il|lo|gli|de|het)\\s+");

    private final PhraseMatcher customerLabels;
    private final PhraseMatcher partnerLabels;
    private final PhraseMatcher partyLabels;
    private final List<String> customerContacts;
    private final List<String> partnerContacts;

    RoleWords(List<String> customerLabels, List<String> partnerLabels) {
        this(customerLabels, partnerLabels, List.of());
    }

    /** @param contactWords the words of a contact's label after a party's ("sponsor", "contact", "Ansprechpartner") */
    RoleWords(List<String> customerLabels, List<String> partnerLabels, List<String> contactWords) {
        this.customerLabels = PhraseMatcher.of(customerLabels);
        this.partnerLabels = PhraseMatcher.of(partnerLabels);
        List<String> both = new java.util.ArrayList<>(customerLabels);
        both.addAll(partnerLabels);
        this.partyLabels = PhraseMatcher.of(both);
        this.customerContacts = combine(customerLabels, contactWords);
        this.partnerContacts = combine(partnerLabels, contactWords);
    }

    /** Each party label with each contact word after it, and before it ("Client sponsor", "Ansprechpartner Kunde"). */
    private static List<String> combine(List<String> labels, List<String> contactWords) {
        List<String> out = new java.util.ArrayList<>();
        for (String label : labels) {
            if (label.strip().contains(" ")) {
                continue;
            }
            for (String word : contactWords) {
                out.add(label.strip() + " " + word.strip());
                out.add(word.strip() + " " + label.strip());
            }
        }
        return out;
    }

    /** The labels of a party's contacts: its one-word labels with a contact word ("Client sponsor", "Buyer contact"). */
    PhraseMatcher contactLabels(PartyRole role) {
        return PhraseMatcher.of(role == PartyRole.CUSTOMER ? customerContacts : partnerContacts);
    }

    PhraseMatcher customerLabels() {
        return customerLabels;
    }

    PhraseMatcher partnerLabels() {
        return partnerLabels;
    }

    /** The labels of either party: what a row of headings may hold beside a party's label. */
    PhraseMatcher partyLabels() {
        return partyLabels;
    }

    /** The role a word gives when it is all of a term or label ("Customer", "the Supplier"); UNKNOWN otherwise. */
    PartyRole roleOf(String term) {
        String t = withoutArticle(term);
        boolean customer = whole(customerLabels, t);
        boolean partner = whole(partnerLabels, t);
        return customer == partner ? PartyRole.UNKNOWN : customer ? PartyRole.CUSTOMER : PartyRole.PARTNER;
    }

    /** Whether a name is only a role word ("the Client"): it stands for a party, it does not name one. */
    boolean isRoleWord(String name) {
        String t = withoutArticle(name);
        return whole(customerLabels, t) || whole(partnerLabels, t);
    }

    /** The role the labels in a text give, when they all give one; UNKNOWN when none or both. */
    PartyRole roleIn(String text) {
        boolean customer = customerLabels.matches(text);
        boolean partner = partnerLabels.matches(text);
        return customer == partner ? PartyRole.UNKNOWN : customer ? PartyRole.CUSTOMER : PartyRole.PARTNER;
    }

    static String withoutArticle(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        Matcher article = ARTICLE.matcher(lower);
        int start = article.lookingAt() ? article.end() : 0;
        int end = lower.length();
        while (end > start && isTrailingPunctuation(lower.charAt(end - 1))) {
            end--;
        }
        return lower.substring(start, end);
    }

    /** {@code [\s.:,;]}: what a name loses at its end. */
    private static boolean isTrailingPunctuation(char c) {
        return PartText.isSpace(c) || c == '.' || c == ':' || c == ',' || c == ';';
    }

    private static boolean whole(PhraseMatcher labels, String text) {
        PhraseMatcher.Match m = labels.findStartingBy(text, 0);
        return m != null && m.start() == 0 && m.end() == text.length();
    }
}
