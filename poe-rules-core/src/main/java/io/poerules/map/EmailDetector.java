package io.poerules.map;

import io.poerules.extract.EmailHeaders;
import io.poerules.fact.AcknowledgementKind;
import io.poerules.fact.DateMention;
import io.poerules.fact.DateRole;
import io.poerules.fact.EmailAcknowledgement;
import io.poerules.fact.EmailMessage;
import io.poerules.fact.Evidence;
import io.poerules.fact.MentionKind;
import io.poerules.fact.OrganisationNames;
import io.poerules.fact.PartyMention;
import io.poerules.fact.PartyRole;
import io.poerules.map.lexicon.PhraseMatcher;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads email parts: the headers ({@link EmailMessage}), the sent date, whether the newest message (the text
 * above the quoted history) approves the work or only acknowledges receipt ({@link EmailAcknowledgement}), and
 * who writes to whom ({@link MentionKind#EMAIL_SENDER} and {@link MentionKind#EMAIL_COUNTERPART} mentions). The
 * counterpart is the sender of the quoted message being answered, else the first recipient outside the sender's
 * domain. An organisation is named by the company in the sender's signature under the newest message, else by its
 * domain; a webmail domain ("gmail.com") names none. A mention's cue says whether the message is a reply or a
 * first message: the rules take, when nothing else decides, the sender of a reply as the customer and the sender of
 * a first message as the partner, so that a partner writing "I confirm we have completed the work" does not
 * acknowledge its own work.
 */
final class EmailDetector {

    private static final Pattern ADDRESS = Pattern.compile("[\\w.+'\\-]+@([\\w\\-]+(?:\\.[\\w\\-]+)+)");
    private static final Pattern CAPITALISED_WORDS = Pattern.compile(
            "(?<![\\p{L}@.])\\p{Lu}[\\p{L}&]*(?:[ \\t]+\\p{Lu}[\\p{L}&.]*){0,4}");
    private static final Pattern REPLY_SUBJECT = Pattern.compile(
            "(?i)^\\s*(?:re|aw|sv|antw|rif|r|vs|res|ref|odp|vá)\\s*:");
    private static final Pattern ANGLE_QUOTED_LINE = Pattern.compile("(?m)^>");
    private static final Pattern QUOTED_FROM = Pattern.compile(
            "(?im)^\\s*>?\\s*(?:From:\\s*(.*)|On\\s(.*)\\swrote:\\s*)$");
    /** Lines of the sender's signature read for a company name, below the sender's name. */
    private static final int SIGNATURE_LINES = 4;

    private final PhraseMatcher approval;
    private final PhraseMatcher receipt;
    private final PhraseMatcher negations;
    private final PhraseMatcher quoteMarkers;
    private final OrganisationShape shape;
    private final Set<String> freeMail;

    EmailDetector(List<String> approval, List<String> receipt, List<String> negations, List<String> quoteMarkers,
                  OrganisationShape shape, List<String> freeMailProviders) {
        this.approval = PhraseMatcher.of(approval);
        this.receipt = PhraseMatcher.of(receipt);
        this.negations = PhraseMatcher.of(negations);
        this.quoteMarkers = PhraseMatcher.of(quoteMarkers);
        this.shape = shape;
        this.freeMail = freeMailProviders.stream().map(p -> p.strip().toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
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
        boolean reply = quoteStart < text.text().length()
                || headers.subject() != null && REPLY_SUBJECT.matcher(headers.subject()).lookingAt();
        String cue = reply ? "reply" : "first message";
        String company = signatureCompany(top, headers.from());
        if (company != null || fromDomain != null && !isFreeMail(fromDomain)) {
            String domain = fromDomain != null && !isFreeMail(fromDomain) ? fromDomain : null;
            String name = company != null ? company : nameOfDomain(domain, text.text());
            facts.add(new PartyMention(null, name, MentionKind.EMAIL_SENDER, PartyRole.UNKNOWN, cue, 0, domain,
                    headerEvidence));
        }
        if (otherDomain != null && !isFreeMail(otherDomain)) {
            facts.add(new PartyMention(null, nameOfDomain(otherDomain, text.text()), MentionKind.EMAIL_COUNTERPART,
                    PartyRole.UNKNOWN, cue, 0, otherDomain, headerEvidence));
        }
        PhraseMatcher.Match agreed = firstUnnegated(top);
        PhraseMatcher.Match received = receipt.find(top);
        if (agreed == null && received == null) {
            return;
        }
        AcknowledgementKind kind = agreed != null ? AcknowledgementKind.APPROVAL : AcknowledgementKind.RECEIPT_ONLY;
        PhraseMatcher.Match m = agreed != null ? agreed : received;
        facts.add(new EmailAcknowledgement(kind, headers.from(), fromDomain, null, sent, text.lineEvidence(m.start())));
    }

    /** Whether a domain is a public webmail provider's: it names no organisation. */
    boolean isFreeMail(String domain) {
        return OrganisationNames.domainTokens(domain).stream().anyMatch(freeMail::contains);
    }

    /**
     * The company in the sender's signature: in the few lines below the line that holds the sender's name,
     * at the end of the newest message, the first with a legal form or an organisation word.
     */
    private String signatureCompany(String top, String from) {
        String display = from == null ? "" : from.replaceAll("<[^>]*>", "").replaceAll("[\"“”]", "").strip();
        String first = display.isEmpty() ? null : display.split("[\\s,]+")[0];
        if (first == null || first.contains("@") || first.length() < 2) {
            return null;
        }
        List<String> lines = top.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - 12); i--) {
            if (!lines.get(i).startsWith(first)) {
                continue;
            }
            for (int j = i + 1; j < lines.size() && j <= i + SIGNATURE_LINES; j++) {
                String name = shape.nameAt(lines.get(j).split("\\s+[|·–—]\\s+")[0]);
                if (name != null && shape.isOrganisation(name)) {
                    return name;
                }
            }
            return null;
        }
        return null;
    }

    /**
     * An organisation's name for its email domain: the capitalised words of the text that spell the domain
     * ("Coho Winery" for cohowinery.com), else the domain's first label, capitalised.
     */
    private static String nameOfDomain(String domain, String text) {
        List<String> tokens = OrganisationNames.domainTokens(domain);
        String token = tokens.isEmpty() ? domain.split("\\.")[0] : tokens.get(tokens.size() > 1 && tokens.get(0).length() < 3 ? 1 : 0);
        Matcher m = CAPITALISED_WORDS.matcher(text);
        while (m.find()) {
            String found = nameStartingWith(m.group(), token);
            if (found != null) {
                return found;
            }
        }
        return token.substring(0, 1).toUpperCase(Locale.ROOT) + token.substring(1);
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
