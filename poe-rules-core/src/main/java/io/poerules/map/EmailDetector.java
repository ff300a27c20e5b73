package io.poerules.map;

import io.poerules.extract.EmailHeaders;
import io.poerules.fact.AcknowledgementKind;
import io.poerules.fact.DateMention;
import io.poerules.fact.DateRole;
import io.poerules.fact.EmailAcknowledgement;
import io.poerules.fact.EmailMessage;
import io.poerules.fact.Evidence;
import io.poerules.fact.Party;
import io.poerules.fact.PartyRole;
import io.poerules.map.lexicon.PhraseMatcher;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads email parts: the headers ({@link EmailMessage}), the sent date, and whether the newest message
 * (the text above the quoted history) approves the work or only acknowledges receipt
 * ({@link EmailAcknowledgement}).
 *
 * <p>Who is the customer: a sender whose domain matches a customer named in the documents is the
 * customer, one that matches the partner is not. With no named parties, partners send the work for
 * sign-off and customers answer: the sender of a reply (it quotes the message it answers, or its
 * subject starts "RE:") to another organisation (the sender of the quoted message, else a recipient
 * outside the sender's domain) is taken as the customer, and the sender of a first message to another
 * organisation as the partner, so that a partner writing "I confirm we have completed the work" does
 * not acknowledge its own work. The domains then name the parties.
 */
final class EmailDetector {

    private static final Pattern ADDRESS = Pattern.compile("[\\w.+'\\-]+@([\\w\\-]+(?:\\.[\\w\\-]+)+)");
    private static final Pattern CAPITALISED_WORDS = Pattern.compile(
            "(?<![\\p{L}@.])\\p{Lu}[\\p{L}&]*(?:[ \\t]+\\p{Lu}[\\p{L}&.]*){0,4}");
    private static final Pattern REPLY_SUBJECT = Pattern.compile("(?i)^\\s*(?:re|aw|sv|antw|rif|vs)\\s*:");
    private static final Pattern ANGLE_QUOTED_LINE = Pattern.compile("(?m)^>");
    private static final Pattern QUOTED_FROM = Pattern.compile(
            "(?im)^\\s*>?\\s*(?:From:\\s*(.*)|On\\s(.*)\\swrote:\\s*)$");

    private final PhraseMatcher approval;
    private final PhraseMatcher receipt;
    private final PhraseMatcher negations;
    private final PhraseMatcher quoteMarkers;

    EmailDetector(List<String> approval, List<String> receipt, List<String> negations, List<String> quoteMarkers) {
        this.approval = PhraseMatcher.of(approval);
        this.receipt = PhraseMatcher.of(receipt);
        this.negations = PhraseMatcher.of(negations);
        this.quoteMarkers = PhraseMatcher.of(quoteMarkers);
    }

    void detect(PartText text, MappedFacts facts) {
        EmailHeaders headers = text.part().email();
        String fromDomain = domainOf(headers.from());
        LocalDate sent = headers.sent() == null ? null : LocalDate.ofInstant(headers.sent(), ZoneOffset.UTC);
        Evidence headerEvidence = text.metadata(headerText(headers));
        facts.add(new EmailMessage(headers.from(), fromDomain, headers.to(), headers.cc(), sent, headers.subject(),
                headerEvidence));
        if (sent != null) {
            facts.add(new DateMention(sent, DateRole.EMAIL_SENT, headerEvidence));
        }
        int quoteStart = quoteStart(text.text());
        String top = text.text().substring(0, quoteStart);
        String otherDomain = counterpartDomain(fromDomain, text.text().substring(quoteStart), headers.to());
        PartyRole side = sideOf(fromDomain, facts);
        if (side == PartyRole.UNKNOWN && otherDomain != null) {
            boolean reply = quoteStart < text.text().length()
                    || headers.subject() != null && REPLY_SUBJECT.matcher(headers.subject()).lookingAt();
            side = reply ? PartyRole.CUSTOMER : PartyRole.PARTNER;
            addPartyFromDomain(side, fromDomain, text, headerEvidence, facts);
            addPartyFromDomain(side == PartyRole.CUSTOMER ? PartyRole.PARTNER : PartyRole.CUSTOMER, otherDomain, text,
                    headerEvidence, facts);
        }
        PhraseMatcher.Match agreed = firstUnnegated(top);
        PhraseMatcher.Match received = receipt.find(top);
        if (agreed == null && received == null) {
            return;
        }
        AcknowledgementKind kind = agreed != null ? AcknowledgementKind.APPROVAL : AcknowledgementKind.RECEIPT_ONLY;
        boolean fromCustomer = side == PartyRole.CUSTOMER;
        PhraseMatcher.Match m = agreed != null ? agreed : received;
        facts.add(new EmailAcknowledgement(kind, headers.from(), fromCustomer, sent, text.lineEvidence(m.start())));
    }

    private PhraseMatcher.Match firstUnnegated(String top) {
        for (PhraseMatcher.Match m : approval.findAll(top)) {
            int lineStart = top.lastIndexOf('\n', m.start()) + 1;
            String before = top.substring(lineStart, m.start());
            String sentence = before.substring(Math.max(before.lastIndexOf(". ") + 1, 0));
            if (!negations.matches(sentence + top.substring(m.start(), m.end()))) {
                return m;
            }
        }
        return null;
    }

    private int quoteStart(String text) {
        int best = text.length();
        for (PhraseMatcher.Match m : quoteMarkers.findAll(text)) {
            int lineStart = text.lastIndexOf('\n', m.start()) + 1;
            if (text.substring(lineStart, m.start()).isBlank() && lineStart > 0) {
                best = Math.min(best, lineStart);
                break;
            }
        }
        Matcher quoted = ANGLE_QUOTED_LINE.matcher(text);
        if (quoted.find()) {
            best = Math.min(best, quoted.start());
        }
        return best;
    }

    /**
     * The domain of the other side of the conversation: the sender of the quoted message being answered,
     * else the first recipient outside the sender's domain; {@code null} when all are one domain.
     */
    private static String counterpartDomain(String fromDomain, String quoted, List<String> to) {
        if (fromDomain == null) {
            return null;
        }
        Matcher m = QUOTED_FROM.matcher(quoted);
        if (m.find()) {
            String domain = domainOf(m.group(1) != null ? m.group(1) : m.group(2));
            if (domain != null && !domain.equals(fromDomain)) {
                return domain;
            }
        }
        return to.stream().map(EmailDetector::domainOf).filter(d -> d != null && !d.equals(fromDomain))
                .findFirst().orElse(null);
    }

    private static PartyRole sideOf(String domain, MappedFacts facts) {
        if (domain == null) {
            return PartyRole.UNKNOWN;
        }
        String token = domain.split("\\.")[0];
        for (Party p : facts.ofType(Party.class)) {
            boolean byDomain = domain.equals(p.domain());
            boolean byName = p.name() != null && token.length() >= 3
                    && p.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "").contains(token.replace("-", ""));
            if (byDomain || byName) {
                return p.role();
            }
        }
        return PartyRole.UNKNOWN;
    }

    private static void addPartyFromDomain(PartyRole role, String domain, PartText text, Evidence evidence,
                                           MappedFacts facts) {
        if (domain == null) {
            return;
        }
        String token = domain.split("\\.")[0].replace("-", "");
        String name = token.substring(0, 1).toUpperCase(Locale.ROOT) + token.substring(1);
        Matcher m = CAPITALISED_WORDS.matcher(text.text());
        while (m.find()) {
            String found = nameStartingWith(m.group(), token);
            if (found != null) {
                name = found;
                break;
            }
        }
        facts.add(new Party(role, name, domain, evidence));
    }

    /** The shortest run of the words whose letters, run together, start with the domain token. */
    private static String nameStartingWith(String words, String token) {
        StringBuilder letters = new StringBuilder();
        String[] parts = words.split("\\s+");
        for (int i = 0; i < parts.length; i++) {
            letters.append(parts[i].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", ""));
            if (letters.length() >= token.length()) {
                if (!letters.toString().startsWith(token)) {
                    return null;
                }
                int end = i;
                if (i + 1 < parts.length && LegalForms.WORD.matcher(parts[i + 1]).matches()) {
                    end = i + 1;
                }
                return String.join(" ", java.util.Arrays.copyOfRange(parts, 0, end + 1));
            }
        }
        return null;
    }

    static String domainOf(String address) {
        if (address == null) {
            return null;
        }
        Matcher m = ADDRESS.matcher(address);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static String headerText(EmailHeaders h) {
        List<String> out = new ArrayList<>();
        out.add("From: " + (h.from() == null ? "" : h.from()));
        if (!h.to().isEmpty()) {
            out.add("To: " + String.join(", ", h.to()));
        }
        if (h.sent() != null) {
            out.add("Date: " + h.sent());
        }
        if (h.subject() != null) {
            out.add("Subject: " + h.subject());
        }
        return String.join(" | ", out);
    }
}
