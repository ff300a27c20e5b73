package io.poerules.map;

import io.poerules.extract.DocumentPart;
import io.poerules.fact.Evidence;
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
 * the name, title and date lines that follow (blank lines between them do not matter; a stamp's name
 * and bare date lines below "DocuSigned by:" belong to it), up to a second
 * signature or acceptance line or a line that is no field of a block. A block is signed when its
 * signature holds a name or an electronic signature, or when both name and date are filled in; a block
 * of blank lines is unsigned. Its party comes from the labels and names in and just above the block,
 * never from the block before it; an acceptance block of unknown party is the customer's.
 */
final class SignatureDetector implements PartDetector {

    private static final Pattern CELL_BREAK = Pattern.compile("[\t" + DocumentPart.CELL_LINE_BREAK + "]");
    private static final Pattern NEXT_FIELD = Pattern.compile("\\t| {3,}");
    private static final Pattern PLACEHOLDER = Pattern.compile("^[\\s_.\\-–—\\[\\]()x/]*$|(?i)^\\[?(signature|sign here|name|date|title)\\]?$");
    private static final Pattern TITLE_OR_DATE = Pattern.compile(
            "(?i)(title|position|role|job title|company|organi[sz]ation|date|dated|date signed|on behalf of)\\s*:");
    private static final int CONTEXT_ABOVE = 3;
    private static final int TABLE_HEADER_ROWS = 2;
    private static final int BLOCK_LINES = 6;
    /** Lines of scan noise skipped between a signature line and the name or date below it. */
    private static final int MAX_NOISE_LINES = 4;

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
        List<PartText.Line> lines = text.lines().stream().filter(l -> !l.isBlank()).toList();
        int from = 0;
        int i = 0;
        while (i < lines.size()) {
            if (!isAnchorRow(text.raw(lines.get(i)))) {
                i++;
                continue;
            }
            int header = i;
            while (header > from && i - header < TABLE_HEADER_ROWS && SignatureTable.isRow(text.raw(lines.get(header - 1)))) {
                header--;
            }
            SignatureTable table = SignatureTable.at(text, lines, header, this::isBareLabel);
            if (table == null) {
                i++;
                continue;
            }
            scan(text, lines.subList(from, header), facts);
            Evidence rows = text.evidence(lines.get(table.firstLine()), lines.get(table.lastLine()));
            for (List<String> column : table.columns()) {
                scan(column, (a, b) -> new Evidence(String.join(" ", column.subList(a, b + 1)), rows.start(),
                        rows.end(), rows.page(), rows.part(), rows.source(), rows.ocr()), facts);
            }
            from = table.lastLine() + 1;
            i = from;
        }
        scan(text, lines.subList(from, lines.size()), facts);
    }

    private void scan(PartText text, List<PartText.Line> lines, MappedFacts facts) {
        scan(lines.stream().map(PartText.Line::text).toList(),
                (a, b) -> text.evidence(lines.get(a), lines.get(b)), facts);
    }

    /** Evidence for the lines {@code a} to {@code b} of a scan. */
    private interface EvidenceOf {
        Evidence of(int a, int b);
    }

    /** Finds the blocks in a sequence of lines: the document's, or one column of a signature table. */
    private void scan(List<String> lines, EvidenceOf evidence, MappedFacts facts) {
        int previousEnd = -1;
        int i = 0;
        while (i < lines.size()) {
            if (!isAnchor(lines.get(i))) {
                i++;
                continue;
            }
            Block block = readBlock(lines, i);
            PartyRole role = roleOf(lines, previousEnd + 1, i, block.end(), block.acceptance(), facts);
            int caption = i > previousEnd + 1 && !isField(lines.get(i - 1)) ? i - 1 : i;
            facts.add(new SignatureBlock(role, block.signed(), block.signer(), block.date(),
                    evidence.of(caption, block.end())));
            previousEnd = block.end();
            i = block.end() + 1;
        }
    }

    /** Whether a table row has a signature, acceptance or electronic-signature cell or label. */
    private boolean isAnchorRow(String raw) {
        if (raw.indexOf('\t') < 0) {
            return false;
        }
        for (String cell : CELL_BREAK.split(raw)) {
            if (isAnchor(cell.strip()) || signatureLabels.matches(cell) && isBareLabel(cell.strip())) {
                return true;
            }
        }
        return false;
    }

    /** A cell that is only a field label ("Signature", "Name:", "Date"), its value in the next cell. */
    private boolean isBareLabel(String cell) {
        String label = SignatureTable.TRAILING_COLON.matcher(cell).replaceFirst("").strip();
        if (label.isEmpty()) {
            return false;
        }
        for (PhraseMatcher labels : List.of(signatureLabels, nameLabels, acceptanceLabels)) {
            PhraseMatcher.Match m = labels.findStartingBy(label, 0);
            if (m != null && m.end() == label.length()) {
                return true;
            }
        }
        return TITLE_OR_DATE.matcher(label + ":").matches();
    }

    /** What a block holds. @param end index of its last line */
    private record Block(int end, boolean acceptance, boolean signed, String signer, LocalDate date) {
    }

    /**
     * Reads the block that starts at an anchor line: the signature, acceptance, name, title and date
     * lines that follow, up to a second signature or acceptance line, or a line that is no field.
     */
    private Block readBlock(List<String> lines, int first) {
        boolean signatureSeen = false;
        boolean acceptanceSeen = false;
        boolean signedMark = false;
        String signer = null;
        String name = null;
        LocalDate date = null;
        int end = first;
        int last = Math.min(lines.size() - 1, first + BLOCK_LINES - 1);
        int noise = 0;
        for (int j = first; j <= last; j++) {
            String line = lines.get(j);
            if (j > first && name == null && date == null && noise < MAX_NOISE_LINES && isScanNoise(line)
                    && nameOrDateFollows(lines, j)) {
                noise++;
                last = Math.min(lines.size() - 1, last + 1);
                continue;
            }
            String signature = labelledValue(signatureLabels, line);
            String accepted = acceptanceValue(line);
            PhraseMatcher.Match esign = electronic.find(line);
            if (j > first && (signature != null && signatureSeen || accepted != null && acceptanceSeen
                    || !isField(line))) {
                break;
            }
            end = j;
            signatureSeen |= signature != null || esign != null;
            acceptanceSeen |= accepted != null;
            if (esign != null) {
                signedMark = true;
                String after = line.substring(esign.end()).replaceFirst("^[:\\s]+", "");
                if (after.isEmpty() && j < last && !isField(lines.get(j + 1))) {
                    signer = PartyDetector.cleanName(lines.get(j + 1));
                    end = ++j;
                    continue;
                }
                signer = PartyDetector.cleanName(after);
            } else if (filled(signature)) {
                signedMark = true;
                signer = signer == null ? PartyDetector.cleanName(signature) : signer;
            }
            String n = labelledValue(nameLabels, line);
            if (filled(n)) {
                name = PartyDetector.cleanName(n);
            }
            if (filled(accepted) && name == null) {
                name = nameBeforeDate(accepted);
            }
            if (date == null) {
                date = dateIn(line);
            }
        }
        boolean signed = signedMark || name != null && date != null;
        if (name != null && signer != null && !looksLikeName(signer)) {
            signer = name;
        }
        return new Block(end, acceptanceSeen, signed, signer != null ? signer : name, date);
    }

    /** The name in an acceptance value, before any date on the line ("Jane Doe, 14th March 2026" gives "Jane Doe"). */
    private static String nameBeforeDate(String value) {
        List<DateParser.Found> found = DateParser.findAll(value);
        String name = found.isEmpty() ? value : value.substring(0, found.get(0).start());
        name = name.replaceFirst("(?i)[\\s,;\\-–]*(?:on|dated|date)?[\\s,;:\\-–]*$", "");
        return filled(name) ? PartyDetector.cleanName(name) : null;
    }

    private boolean isAnchor(String line) {
        return labelledValue(signatureLabels, line) != null || acceptanceValue(line) != null || electronic.matches(line);
    }

    /** A line that can belong to a signature block: a signature, acceptance, name, title or date line. */
    /**
     * A line with fewer than three letters: blank, or what OCR makes of a hand-written signature's strokes
     * ("—", "a"). Between a signature line and the name and date below it, such lines do not end the block.
     */
    private static boolean isScanNoise(String line) {
        return line.codePoints().filter(Character::isLetter).count() < 3;
    }

    /** Whether the next line that is not noise, within a few lines, is a name, title or date field. */
    private boolean nameOrDateFollows(List<String> lines, int from) {
        for (int k = from + 1; k < lines.size() && k <= from + MAX_NOISE_LINES; k++) {
            if (!isScanNoise(lines.get(k))) {
                return !isAnchor(lines.get(k)) && isField(lines.get(k));
            }
        }
        return false;
    }

    /**
     * Whether a signature line's value reads as a name: more than one word, in mixed case. A scanned hand-written
     * signature read by OCR ("COON") does not; the block's name line then names the signer.
     */
    private static boolean looksLikeName(String value) {
        return value.strip().contains(" ") && value.chars().anyMatch(Character::isLowerCase);
    }

    private boolean isField(String line) {
        return isAnchor(line) || labelledValue(nameLabels, line) != null || TITLE_OR_DATE.matcher(line).lookingAt()
                || isBareDate(line);
    }

    /** A line that is a date, perhaps with a time after it: the date line of an electronic signature stamp. */
    private static boolean isBareDate(String line) {
        List<DateParser.Found> found = DateParser.findAll(line);
        return !found.isEmpty() && found.get(0).start() == 0
                && line.substring(found.get(0).end()).strip().split("\\s+").length <= 4;
    }

    /** The value of an acceptance line ("Approved by: Grace Liu" gives "Grace Liu"), or {@code null}. */
    private String acceptanceValue(String line) {
        String value = labelledValue(acceptanceLabels, line);
        if (value == null && startsWithPhrase(acceptanceLabels, line)) {
            return "";
        }
        return value;
    }

    private static LocalDate dateIn(String line) {
        List<DateParser.Found> found = DateParser.findAll(line);
        return found.isEmpty() ? null : found.get(0).date();
    }

    /**
     * Whether the line starts with a label of more than one word ("Approved by Jane Doe"): a one-word
     * label ("Accepted") counts only when a colon follows it, not at the start of any sentence.
     */
    private static boolean startsWithPhrase(PhraseMatcher labels, String line) {
        PhraseMatcher.Match m = labels.findStartingBy(line, 0);
        return m != null && m.start() == 0 && m.phrase().strip().contains(" ");
    }

    /** The text after a label at the start of the line ("Signature: ____" gives "____"), or {@code null}. */
    private static String labelledValue(PhraseMatcher labels, String line) {
        PhraseMatcher.Match m = labels.findStartingBy(line, 0);
        if (m == null) {
            return null;
        }
        String rest = line.substring(m.end()).strip();
        if (!rest.startsWith(":")) {
            return rest.isEmpty() || rest.startsWith("_") ? rest : null;
        }
        return NEXT_FIELD.split(rest.substring(1))[0].strip();
    }

    private static boolean filled(String value) {
        return value != null && !value.isBlank() && !PLACEHOLDER.matcher(value.strip()).matches()
                && value.chars().anyMatch(Character::isLetter);
    }

    private PartyRole roleOf(List<String> lines, int floor, int first, int last, boolean acceptance,
                             MappedFacts facts) {
        for (int j = first; j >= Math.max(floor, first - CONTEXT_ABOVE); j--) {
            PartyRole role = roleIn(lines.get(j), facts);
            if (role != PartyRole.UNKNOWN) {
                return role;
            }
        }
        for (int j = first + 1; j <= last; j++) {
            PartyRole role = roleIn(lines.get(j), facts);
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
