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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads email parts: the headers ({@link EmailMessage}), the sent date, and every message of the thread
 * ({@link EmailThread}): whether it approves the work or only acknowledges receipt ({@link EmailAcknowledgement},
 * with its own sender and date, so that a customer's approval quoted under a partner's forward counts), and who
 * writes to whom ({@link MentionKind#EMAIL_SENDER} and {@link MentionKind#EMAIL_COUNTERPART} mentions). A message's
 * counterpart is the sender of the message it answers, else its first recipient outside the sender's domain. An
 * organisation is named by the company in the sender's signature under the message, else by its domain; a
 * webmail domain ("gmail.com") names none. A mention's cue says whether the message is a reply or a first
 * message: the rules take, when nothing else decides, the sender of a reply as the customer and the sender of a
 * first message as the partner, so that a partner writing "I confirm we have completed the work" does not
 * acknowledge its own work. A forward says nothing of the roles (cue "forward"), and within one organisation names no
 * party.
 */
final class EmailDetector {

    private static final Pattern ADDRESS = Pattern.compile("[\\w.+'\\-]+@([\\w\\-]+(?:\\.[\\w\\-]+)+)");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");
    /** An address in angle brackets, and quotation marks: what a From header holds beside the sender's name. */
    private static final Pattern ANGLE_BRACKETED = Pattern.compile("<[^>]*>");
    private static final Pattern QUOTES = Pattern.compile("[\"“”]");
    private static final Pattern CAPITALISED_WORDS = Pattern.compile(
            "(?<![\\p{L}@.])\\p{Lu}[\\p{L}&]*(?:[ \\t]+\\p{Lu}[\\p{L}&.]*){0,4}");
    /** Lines of the sender's signature read for a company name, below the sender's name. */
    private static final int SIGNATURE_LINES = 4;
    private static final int SIGNATURE_REACH = 14;
    /** Words that may stand between the words that make a message the approval and its approval phrase ("as our"). */
    private static final int THIS_MESSAGE_REACH = 2;

    private final EmailThread thread;
    /** The second levels under which countries register names ("co.uk", "com.au"). */
    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "net", "org", "ne", "or", "gov", "ac", "edu");

    private final PhraseMatcher approval;
    private final PhraseMatcher receipt;
    private final PhraseMatcher negations;
    private final PhraseMatcher thisMessage;
    private final PhraseMatcher scheduling;
    private final PhraseMatcher replyPrefixes;
    private final PhraseMatcher forwardPrefixes;
    private final OrganisationShape shape;
    private final DateParser dates;
    private final Set<String> freeMail;

    EmailDetector(EmailWords words, OrganisationShape shape, DateParser dates) {
        this.thread = words.thread();
        this.approval = PhraseMatcher.of(words.approval());
        this.receipt = PhraseMatcher.of(words.receipt());
        this.negations = PhraseMatcher.of(words.negations());
        this.thisMessage = PhraseMatcher.of(words.thisMessage());
        this.scheduling = PhraseMatcher.of(words.scheduling());
        this.replyPrefixes = PhraseMatcher.of(words.replyPrefixes());
        this.forwardPrefixes = PhraseMatcher.of(words.forwardPrefixes());
        this.shape = shape;
        this.dates = dates;
        this.freeMail = words.freeMailProviders().stream().map(p -> p.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    void detect(PartText text, MappedFacts facts) {
        EmailHeaders headers = text.part().email();
        String fromDomain = domainOf(headers.from());
        LocalDate sent = headers.sent() != null ? LocalDate.ofInstant(headers.sent(), ZoneOffset.UTC)
                : dateIn(text, headers.sentAsWritten());
        Evidence headerEvidence = text.metadata(headerText(headers));
        facts.add(new EmailMessage(headers.from(), fromDomain, headers.to(), headers.cc(), sent, headers.subject(),
                headerEvidence));
        if (sent != null) {
            facts.add(new DateMention(sent, DateRole.EMAIL_SENT, headerEvidence));
        }
        List<EmailThread.Message> messages = thread.split(text.text());
        Map<String, String> domainNames = new HashMap<>();
        for (int i = 0; i < messages.size(); i++) {
            EmailThread.Message m = messages.get(i);
            boolean newest = m.isNewest();
            String from = newest ? headers.from() : m.from();
            String subject = newest ? headers.subject() : m.subject();
            List<String> to = newest ? headers.to() : m.to() == null ? List.of() : List.of(m.to().split("[;,]"));
            LocalDate date = newest ? sent : dateIn(text, m.sentWritten());
            Evidence where = newest ? headerEvidence : text.evidence(m.start(), Math.min(m.end(), m.bodyStart()));
            String body = EmailThread.textOf(text.text(), m);
            String sender = domainOf(from);
            String answered = i + 1 < messages.size() ? domainOf(messages.get(i + 1).from()) : null;
            String counterpart = counterpart(sender, answered, to);
            boolean forward = subject != null && startsWith(forwardPrefixes, subject);
            String company = signatureCompany(body, from);
            if (!forward) {
                boolean reply = i + 1 < messages.size() || subject != null && startsWith(replyPrefixes, subject);
                mentions(text, domainNames, company, sender, counterpart, reply ? "reply" : "first message", where,
                        facts);
            } else if (counterpart != null && !counterpart.equals(sender)) {
                mentions(text, domainNames, company, sender, counterpart, "forward", where, facts);
            }
            acknowledgement(text, m, body, from, sender, company, date, facts);
        }
    }

    /** @param domainNames the organisations' names of the domains met so far in this part, by domain */
    private void mentions(PartText text, Map<String, String> domainNames, String company, String sender,
                          String counterpart, String cue, Evidence where, MappedFacts facts) {
        String domain = sender != null && !isFreeMail(sender) ? sender : null;
        if (company != null || domain != null) {
            String name = company != null ? company : nameOfDomain(domain, text, domainNames);
            facts.add(new PartyMention(null, name, MentionKind.EMAIL_SENDER, PartyRole.UNKNOWN, cue, 0, domain, where));
        }
        if (counterpart != null && !isFreeMail(counterpart) && !counterpart.equals(sender)) {
            facts.add(new PartyMention(null, nameOfDomain(counterpart, text, domainNames), MentionKind.EMAIL_COUNTERPART,
                    PartyRole.UNKNOWN, cue, 0, counterpart, where));
        }
    }

    /** Whether a message approves the work or only confirms receipt: its own words, not those it quotes. */
    private void acknowledgement(PartText text, EmailThread.Message m, String body, String from, String sender,
                                 String company, LocalDate date, MappedFacts facts) {
        int agreed = firstUnnegated(body);
        PhraseMatcher.Match received = receipt.find(body);
        if (agreed < 0 && received == null) {
            return;
        }
        AcknowledgementKind kind = agreed >= 0 ? AcknowledgementKind.APPROVAL : AcknowledgementKind.RECEIPT_ONLY;
        int at = agreed >= 0 ? agreed : received.start();
        int offset = Math.min(text.text().length() - 1, locate(text.text(), m, body, at));
        String senderName = company != null ? company : sender == null || isFreeMail(sender) ? null
                : nameOfDomain(sender, text.text());
        facts.add(new EmailAcknowledgement(kind, from, sender, senderName, null, date,
                text.lineEvidence(Math.max(0, offset))));
    }

    /** Where an offset of a message's unquoted text lies in the part's text. */
    private static int locate(String text, EmailThread.Message m, String body, int at) {
        int lineStart = body.lastIndexOf('\n', at) + 1;
        String line = body.substring(lineStart, Math.max(lineStart, body.indexOf('\n', at) < 0 ? body.length()
                : body.indexOf('\n', at)));
        int found = line.isBlank() ? -1 : text.indexOf(line, m.bodyStart());
        return found < 0 ? m.bodyStart() : found + (at - lineStart);
    }

    /**
     * Where the first approval phrase stands that no negation in its sentence turns into a refusal or a request
     * ("we cannot approve", "please approve"), and that no word of a meeting makes the approval of a meeting rather
     * than of the work ("Tuesday at 10:00 is approved"); -1 when there is none. Words by which the message makes
     * itself the approval, up to two words before it ("so please take this email as our approval"), start its
     * sentence anew.
     */
    private int firstUnnegated(String body) {
        for (PhraseMatcher.Match m : approval.findAll(body)) {
            int lineStart = body.lastIndexOf('\n', m.start()) + 1;
            String before = body.substring(lineStart, m.start());
            String sentence = before.substring(Math.max(before.lastIndexOf(". ") + 1, 0));
            for (PhraseMatcher.Match itself : thisMessage.findAll(sentence)) {
                if (PartText.wordCount(sentence.substring(itself.end()).strip()) <= THIS_MESSAGE_REACH) {
                    sentence = sentence.substring(itself.end());
                    break;
                }
            }
            int end = sentenceEnd(body, m.end());
            if (!negations.matches(sentence + body.substring(m.start(), m.end()))
                    && !scheduling.matches(sentence + body.substring(m.start(), end))) {
                return m.start();
            }
        }
        return -1;
    }

    private static int sentenceEnd(String body, int from) {
        for (int i = from; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\n' || (c == '.' || c == '!' || c == '?' || c == ';') && (i + 1 == body.length()
                    || Character.isWhitespace(body.charAt(i + 1)))) {
                return i;
            }
        }
        return body.length();
    }

    private LocalDate dateIn(PartText text, String written) {
        if (written == null) {
            return null;
        }
        List<DateParser.Found> found = text.dates(dates, written);
        return found.isEmpty() ? null : found.get(0).date();
    }

    private static boolean startsWith(PhraseMatcher prefixes, String subject) {
        PhraseMatcher.Match m = prefixes.findStartingBy(subject.strip(), 0);
        return m != null && m.start() == 0 && subject.strip().substring(m.end()).stripLeading().startsWith(":");
    }

    /**
     * The domain of the other side of a message: the sender of the message it answers, else its first recipient
     * outside the sender's domain; {@code null} when there is none.
     */
    private static String counterpart(String sender, String answered, List<String> to) {
        if (answered != null && !answered.equals(sender)) {
            return answered;
        }
        return to.stream().map(EmailDetector::domainOf).filter(d -> d != null && !d.equals(sender))
                .findFirst().orElse(null);
    }

    /**
     * Whether a domain is a public webmail provider's ("gmail.com", "hotmail.co.uk", "web.de"): its name, the label
     * before the top level and any second level such as "co" or "com", is a provider's. Such a domain names no
     * organisation.
     */
    boolean isFreeMail(String domain) {
        String[] labels = domain.toLowerCase(Locale.ROOT).split("\\.");
        int name = labels.length - 2;
        while (name > 0 && labels[name].length() <= 3 && SECOND_LEVEL.contains(labels[name])) {
            name--;
        }
        return name >= 0 && freeMail.contains(labels[name]);
    }

    /**
     * The company in the sender's signature: in the few lines below the line that starts with the sender's first
     * name, at the end of the message, the first part of a line with a legal form or an organisation word.
     */
    private String signatureCompany(String body, String from) {
        String display = from == null ? "" : QUOTES.matcher(ANGLE_BRACKETED.matcher(from).replaceAll("")).replaceAll("").strip();
        String first = display.isEmpty() ? null : display.split("[\\s,]+")[0];
        if (first == null || first.contains("@") || first.length() < 2) {
            return null;
        }
        List<String> lines = body.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - SIGNATURE_REACH); i--) {
            if (!lines.get(i).startsWith(first)) {
                continue;
            }
            for (int j = i + 1; j < lines.size() && j <= i + SIGNATURE_LINES; j++) {
                for (String part : lines.get(j).split("\\s+[|·–—]\\s+")) {
                    String name = shape.nameAt(part);
                    if (name != null && shape.isOrganisation(name)) {
                        return name;
                    }
                }
            }
            return null;
        }
        return null;
    }

    /** As {@link #nameOfDomain(String, String)} in a part's text, each domain named once per part. */
    private String nameOfDomain(String domain, PartText text, Map<String, String> domainNames) {
        return domainNames.computeIfAbsent(domain, d -> nameOfDomain(d, text.text()));
    }

    /**
     * An organisation's name for its email domain: the capitalised words of the text that spell the domain
     * ("Coho Winery" for cohowinery.com), else the domain's first label, capitalised.
     */
    private String nameOfDomain(String domain, String text) {
        List<String> tokens = OrganisationNames.domainTokens(domain);
        String token = tokens.isEmpty() ? domain.split("\\.")[0] : tokens.get(0);
        Matcher m = CAPITALISED_WORDS.matcher(text);
        while (m.find()) {
            String found = nameStartingWith(m.group(), token);
            if (found != null) {
                return found;
            }
        }
        return token.substring(0, 1).toUpperCase(Locale.ROOT) + token.substring(1);
    }

    /** The shortest run of the words whose letters, run together, start with the domain token, and its legal form. */
    private String nameStartingWith(String words, String token) {
        StringBuilder letters = new StringBuilder();
        String[] parts = words.split("\\s+");
        for (int i = 0; i < parts.length; i++) {
            letters.append(NOT_LETTER_OR_DIGIT.matcher(parts[i].toLowerCase(Locale.ROOT)).replaceAll(""));
            if (letters.length() >= token.length()) {
                if (!letters.toString().startsWith(token)) {
                    return null;
                }
                int end = i;
                if (i + 1 < parts.length && shape.endsWithLegalForm(parts[i + 1]) && shape.isOrganisation(parts[i + 1])) {
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
        } else if (h.sentAsWritten() != null) {
            out.add("Sent: " + h.sentAsWritten());
        }
        if (h.subject() != null) {
            out.add("Subject: " + h.subject());
        }
        return String.join(" | ", out);
    }
}
