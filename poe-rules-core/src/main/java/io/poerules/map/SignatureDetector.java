package io.poerules.map;

import io.poerules.fact.Party;
import io.poerules.fact.PartyRole;
import io.poerules.fact.SignatureBlock;
import io.poerules.map.lexicon.PhraseMatcher;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds signature and acceptance blocks: a line labelled as a signature ("Signature:", "Signed:",
 * "By:"), an acceptance ("Accepted by:") or an electronic signature ("DocuSigned by:", "/s/"), with
 * the name, title and date lines that follow. A block is signed when its signature holds a name or an
 * electronic signature, or when both name and date are filled in; a block of blank lines is unsigned.
 * Its party comes from the labels and names in and just above the block.
 */
final class SignatureDetector implements PartDetector {

    private static final Pattern PLACEHOLDER = Pattern.compile("^[\\s_.\\-–—\\[\\]()x/]*$|(?i)^\\[?(signature|sign here|name|date|title)\\]?$");
    private static final int CONTEXT_ABOVE = 4;
    private static final int BLOCK_BELOW = 4;

    private final PhraseMatcher signatureLabels;
    private final PhraseMatcher nameLabels;
    private final PhraseMatcher acceptanceLabels;
    private final PhraseMatcher electronic;
    private final PhraseMatcher customerLabels;
    private final PhraseMatcher partnerLabels;

    SignatureDetector(List<String> signatureLabels, List<String> nameLabels, List<String> acceptanceLabels,
                      List<String> electronic, List<String> customerLabels, List<String> partnerLabels) {
        this.signatureLabels = PhraseMatcher.of(signatureLabels);
        this.nameLabels = PhraseMatcher.of(nameLabels);
        this.acceptanceLabels = PhraseMatcher.of(acceptanceLabels);
        this.electronic = PhraseMatcher.of(electronic);
        this.customerLabels = PhraseMatcher.of(customerLabels);
        this.partnerLabels = PhraseMatcher.of(partnerLabels);
    }

    @Override
    public void detect(PartText text, List<Sections.Span> sections, MappedFacts facts) {
        List<PartText.Line> lines = text.lines();
        int i = 0;
        while (i < lines.size()) {
            PartText.Line line = lines.get(i);
            String value = labelledValue(signatureLabels, line.text());
            boolean acceptance = labelledValue(acceptanceLabels, line.text()) != null
                    || startsWith(acceptanceLabels, line.text());
            PhraseMatcher.Match esign = electronic.find(line.text());
            if (value == null && !acceptance && esign == null) {
                i++;
                continue;
            }
            int last = Math.min(lines.size() - 1, i + BLOCK_BELOW);
            String signer = esign != null ? PartyDetector.cleanName(line.text().substring(esign.end()).replaceFirst("^[:\\s]+", ""))
                    : filled(value) ? PartyDetector.cleanName(value) : null;
            String name = null;
            LocalDate date = null;
            int end = i;
            for (int j = i; j <= last; j++) {
                PartText.Line l = lines.get(j);
                if (j > i && (labelledValue(signatureLabels, l.text()) != null || electronic.matches(l.text())
                        || startsWith(acceptanceLabels, l.text()))) {
                    break;
                }
                end = j;
                String n = labelledValue(nameLabels, l.text());
                if (n != null && filled(n)) {
                    name = PartyDetector.cleanName(n);
                }
                if (date == null) {
                    date = dateIn(l.text());
                }
                if (acceptance && j == i && name == null) {
                    String accepted = labelledValue(acceptanceLabels, l.text());
                    if (accepted != null && filled(accepted) && dateIn(accepted) == null) {
                        name = PartyDetector.cleanName(accepted);
                    }
                }
            }
            boolean signed = esign != null || filled(value) && signer != null || name != null && date != null;
            PartyRole role = roleOf(text, i, end, acceptance, facts);
            facts.add(new SignatureBlock(role, signed, signer != null ? signer : name, date,
                    text.evidence(i == 0 || lines.get(i - 1).isBlank() ? line : lines.get(i - 1), lines.get(end))));
            i = end + 1;
        }
    }

    private static LocalDate dateIn(String line) {
        List<DateParser.Found> found = DateParser.findAll(line);
        return found.isEmpty() ? null : found.get(0).date();
    }

    private static boolean startsWith(PhraseMatcher labels, String line) {
        PhraseMatcher.Match m = labels.find(line);
        return m != null && m.start() == 0;
    }

    /** The text after a label at the start of the line ("Signature: ____" gives "____"), or {@code null}. */
    private static String labelledValue(PhraseMatcher labels, String line) {
        PhraseMatcher.Match m = labels.find(line);
        if (m == null || m.start() > 0) {
            return null;
        }
        String rest = line.substring(m.end()).strip();
        if (!rest.startsWith(":")) {
            return rest.isEmpty() || rest.startsWith("_") ? rest : null;
        }
        return rest.substring(1).split("\\t| {3,}")[0].strip();
    }

    private static boolean filled(String value) {
        return value != null && !value.isBlank() && !PLACEHOLDER.matcher(value.strip()).matches()
                && value.chars().anyMatch(Character::isLetter);
    }

    private PartyRole roleOf(PartText text, int first, int last, boolean acceptance, MappedFacts facts) {
        List<PartText.Line> lines = text.lines();
        for (int j = first; j >= Math.max(0, first - CONTEXT_ABOVE); j--) {
            PartyRole role = roleIn(lines.get(j).text(), facts);
            if (role != PartyRole.UNKNOWN) {
                return role;
            }
            if (j < first && lines.get(j).isBlank() && j < first - 1) {
                break;
            }
        }
        for (int j = first + 1; j <= last; j++) {
            PartyRole role = roleIn(lines.get(j).text(), facts);
            if (role != PartyRole.UNKNOWN) {
                return role;
            }
        }
        return acceptance ? PartyRole.CUSTOMER : PartyRole.UNKNOWN;
    }

    private PartyRole roleIn(String line, MappedFacts facts) {
        boolean customer = customerLabels.matches(line);
        boolean partner = partnerLabels.matches(line);
        String lower = line.toLowerCase(Locale.ROOT);
        for (Party p : facts.ofType(Party.class)) {
            if (p.name() != null && lower.contains(p.name().toLowerCase(Locale.ROOT))) {
                customer |= p.role() == PartyRole.CUSTOMER;
                partner |= p.role() == PartyRole.PARTNER;
            }
        }
        if (customer == partner) {
            return PartyRole.UNKNOWN;
        }
        return customer ? PartyRole.CUSTOMER : PartyRole.PARTNER;
    }
}
