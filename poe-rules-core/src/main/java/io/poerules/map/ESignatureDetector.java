package io.poerules.map;

import io.poerules.fact.ESignature;
import io.poerules.map.lexicon.PhraseMatcher;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads electronic-signature certificates and audit trails appended to a document (DocuSign's "Certificate Of
 * Completion", Adobe Acrobat Sign's "Final Audit Report"): from a certificate's title to the end of the part,
 * each signer's email address with the events written next to it, up to the next address. A signer signed when an
 * event says so ("Document e-signed by", "Signed: 5/14/2026", "Signature Date"); one who was only sent the
 * document, or viewed it, did not. One {@link ESignature} per address, with the signature's date.
 */
final class ESignatureDetector implements PartDetector {

    private static final Pattern EMAIL = Pattern.compile("[\\w.+'\\-]+@([\\w\\-]+(?:\\.[\\w\\-]+)+)");
    private static final Pattern PERSON = Pattern.compile(
            "^\\p{Lu}[\\p{L}'’\\-]*(?:\\s+(?:(?:van|von|der|den|de|da|di|du|dos|das|del|la|le|bin|al)\\s+)*\\p{Lu}[\\p{L}.'’\\-]*){1,4}$");
    private static final int EVENT_LINES = 20;

    private final PhraseMatcher titles;
    private final PhraseMatcher signedWords;
    private final DateParser dates;

    ESignatureDetector(List<String> certificateTitles, List<String> signedWords, DateParser dates) {
        this.titles = PhraseMatcher.of(certificateTitles);
        this.signedWords = PhraseMatcher.of(signedWords);
        this.dates = dates;
    }

    @Override
    public void detect(PartText text, List<Sections.Span> sections, MappedFacts facts) {
        int title = SignatureWords.certificateStart(titles, text.text());
        if (title < 0) {
            return;
        }
        String s = text.text();
        List<Address> addresses = new ArrayList<>();
        Matcher m = EMAIL.matcher(s).region(title, s.length());
        while (m.find()) {
            addresses.add(new Address(m.start(), m.group(), m.group(1)));
        }
        Map<String, Event> byAddress = new LinkedHashMap<>();
        for (int i = 0; i < addresses.size(); i++) {
            Address at = addresses.get(i);
            PartText.Line line = text.lineAt(at.start());
            int windowEnd = s.length();
            for (int k = i + 1; k < addresses.size(); k++) {
                int next = text.lineAt(addresses.get(k).start()).start();
                if (next > line.start()) {
                    windowEnd = next;
                    break;
                }
            }
            int lastLine = Math.min(text.lines().size() - 1, line.index() + EVENT_LINES);
            windowEnd = Math.min(windowEnd, text.lines().get(lastLine).end());
            int windowStart = line.start();
            String window = s.substring(windowStart, Math.max(windowStart, windowEnd));
            String email = at.email().toLowerCase(Locale.ROOT);
            Event event = byAddress.computeIfAbsent(email, e -> new Event(e, at.domain().toLowerCase(Locale.ROOT)));
            if (event.signer == null) {
                event.signer = signerOf(text, line, at.start());
            }
            PhraseMatcher.Match signed = signedWords.find(window);
            if (signed != null && !event.signed) {
                event.signed = true;
                event.date = signatureDate(text, window);
                event.evidence = new int[] {windowStart, windowEnd};
            } else if (event.evidence == null) {
                event.evidence = new int[] {windowStart, windowEnd};
            }
        }
        for (Event e : byAddress.values()) {
            facts.add(new ESignature(e.signer, e.email, e.domain, null, e.signed, e.date,
                    text.evidence(e.evidence[0], e.evidence[1])));
        }
    }

    /**
     * The date of the signature an event records: the date right after a word of signing ("Signed: 5/14/2026",
     * "Signature Date: 2026-08-18"), else the first date after the first such word.
     */
    private LocalDate signatureDate(PartText text, String window) {
        List<PhraseMatcher.Match> words = signedWords.findAll(window);
        for (PhraseMatcher.Match m : words) {
            String after = window.substring(m.end(), Math.min(window.length(), m.end() + DATE_REACH));
            List<DateParser.Found> found = text.dates(dates, after);
            if (!found.isEmpty() && PartText.isOnlySpaceOr(after.substring(0, found.get(0).start()), ":|-–")) {
                return found.get(0).date();
            }
        }
        List<DateParser.Found> found = text.dates(dates, window.substring(words.get(0).start()));
        return found.isEmpty() ? null : found.get(0).date();
    }

    private static final int DATE_REACH = 40;


    private record Address(int start, String email, String domain) {
    }

    private static final class Event {
        final String email;
        final String domain;
        String signer;
        boolean signed;
        LocalDate date;
        int[] evidence;

        Event(String email, String domain) {
            this.email = email;
            this.domain = domain;
        }
    }

    /**
     * The signer's name: the words before the address on its line, after the event's words ("Document e-signed
     * by Marcus Oyelaran (moyelaran@...)"), or the cell above it when that is a person's name (a DocuSign signer).
     */
    private static String signerOf(PartText text, PartText.Line line, int addressStart) {
        String before = PartText.stripEnd(text.text().substring(line.start(), addressStart), "(<[:|,");
        String lower = before.toLowerCase(Locale.ROOT);
        int by = Math.max(lower.lastIndexOf("by "), lower.lastIndexOf("to "));
        String candidate = (by >= 0 ? before.substring(by + 3) : before).replaceFirst("^.*\\t", "").strip();
        if (PERSON.matcher(candidate).matches()) {
            return candidate;
        }
        int column = text.text().substring(line.start(), addressStart).split("\t", -1).length - 1;
        for (int k = line.index() - 1; k >= Math.max(0, line.index() - 2); k--) {
            String[] cells = text.lines().get(k).text().split("\t", -1);
            String above = column < cells.length ? cells[column].strip() : "";
            if (PERSON.matcher(above).matches()) {
                return above;
            }
            if (!above.isEmpty()) {
                return null;
            }
        }
        return null;
    }
}
