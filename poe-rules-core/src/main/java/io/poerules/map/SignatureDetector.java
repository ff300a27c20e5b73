package io.poerules.map;

import io.poerules.extract.DocumentPart;
import io.poerules.fact.Evidence;
import io.poerules.fact.MentionKind;
import io.poerules.fact.PartyMention;
import io.poerules.fact.PartyRole;
import io.poerules.fact.SignatureBlock;
import io.poerules.map.lexicon.PhraseGroups;
import io.poerules.map.lexicon.PhraseMatcher;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds signature and acceptance blocks: a line labelled as a signature ("Signature:", "By:", "Unterschrift"),
 * an acceptance ("Accepted by:", "Bon pour accord") or an electronic signature ("DocuSigned by:", "/s/"), with
 * the name, title, company and date lines that follow (blank lines between them do not matter; a stamp's name
 * and bare date lines below "DocuSigned by:" belong to it), up to a second signature or acceptance line or a
 * line that is no field of a block. Blocks side by side are read one column at a time ({@link SignatureTable}).
 *
 * <p>A block is signed when its signature line holds a name, a mark or an electronic signature, when an
 * e-signature stamp ("Jane Doe (Aug 18, 2026 10:22 MDT)") stands above it, or when both its name and its date
 * are filled in (a signature pasted as an image leaves no text); a name pre-printed under a blank signature
 * line, with no date, is not signed. What the block says of its party: the role its labels give ("Customer
 * Signature", "For the Client", an acceptance, which only a customer gives), and the organisation it is
 * signed for, from the company name above it, in its column or after "for and on behalf of", which also
 * becomes a {@link MentionKind#SIGNATURE} mention. Never from the block before it.
 */
final class SignatureDetector implements PartDetector {

    private static final Pattern LEADING_COLONS = Pattern.compile("^[:\\s]+");
    /** A line left blank for a signature: underscores, dots, an ellipsis. */
    private static final Pattern BLANK_MARKS = Pattern.compile("[_.…\\s]+");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s:,\\-–]+");
    private static final Pattern LEADING_OF = Pattern.compile("^(?i)(?:of|von|de|di|van)\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s:,.;]+$");
    private static final Pattern ARTICLE_BEFORE_NAME = Pattern.compile(
            "^(?:[Tt]he|[Dd]er|[Dd]ie|[Dd]as|[Ll]e|[Ll]a|[Ll]es|[Ee]l|[Ll]os|[Ll]as|[Ii]l|[Ll]o|[Dd]e|[Hh]et)\\s+(?=\\p{Lu})");
    private static final Pattern ONE_CAPITALISED_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\-]+");
    private static final Pattern BEFORE_DATE = Pattern.compile("[\\s,;(\\-–]+$");
    private static final Pattern QUOTES_AROUND = Pattern.compile("^[\"“'‘]+|[\"”'’,;:(]+$");
    private static final Pattern BLANK_FIELD = Pattern.compile("[_ .\\-]+");
    /** A surname that starts with a particle in lower case ("van Dijk"). */
    private static final Pattern NAME_PARTICLE = Pattern.compile("(?:van|von|de|der|da|di|du|le|la)\\s+\\p{Lu}.*");
    private static final Pattern NO_VALUE = Pattern.compile("(?i)(tbd|n/?a|none|\\[.*\\])");
    private static final Pattern FIELD_END = Pattern.compile("[\t,;]");
    /** The words that lead from a name to its date ("on", "dated", "le"). */
    private static final Pattern DATE_LEAD_IN = Pattern.compile(
            "(?i)[\\s,;\\-–]*(?:on|dated|date|le|am|el|il|op)?[\\s,;:\\-–]*$");
    private static final Pattern NAME_PARTS = Pattern.compile("[\\s.]+");
    private static final Pattern OPTIONAL_DOT = Pattern.compile("[.]?");
    private static final Pattern LEADING_STOPS = Pattern.compile("^[,;.!]+\\s*");
    private static final Pattern LEADING_FOR = Pattern.compile("^(?i)(?:of|for|du|de|del|della|des|der|van|von)\\s+");
    /** A slash between spaces, as between two labels or roles in one cell ("Customer / Client"). */
    private static final Pattern SLASH = Pattern.compile("\\s+/\\s+");

    private static final Pattern CELL_BREAK = Pattern.compile("[\t" + DocumentPart.CELL_LINE_BREAK + "]");
    private static final Pattern NEXT_FIELD = Pattern.compile("\\t| {3,}");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "^[\\s_.\\-–—\\[\\]()x/]*$|(?i)^\\[?(signature|sign here|name|date|title|unterschrift|firma|signature du client)\\]?$");
    /** What ends a caption's party: the next cell, or a dash before more words ("Pour le Client – « Bon pour accord »"). */
    private static final Pattern CAPTION_END = Pattern.compile("\\t|\\s+[–—|]\\s+|\\s+-\\s+");
    /** A line in quotation marks, as the words a customer writes by hand ("« Lu et approuvé, bon pour accord »"). */
    private static final Pattern QUOTED = Pattern.compile("^\\s*[«\"“„‘']\\s*(.*?)\\s*[»\"”“’']?\\s*$");
    /** A signature as initials and a surname ("U. Kesselbach", "J.-P. Morel"). */
    private static final Pattern SIGNED_INITIALS = Pattern.compile(
            "(?:\\p{Lu}\\.[\\s\\-]?){1,3}(?:(?:van|von|de|der|den|da|di|du|dos|le|la|del)\\s+)*\\p{Lu}[\\p{L}'’\\-]+");
    /** The envelope id an e-signature prints under its stamp ("7F3A9C21B04E4D1..."): hexadecimal, with digits. */
    private static final Pattern ENVELOPE_ID = Pattern.compile("(?=[0-9A-F\\-]*\\d)[0-9A-F]{8}[0-9A-F\\-]*(?:\\.{2,}|…|\\s|$)");
    /** An e-signature stamp under a drawn signature: a name and, in parentheses, when it was signed. */
    private static final Pattern STAMP = Pattern.compile("^(\\p{Lu}[\\p{L} .'’\\-]{1,60}?)\\s*\\(([^()]*\\d{4}[^()]*)\\)\\s*$");
    /** The rest of a label in two words or languages: "Name / title:", "Datum / Date:", "Plaats, datum / Place, date:". */
    private static final Pattern COMPOUND_LABEL = Pattern.compile("^\\s*[/&+]\\s*[\\p{L}][\\p{L}'’, ]{0,24}?(?=\\s*:)");
    /** The second word of a label joined by a conjunction: "cachet" of "Signature et cachet:", "timbre" of "Firma y timbre⇥". */
    private static final Pattern SECOND_WORD = Pattern.compile("^\\s*[\\p{L}][\\p{L}'’ ]{0,24}?(?=\\s*:|\\t)");
    /** The one word that ends a label in a cell of its own: "aprobación" of "Fecha aprobación". */
    private static final Pattern LABEL_WORD = Pattern.compile("\\p{L}{4,}");
    /** What separates a person's name from their title on one line: "Rodrigo Fuentes · Gerente", "Jane Doe | CIO". */
    private static final Pattern FIELD_SEPARATOR = Pattern.compile("\\s+[·|]\\s+");
    private static final int CONTEXT_ABOVE = 3;
    /** The most words of a cell that captions a block ("Signed for and on behalf of the Supplier"). */
    private static final int MAX_CAPTION_WORDS = 12;
    /** The most words of a value under its label. */
    private static final int MAX_VALUE_WORDS = 8;
    /** A place before a comma: "Tamarana, ", "São Paulo, ", "Frankfurt am Main, ". */
    private static final Pattern PLACE_COMMA =
            Pattern.compile("^\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+[\\p{L}'’.\\-]+){0,3}\\s*,\\s*");
    /** What may stand between a place's comma and its date: nothing, or a word of up to three letters ("a", "le"). */
    private static final Pattern SHORT_WORD = Pattern.compile("\\s*(?:\\p{L}{1,3}\\s+)?");
    /** The cue of a caption that is only a name above the block, with no words that say for whom it is signed. */
    private static final String ABOVE = "above the signature";
    /** Field lines above a block's signature line that belong to it ("Company", "Name", "Title", "Date"). */
    private static final int FIELDS_ABOVE = 5;
    /** Rows above a table's signature row that belong to it: its captions, the signers' names and stamps. */
    private static final int TABLE_HEADER_ROWS = 3;
    /** Rows of a label column ("Name | Jane Doe") above a table's signature row that belong to it. */
    private static final int FIELD_ROWS_ABOVE = 6;
    private static final int BLOCK_LINES = 7;
    /** Lines of scan noise skipped between a signature line and the name or date below it. */
    private static final int MAX_NOISE_LINES = 4;

    private final SignatureWords words;
    /** The e-signature markers' list in {@link #shared}. */
    private final SharedPhrases shared;
    private final int electronicList;
    /** The labels of a block's fields (signature, name, acceptance, title, date, company), searched together. */
    private final PhraseGroups blockLabels;
    private final RoleWords roles;
    private final OrganisationShape shape;
    private final DateParser dates;
    /** This detector with the labels that are both a signature's and a company's read as a company's, or null. */
    private final SignatureDetector companyLabelsFirst;

    SignatureDetector(SignatureWords words, RoleWords roles, OrganisationShape shape, DateParser dates) {
        this(words, roles, shape, dates, new SharedPhrases());
        shared.freeze();
    }

    /**
     * As the constructor above; registers the e-signature markers with {@code shared}, frozen before the first
     * {@link #detect}: a part without one has no line to look for them in.
     */
    SignatureDetector(SignatureWords words, RoleWords roles, OrganisationShape shape, DateParser dates,
                      SharedPhrases shared) {
        this(words, roles, shape, dates, shared, shared.add(words.electronic().phrases()));
    }

    private SignatureDetector(SignatureWords words, RoleWords roles, OrganisationShape shape, DateParser dates,
                              SharedPhrases shared, int electronicList) {
        this.shared = shared;
        this.electronicList = electronicList;
        this.words = words;
        this.blockLabels = PhraseGroups.of(Stream.of(words.signature(), words.name(), words.acceptance(),
                words.title(), words.date(), words.company()).map(PhraseMatcher::phrases).toList());
        this.roles = roles;
        this.shape = shape;
        this.dates = dates;
        SignatureWords companies = words.withCompanyLabelsAsCompanies();
        this.companyLabelsFirst = companies == words ? null
                : new SignatureDetector(companies, roles, shape, dates, shared, electronicList);
    }

    /**
     * Reads a part's blocks. Where a label is both a signature's and a company's ("Firma"), a part that also has
     * other signature labels ("Unterschrift") uses it for the company.
     */
    @Override
    public void detect(PartText text, List<Sections.Span> sections, MappedFacts facts) {
        if (companyLabelsFirst != null && companyLabelsFirst.hasSignatureLabel(text)) {
            companyLabelsFirst.read(text, facts);
        } else {
            read(text, facts);
        }
    }

    private boolean hasSignatureLabel(PartText text) {
        for (PartText.Line line : text.lines()) {
            for (PartText.Cell cell : text.cells(line)) {
                if (labelledValue(words.signature(), cell.text().strip()) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    private void read(PartText text, MappedFacts facts) {
        Reading order = new Reading(() -> text.dateOrder(dates), text.part().hasOcr(),
                acceptsForOneOrganisation(text.lines()), !shared.findAll(text, electronicList).isEmpty(), new HashMap<>());
        int certificate = words.certificateStart(text.text());
        int certificateStart = certificate < 0 ? Integer.MAX_VALUE : certificate;
        List<PartText.Line> lines = text.lines().stream().filter(l -> !l.isBlank() && l.start() < certificateStart)
                .toList();
        int from = 0;
        int i = 0;
        SignatureTable.Fields fields = new SignatureTable.Fields() {
            @Override
            public boolean isLabel(String cell) {
                return isBareLabel(cell);
            }

            @Override
            public boolean isField(String line) {
                return SignatureDetector.this.isField(line);
            }

            @Override
            public String labelOf(String line) {
                return fieldLabel(line);
            }

            @Override
            public boolean isSignatureLabel(String cell) {
                return isBareLabel(cell) && labelledValue(words.signature(), cell) != null;
            }
        };
        while (i < lines.size()) {
            boolean captionRow = isCaptionRow(text.raw(lines.get(i))) && opensBlocks(text, lines, i + 1);
            if (!captionRow && !isAnchorRow(text.raw(lines.get(i)), order.electronic())) {
                i++;
                continue;
            }
            int header = i;
            while (!captionRow && header > from && i - header < FIELD_ROWS_ABOVE && isLabelRow(text.raw(lines.get(header - 1)))) {
                header--;
            }
            for (int extra = 0; !captionRow && header > from && extra < TABLE_HEADER_ROWS
                    && SignatureTable.isRow(text.raw(lines.get(header - 1))); extra++) {
                header--;
            }
            SignatureTable table = SignatureTable.at(text, lines, header, fields);
            if (table == null || table.columns().size() < 2) {
                i++;
                continue;
            }
            List<String> textAbove = lines.subList(from, header).stream().map(PartText.Line::text).toList();
            List<String> captions = columnCaptions(textAbove, table.columns().size());
            int heading = captions.isEmpty() && isOnePartys(table) ? partyHeading(textAbove) : -1;
            int above = heading >= 0 ? from + heading
                    : header - (captions.isEmpty() ? 0 : captionLines(textAbove, captions.size()));
            scan(text, lines.subList(from, above), order, facts);
            Evidence rows = text.evidence(lines.get(above), lines.get(table.lastLine()));
            MappedFacts columns = heading >= 0 ? new MappedFacts() : facts;
            for (int c = 0; c < table.columns().size(); c++) {
                List<String> column = new ArrayList<>(table.columns().get(c));
                if (!captions.isEmpty()) {
                    column.add(0, captions.get(c));
                }
                scanColumn(column, (a, b) -> new Evidence(String.join(" ", column.subList(a, b + 1)), rows.start(),
                        rows.end(), rows.page(), rows.part(), rows.source(), rows.ocr()), order, columns);
            }
            if (heading >= 0) {
                onePartysBlock(textAbove.subList(heading, textAbove.size()), table, columns, rows, order, facts);
            }
            from = table.lastLine() + 1;
            i = from;
        }
        scan(text, lines.subList(from, lines.size()), order, facts);
    }

    private void scan(PartText text, List<PartText.Line> lines, Reading order, MappedFacts facts) {
        scan(lines.stream().map(PartText.Line::text).toList(),
                (a, b) -> text.evidence(lines.get(a), lines.get(b)), order, facts);
    }

    /** Evidence for the lines {@code a} to {@code b} of a scan. */
    private interface EvidenceOf {
        Evidence of(int a, int b);
    }

    /** Finds the blocks in a sequence of lines: the document's, or one column of a signature table. */
    private void scan(List<String> written, EvidenceOf writtenEvidence, Reading order, MappedFacts facts) {
        scan(written, writtenEvidence, order, facts, CONTEXT_ABOVE);
    }

    /** One party's column of a signature table: all its lines above a block are the block's context. */
    private void scanColumn(List<String> column, EvidenceOf evidence, Reading order, MappedFacts facts) {
        scan(column, evidence, order, facts, column.size());
    }

    /** As {@link #scan(List, EvidenceOf, Reading, MappedFacts)}, with the lines above a block that say whose it is. */
    private void scan(List<String> written, EvidenceOf writtenEvidence, Reading order, MappedFacts facts,
                      int contextAbove) {
        List<String> lines = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        boolean[] labelled = new boolean[written.size()];
        for (int k = 0; k < written.size(); k++) {
            labelled[k] = mayHoldLabel(written.get(k), order.electronic());
        }
        foldLabelsAbove(written, labelled, lines, spans);
        EvidenceOf evidence = (a, b) -> writtenEvidence.of(spans.get(a)[0], spans.get(b)[1]);
        int previousEnd = -1;
        int i = 0;
        while (i < lines.size()) {
            // a block opens at a label (its own, or the name label below a signed name)
            if (!mayHoldLabel(labelled, spans, i) && !(i + 1 < lines.size() && mayHoldLabel(labelled, spans, i + 1))) {
                i++;
                continue;
            }
            Interleaved table = isBareLabel(lines.get(i).strip()) ? labelColumn(lines, i) : null;
            if (table == null && (!isAnchor(lines.get(i), order.electronic()) && !isSignedOverItsName(lines, i)
                    || isAcceptanceHeading(lines, i))) {
                i++;
                continue;
            }
            table = table != null ? table : interleaved(lines, i);
            if (table != null) {
                int top = Math.max(previousEnd + 1, i - table.columns().size());
                List<String> captions = columnCaptions(lines.subList(top, i), table.columns().size());
                int from = captions.isEmpty() ? i : i - captionLines(lines.subList(top, i), captions.size());
                Evidence rows = evidence.of(from, table.end());
                for (int c = 0; c < table.columns().size(); c++) {
                    List<String> column = new ArrayList<>(table.columns().get(c));
                    if (!captions.isEmpty()) {
                        column.add(0, captions.get(c));
                    }
                    scanColumn(column, (a, b) -> new Evidence(String.join(" ", column.subList(a, b + 1)), rows.start(),
                            rows.end(), rows.page(), rows.part(), rows.source(), rows.ocr()), order, facts);
                }
                previousEnd = table.end();
                i = table.end() + 1;
                continue;
            }
            boolean signedAbove = isSignedAboveLabel(lines, i, previousEnd);
            int fieldsAbove = signedAbove ? i - 1 : i;
            while (fieldsAbove - 1 > previousEnd && i - fieldsAbove < FIELDS_ABOVE && isField(lines.get(fieldsAbove - 1))
                    && !isAnchor(lines.get(fieldsAbove - 1))) {
                fieldsAbove--;
            }
            Block block = readBlock(lines, fieldsAbove, i, order);
            if (signedAbove) {
                block = new Block(Math.max(block.end(), i + 1), block.acceptance(), true,
                        shape.personName(lines.get(i + 1).strip()), block.date());
            }
            int top = Math.max(previousEnd + 1, fieldsAbove - contextAbove);
            Stamp stamp = stampAbove(lines, top, i, order);
            PartyRole role = roleOf(lines, top, i, block.end(), block.acceptance() && order.acceptanceIsCustomers(), order);
            Caption caption = captionOf(lines, top, fieldsAbove, i, block.end(), order);
            int first = caption != null ? Math.min(caption.line(), fieldsAbove) : stamp != null ? stamp.line() : fieldsAbove;
            if (first == fieldsAbove && fieldsAbove > previousEnd + 1 && !isField(lines.get(fieldsAbove - 1))) {
                first = fieldsAbove - 1;
            }
            boolean signed = block.signed() || stamp != null;
            String signer = block.signer() != null ? block.signer() : stamp == null ? null : stamp.signer();
            LocalDate date = block.date() != null ? block.date() : stamp == null ? null : stamp.date();
            if (date == null && signed) {
                date = placeAndDateAbove(lines, top, fieldsAbove, order);
            }
            Evidence where = evidence.of(first, block.end());
            String party = caption == null ? null : caption.name();
            facts.add(new SignatureBlock(role, signed, signer, date, party, null, where));
            if (party != null && !roles.isRoleWord(party) && shape.isOrganisation(party)) {
                facts.add(new PartyMention(party, MentionKind.SIGNATURE, role, caption.cue(), 0, where));
            }
            previousEnd = block.end();
            i = block.end() + 1;
        }
    }

    /**
     * The lines with each label that stands above its value joined to it ("SIGNATURE" over "G Trinh" reads
     * "SIGNATURE: G Trinh", as a spreadsheet's form puts them), with the span of written lines each line comes from.
     * Only where labels and values take turns: a label with two values or more under it heads a column of labels,
     * and one under a signed name is printed under its signature. Only a line that may hold a label ({@code
     * labelled}, as {@link #mayHoldLabel(String, boolean)} says) is read as one.
     */
    private void foldLabelsAbove(List<String> written, boolean[] labelled, List<String> lines, List<int[]> spans) {
        int i = 0;
        while (i < written.size()) {
            if (labelled[i] && isLabelAboveItsValue(written, i)) {
                lines.add(SignatureTable.withoutTrailingColon(written.get(i).strip()) + ": " + written.get(i + 1).strip());
                spans.add(new int[] {i, i + 1});
                i += 2;
            } else {
                lines.add(written.get(i));
                spans.add(new int[] {i, i});
                i++;
            }
        }
    }

    /**
     * Whether a written line is a bare label over its value, labels and values taking turns, and not a signature label
     * under a signed name.
     */
    private boolean isLabelAboveItsValue(List<String> written, int i) {
        String line = written.get(i).strip();
        boolean signedAbove = i > 0 && labelledValue(words.signature(), line) != null && !isField(written.get(i - 1))
                && isSignedName(written.get(i - 1));
        return i + 1 < written.size() && isBareLabel(line) && !signedAbove && isValueBelow(line, written.get(i + 1).strip())
                && (i + 2 >= written.size() || isBareLabel(written.get(i + 2).strip()));
    }

    /**
     * Whether a line can be the value of the label above it: a few words, no label, field or caption; an organisation
     * only under a company label (under "Conforme el cliente" it is the block's caption).
     */
    private boolean isValueBelow(String label, String line) {
        return !line.isEmpty() && PartText.wordCount(line) <= MAX_VALUE_WORDS && !isBareLabel(line) && !isField(line)
                && fieldLabel(line) == null && words.onBehalf().findStartingBy(line, 0) == null
                && (labelledValue(words.company(), label) != null || !shape.isOrganisation(line));
    }

    /** A signature table whose cells came out one per line, row by row. @param end index of its last line */
    private record Interleaved(List<List<String>> columns, int end) {
    }

    /**
     * The columns of a signature table that was flattened row by row, each cell on a line of its own (Tika's reading
     * of an RTF table): two to four lines with the same field label in a row ("By: /s/ A", "By: /s/ B"), then rows
     * of as many lines with the same label each ("Name: A", "Name: B"). {@code null} when the lines are no such table.
     */
    private Interleaved interleaved(List<String> lines, int first) {
        String label = fieldLabel(lines.get(first));
        if (label == null) {
            return null;
        }
        int k = 1;
        while (first + k < lines.size() && label.equals(fieldLabel(lines.get(first + k)))) {
            k++;
        }
        if (k < 2 || k > 4) {
            return null;
        }
        List<List<String>> columns = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            columns.add(new ArrayList<>());
        }
        int j = first;
        while (j + k <= lines.size()) {
            String rowLabel = fieldLabel(lines.get(j));
            boolean row = rowLabel != null;
            for (int c = 1; c < k && row; c++) {
                row = rowLabel.equals(fieldLabel(lines.get(j + c)));
            }
            if (!row) {
                break;
            }
            for (int c = 0; c < k; c++) {
                columns.get(c).add(lines.get(j + c));
            }
            j += k;
        }
        return j - first >= 2 * k ? new Interleaved(columns, j - 1) : null;
    }

    /**
     * The columns of a signature table with a column of labels that was flattened cell by cell (Tika's reading of a
     * PowerPoint table): a bare label ("Name"), then a value per party on lines of their own, then the next label
     * with as many values ("Title", ...), one of the labels a signature's. Each column reads as labelled fields
     * ("Name: Rebecca Tran"). {@code null} when the lines are no such table.
     */
    private Interleaved labelColumn(List<String> lines, int first) {
        List<List<String>> columns = null;
        boolean signature = false;
        int groups = 0;
        int j = first;
        while (j < lines.size() && isBareLabel(lines.get(j).strip())) {
            int k = j + 1;
            int most = columns == null ? 4 : columns.size();
            while (k < lines.size() && !isBareLabel(lines.get(k).strip()) && k - j <= most) {
                k++;
            }
            int values = k - j - 1;
            if (values < 2 || columns != null && values != columns.size()) {
                break;
            }
            if (columns == null) {
                columns = new ArrayList<>();
                for (int c = 0; c < values; c++) {
                    columns.add(new ArrayList<>());
                }
            }
            String label = SignatureTable.withoutTrailingColon(lines.get(j).strip());
            signature |= labelledValue(words.signature(), label) != null;
            for (int c = 0; c < values; c++) {
                columns.get(c).add(label + ": " + lines.get(j + 1 + c).strip());
            }
            groups++;
            j = k;
        }
        return groups >= 2 && signature ? new Interleaved(columns, j - 1) : null;
    }

    /** The label a field line starts with ("by", "name", "date"), lower case, or {@code null}. */
    private String fieldLabel(String line) {
        for (PhraseMatcher labels : List.of(words.signature(), words.name(), words.title(), words.date(),
                words.company(), words.acceptance())) {
            if (labelledValue(labels, line) != null) {
                PhraseMatcher.Match m = labels.findStartingBy(line, 0);
                return m.phrase().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /**
     * Whether a signature or a column of fields follows within a few lines (a signed name and a stamp may stand
     * between): the row above is the blocks' captions.
     */
    private boolean opensBlocks(PartText text, List<PartText.Line> lines, int from) {
        for (int k = from; k < lines.size() && k < from + TABLE_HEADER_ROWS; k++) {
            if (isAnchor(lines.get(k).text()) || isLabelRow(text.raw(lines.get(k))) || isFieldRow(text.raw(lines.get(k)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether each of a row's two or more cells is a field ("Name: Ilse Postma | Name: Pieter Zwart"). */
    private boolean isFieldRow(String raw) {
        List<String> cells = CELL_BREAK.splitAsStream(raw).map(String::strip).filter(c -> !c.isEmpty()).toList();
        return cells.size() >= 2 && cells.stream().allMatch(this::isField);
    }

    /**
     * Whether a line may hold a block's label where a label is read: a block label at its start (perhaps after a
     * quote), or, in a part with e-signature markers, a marker anywhere. A line that cannot is no signature,
     * acceptance or field label, and no bare label: it opens no block.
     */
    private boolean mayHoldLabel(String line, boolean electronic) {
        if (isQuoteAtStart(line)) {
            return true;
        }
        for (PhraseMatcher.Match m : blockLabels.findStartingBy(line.strip(), 0)) {
            if (m != null && m.start() == 0) {
                return true;
            }
        }
        return electronic && words.electronic().matches(line);
    }

    /** As {@link #mayHoldLabel(String, boolean)}, for a line of a scan: a label folded with its value holds one. */
    private static boolean mayHoldLabel(boolean[] labelled, List<int[]> spans, int line) {
        int[] span = spans.get(line);
        return span[1] > span[0] || labelled[span[0]];
    }

    /** Whether a row is a field of a column of labels: its first filled cell a bare label, another filled. */
    private boolean isLabelRow(String raw) {
        List<String> cells = CELL_BREAK.splitAsStream(raw).map(String::strip).filter(c -> !c.isEmpty()).toList();
        return cells.size() >= 2 && isBareLabel(cells.get(0)) && !isAnchor(cells.get(0));
    }

    /** Whether a row's cells are each the caption of a block ("Signed for and on behalf of the Supplier | ..."). */
    private boolean isCaptionRow(String raw) {
        if (raw.indexOf('\t') < 0) {
            return false;
        }
        List<String> cells = CELL_BREAK.splitAsStream(raw).map(String::strip).filter(c -> !c.isEmpty()).toList();
        return cells.size() >= 2 && cells.stream().allMatch(SignatureDetector::mayBeCaption)
                && cells.stream().allMatch(this::isColumnCaption);
    }

    /** Whether a cell is short enough and without figures to be a block's caption: a data table's cells are not. */
    private static boolean mayBeCaption(String cell) {
        return PartText.wordCount(cell) <= MAX_CAPTION_WORDS && cell.chars().noneMatch(Character::isDigit);
    }

    /** Whether a cell captions the block under it: a caption, or a party's role word alone. */
    private boolean isColumnCaption(String cell) {
        return captionIn(cell, 0, false) != null || isRoleHeading(cell);
    }

    /** Whether a cell is only a party's role word, perhaps in two languages ("Opdrachtgever / Client"). */
    private boolean isRoleHeading(String cell) {
        String c = SignatureTable.withoutTrailingColon(cell).strip();
        return !c.isEmpty() && Arrays.stream(SLASH.split(c)).allMatch(roles::isRoleWord)
                && roles.roleIn(c) != PartyRole.UNKNOWN;
    }

    /**
     * Whether a table row of the part has a signature, acceptance or electronic-signature cell or label; e-signature
     * markers looked for only when the part has one.
     */
    private boolean isAnchorRow(String raw, boolean electronic) {
        if (raw.indexOf('\t') < 0) {
            return false;
        }
        for (String cell : CELL_BREAK.split(raw)) {
            if (isAnchor(cell.strip(), electronic) || words.signature().matches(cell) && isBareLabel(cell.strip())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether what follows a label in its cell is the rest of the label: a second word after a conjunction ("Firma y
     * timbre") or one word that says which ("Fecha aprobación", "Date signed").
     */
    private boolean isLabelsRest(String rest) {
        String r = rest.strip();
        PhraseMatcher.Match and = words.conjunctions().findStartingBy(r, 0);
        if (and != null && and.start() == 0 && and.end() < r.length()) {
            r = r.substring(and.end()).strip();
        }
        return Character.isWhitespace(rest.charAt(0)) && LABEL_WORD.matcher(r).matches();
    }

    /** A cell that is only a field label ("Signature", "Name:", "Date"), its value in the next cell. */
    private boolean isBareLabel(String cell) {
        String label = SignatureTable.withoutTrailingColon(cell).strip();
        if (label.isEmpty()) {
            return false;
        }
        for (PhraseMatcher.Match m : blockLabels.findStartingBy(label, 0)) {
            if (m != null && m.start() == 0 && (m.end() == label.length() || isLabelsRest(label.substring(m.end())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * How a part is read: the order of day and month in its dates (worked out when a date needs it), whether its
     * text was read by OCR (then a hand-written signature and a printed name can stand unlabelled under the signature
     * label), whether an acceptance is the customer's (not where the part accepts for two organisations: "Accepted
     * for" over each party's block), and whether it has an e-signature marker anywhere.
     *
     * @param captions the caption of each line read so far above a block, by the line, as {@link #captionAbove} gives it
     */
    private record Reading(Supplier<DateParser.Order> order, boolean ocr, boolean acceptanceIsCustomers,
                           boolean electronic, Map<String, Optional<Caption>> captions) {
    }

    /** Whether the acceptances of a part name one organisation at most. */
    private boolean acceptsForOneOrganisation(List<PartText.Line> lines) {
        Set<String> names = new HashSet<>();
        for (PartText.Line line : lines) {
            String accepted = acceptanceValue(line.text().strip());
            String name = accepted == null || accepted.isEmpty() ? null : shape.nameAt(accepted);
            if (name != null && shape.isOrganisation(name)) {
                names.add(name.toLowerCase(Locale.ROOT));
            }
        }
        return names.size() < 2;
    }

    /** What a block holds. @param end index of its last line */
    private record Block(int end, boolean acceptance, boolean signed, String signer, LocalDate date) {
    }

    /**
     * Reads the block that starts at an anchor line: the signature, acceptance, name, title, company and date
     * lines that follow, up to a second signature or acceptance line, or a line that is no field.
     */
    private Block readBlock(List<String> lines, int first, int anchor, Reading order) {
        boolean signatureSeen = false;
        boolean acceptanceSeen = false;
        boolean signedMark = false;
        String signer = null;
        String name = null;
        String title = null;
        LocalDate date = null;
        int end = first;
        int last = Math.min(lines.size() - 1, anchor + BLOCK_LINES - 1);
        int noise = 0;
        boolean blankLine = false;
        boolean awaitingSignature = false;
        String signedBelow = null;
        for (int j = first; j <= last; j++) {
            String line = lines.get(j);
            if (j > anchor && awaitingSignature && !isField(line) && isSignedName(line)) {
                signedBelow = line.strip();
                awaitingSignature = false;
                end = j;
                continue;
            }
            if (j == anchor + 1 && awaitingSignature && !isField(line) && isCompanyLine(line)) {
                end = j;
                continue;
            }
            if (j > anchor && isStamp(line) && j + 1 < lines.size() && isAnchor(lines.get(j + 1))) {
                break;
            }
            if (j > anchor && name == null && date == null && noise < MAX_NOISE_LINES
                    && (isScanNoise(line) || order.ocr() && isUnlabelledWords(line)) && nameOrDateFollows(lines, j)) {
                noise++;
                last = Math.min(lines.size() - 1, last + 1);
                if (order.ocr() && isUnlabelledWords(line)) {
                    if (signatureSeen && !signedMark && !blankLine) {
                        signedMark = true;
                        signer = line.strip();
                    } else if (name == null) {
                        name = line.strip();
                    }
                }
                continue;
            }
            String signature = labelledValue(words.signature(), line);
            String accepted = acceptanceValue(line);
            PhraseMatcher.Match esign = words.electronic().find(line);
            if (j > anchor && (signature != null && signatureSeen || accepted != null && acceptanceSeen
                    || !isField(line) && !isPlaceCommaDate(line.strip()))) {
                break;
            }
            end = j;
            blankLine |= signature != null && !signature.isEmpty() && PartText.isOnlySpaceOr(signature, "_.");
            awaitingSignature = signature != null && signature.isEmpty() || j == anchor && accepted != null
                    && accepted.isEmpty();
            signatureSeen |= signature != null || esign != null;
            acceptanceSeen |= accepted != null;
            String afterMark = esign == null ? null : LEADING_COLONS.matcher(line.substring(esign.end())).replaceFirst("");
            if (esign != null && !afterMark.isEmpty() && BLANK_MARKS.matcher(afterMark).matches()) {
                blankLine = true;
            } else if (esign != null) {
                signedMark = true;
                String after = afterMark;
                if (after.isEmpty() && j < last && !isField(lines.get(j + 1))) {
                    signer = personName(lines.get(j + 1));
                    end = ++j;
                    continue;
                }
                signer = personName(after);
            } else if (filled(signature)) {
                signedMark = true;
                signer = signer == null ? personName(signature) : signer;
            }
            String n = labelledValue(words.name(), line);
            if (filled(n)) {
                name = personName(n);
            } else if (name == null && titledName(line) != null) {
                name = titledName(line);
            }
            String t = labelledValue(words.title(), line);
            if (filled(t)) {
                title = t;
            }
            if (filled(accepted) && name == null) {
                name = nameBeforeDate(accepted);
            }
            if (date == null) {
                date = dateIn(line, order);
            }
            if (j > anchor && isStamp(line)) {
                signedMark = true;
            }
        }
        if (signedBelow != null && date != null && !signedMark) {
            signedMark = true;
            signer = personName(signedBelow);
        }
        boolean signed = signedMark || date != null && (name != null || title != null);
        if (name != null && signer != null && !looksLikeName(signer)) {
            signer = name;
        }
        return new Block(end, acceptanceSeen, signed, signer != null ? signer : name, date);
    }

    /** An e-signature stamp above a block: who signed and when. */
    private record Stamp(int line, String signer, LocalDate date) {
    }

    private Stamp stampAbove(List<String> lines, int top, int anchor, Reading order) {
        for (int j = anchor - 1; j >= top; j--) {
            Matcher m = STAMP.matcher(lines.get(j).strip());
            if (m.matches()) {
                LocalDate date = dateIn(m.group(2), order);
                if (date != null) {
                    return new Stamp(j, m.group(1).strip(), date);
                }
            }
        }
        return null;
    }

    /** The organisation a block is signed for, as written, with the words that say so and the line it is on. */
    private record Caption(String name, String cue, int line) {
    }

    /**
     * The organisation a block is signed for: the nearest company name above it (perhaps after "for and on
     * behalf of"), or a company field or "Accepted for X" in it. A role word alone ("CUSTOMER", "the Supplier")
     * counts too: the defined term ties it to its party.
     */
    private Caption captionOf(List<String> lines, int top, int fields, int anchor, int end, Reading order) {
        for (int j = fields; j <= end; j++) {
            String company = labelledValue(words.company(), lines.get(j));
            String name = company == null ? null : shape.nameAt(company);
            if (name != null) {
                return new Caption(name, "company field", j);
            }
        }
        if (anchor + 1 <= end && isCompanyLine(lines.get(anchor + 1))) {
            return new Caption(shape.nameAt(lines.get(anchor + 1).strip()), "under the acceptance", anchor + 1);
        }
        for (int j = anchor; j >= top; j--) {
            if (j < anchor && j >= fields) {
                continue;
            }
            Caption c = j == anchor ? captionIn(lines.get(j), j, true) : captionAbove(lines.get(j), j, order);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /**
     * As {@code captionIn(line, index, false)}, read once for each line of a part: the lines above a block are read
     * for its role and again for its caption.
     */
    private Caption captionAbove(String line, int index, Reading order) {
        Caption c = order.captions().computeIfAbsent(line, l -> Optional.ofNullable(captionIn(l, index, false)))
                .orElse(null);
        return c == null || c.line() == index ? c : new Caption(c.name(), c.cue(), index);
    }

    private Caption captionIn(String line, int index, boolean anchorLine) {
        String text = line.strip();
        String cue = "";
        PhraseMatcher.Match behalf = words.onBehalf().findStartingBy(text, 0);
        PhraseMatcher.Match accepted = words.acceptance().findStartingBy(text, 0);
        PhraseMatcher.Match lead = behalf != null && behalf.start() == 0 ? behalf
                : accepted != null && accepted.start() == 0 ? accepted : null;
        if (lead != null) {
            cue = lead.phrase();
            text = LEADING_PUNCTUATION.matcher(text.substring(lead.end())).replaceFirst("");
            if (lead == accepted && startsWithPerson(text)) {
                return null;
            }
        } else if (anchorLine || isField(text) || STAMP.matcher(text).matches()) {
            return null;
        }
        text = CAPTION_END.split(LEADING_OF.matcher(text).replaceFirst(""))[0].strip();
        if (roles.isRoleWord(text)) {
            return new Caption(TRAILING_PUNCTUATION.matcher(text).replaceAll(""), cue.isEmpty() ? ABOVE : cue, index);
        }
        if (lead != null) {
            text = ARTICLE_BEFORE_NAME.matcher(text).replaceFirst("");
            if (ONE_CAPITALISED_WORD.matcher(text).matches()) {
                return new Caption(text, cue, index);
            }
        }
        String name = shape.nameAt(text);
        if (name == null || isField(name) || isBareLabel(name) || ENVELOPE_ID.matcher(name).lookingAt()) {
            return null;
        }
        boolean organisation = shape.isOrganisation(name) || roles.isRoleWord(name)
                || name.equals(name.toUpperCase(Locale.ROOT)) && name.chars().anyMatch(Character::isLetter);
        if (!organisation && lead == null || anchorLine && !organisation && !roles.isRoleWord(name)
                && PartText.wordCount(name) < 2) {
            return null;
        }
        if (!organisation && PartText.wordCount(name) > 6) {
            return null;
        }
        return new Caption(name, cue.isEmpty() ? ABOVE : cue, index);
    }

    /**
     * The captions of the columns of a signature table that has no header row: as many company names, each
     * perhaps wrapped over two lines, just above it, left column first ("COBALT RIDGE CONSULTING GROUP, / LLC",
     * then "LAKESHORE PRECISION CASTINGS, / INC."). Empty unless there are exactly that many.
     */
    private List<String> columnCaptions(List<String> above, int columns) {
        List<String> row = captionRow(above, columns);
        if (!row.isEmpty()) {
            return row;
        }
        List<String> names = new ArrayList<>();
        int j = above.size() - 1;
        while (j >= 0 && names.size() < columns) {
            String line = above.get(j).strip();
            if (isField(line) || line.endsWith(".") && !shape.endsWithLegalForm(line) || line.contains("\t")) {
                break;
            }
            if (shape.endsWithLegalForm(line) && PartText.wordCount(line) <= 2 && j > 0
                    && above.get(j - 1).strip().endsWith(",")) {
                line = above.get(j - 1).strip() + " " + line;
                j--;
            }
            String name = shape.nameAt(line);
            if (name == null || !(shape.isOrganisation(name) || roles.isRoleWord(name)
                    || name.equals(name.toUpperCase(Locale.ROOT)))) {
                break;
            }
            names.add(0, name);
            j--;
        }
        return names.size() == columns ? names : List.of();
    }

    /** Whether a table can be one party's fields side by side: one column at most has a signature or a caption. */
    private boolean isOnePartys(SignatureTable table) {
        long anchored = table.columns().stream().filter(c -> c.stream().anyMatch(this::isAnchor)).count();
        boolean captioned = table.columns().stream().anyMatch(c -> !c.isEmpty() && captionIn(c.get(0), 0, false) != null);
        return anchored <= 1 && !captioned;
    }

    /**
     * Where the heading of one party's block stands among the lines above a table whose columns have no captions
     * ("PER ACCETTAZIONE" over "Il Committente – Ceramiche Val di Brenta S.p.A."): an acceptance without a value or a
     * caption that says for whom, in the last lines; -1 when there is none. The table's columns are then that party's
     * fields, laid out side by side.
     */
    private int partyHeading(List<String> above) {
        for (int j = above.size() - 1; j >= Math.max(0, above.size() - CONTEXT_ABOVE); j--) {
            String line = above.get(j).strip();
            if (line.indexOf('\t') >= 0 || isField(line) && acceptanceValue(line) == null) {
                return -1;
            }
            String accepted = acceptanceValue(line);
            Caption caption = captionIn(line, j, false);
            if (accepted != null && accepted.isEmpty() || caption != null && !caption.cue().equals(ABOVE)) {
                return j;
            }
        }
        return -1;
    }

    /**
     * The blocks read from the columns of one party's table, as one block of the party its heading names, dated by
     * its blocks or else by a date field of its columns ("Luogo e data: Bassano del Grappa, 4 marzo 2026").
     */
    private void onePartysBlock(List<String> heading, SignatureTable table, MappedFacts columns, Evidence rows,
                                Reading order, MappedFacts facts) {
        List<SignatureBlock> blocks = columns.ofType(SignatureBlock.class);
        Caption caption = null;
        for (int j = 0; j < heading.size() && caption == null; j++) {
            caption = captionIn(heading.get(j), j, false);
        }
        PartyRole role = roleOf(heading, 0, heading.size() - 1, heading.size() - 1,
                heading.stream().anyMatch(l -> acceptanceValue(l) != null), order);
        boolean signed = blocks.stream().anyMatch(SignatureBlock::signed);
        String signer = blocks.stream().filter(SignatureBlock::signed).map(SignatureBlock::signer)
                .filter(Objects::nonNull).findFirst().orElse(null);
        LocalDate date = blocks.stream().map(SignatureBlock::date).filter(Objects::nonNull).findFirst()
                .orElse(table.columns().stream().flatMap(List::stream).filter(this::isField).map(l -> dateIn(l, order))
                        .filter(Objects::nonNull).findFirst().orElse(null));
        String party = caption == null ? null : caption.name();
        Evidence where = rows;
        facts.add(new SignatureBlock(role, signed, signer, date, party, null, where));
        if (party != null && !roles.isRoleWord(party) && shape.isOrganisation(party)) {
            facts.add(new PartyMention(party, MentionKind.SIGNATURE, role, caption.cue(), 0, where));
        }
        columns.all().stream().filter(f -> !(f instanceof SignatureBlock)).forEach(facts::add);
    }

    /** The cells of the row right above a table when each is a block's caption ("Für den Auftraggeber | ..."). */
    private List<String> captionRow(List<String> above, int columns) {
        if (above.isEmpty()) {
            return List.of();
        }
        List<String> cells = CELL_BREAK.splitAsStream(above.get(above.size() - 1)).map(String::strip)
                .filter(c -> !c.isEmpty()).toList();
        return cells.size() == columns && cells.stream().allMatch(this::isColumnCaption) ? cells
                : List.of();
    }

    /** How many lines the column captions take above the table. */
    private int captionLines(List<String> above, int captions) {
        if (!captionRow(above, captions).isEmpty()) {
            return 1;
        }
        int lines = 0;
        int j = above.size() - 1;
        for (int c = 0; c < captions && j >= 0; c++) {
            String line = above.get(j).strip();
            lines++;
            if (shape.endsWithLegalForm(line) && PartText.wordCount(line) <= 2 && j > 0
                    && above.get(j - 1).strip().endsWith(",")) {
                lines++;
                j--;
            }
            j--;
        }
        return lines;
    }

    /** A signer's name from a signature or name field, without a stray date or a DocuSign hash. */
    private String personName(String value) {
        String v = shape.withoutAddress(FIELD_SEPARATOR.split(value.strip(), 2)[0].strip());
        int comma = v.indexOf(", ");
        if (comma > 0 && shape.isTitleOnly(v.substring(comma + 2))) {
            v = v.substring(0, comma);
        }
        List<DateParser.Found> found = dates.findAll(v, null);
        if (!found.isEmpty() && found.get(0).start() > 0) {
            v = BEFORE_DATE.matcher(v.substring(0, found.get(0).start())).replaceFirst("");
        }
        v = QUOTES_AROUND.matcher(v).replaceAll("").strip();
        if (v.length() < 2 || !Character.isLetterOrDigit(v.charAt(0)) || BLANK_FIELD.matcher(v).matches()
                || Character.isLowerCase(v.charAt(0)) && !NAME_PARTICLE.matcher(v).matches()
                || NO_VALUE.matcher(v).matches() || ENVELOPE_ID.matcher(v).lookingAt()) {
            return null;
        }
        return v;
    }

    /**
     * An acceptance value after the signature label inside it: "Contoso Ltd by: Jane Doe" (of "Accepted for Contoso Ltd
     * by: Jane Doe") gives "Jane Doe".
     */
    private String afterInnerLabel(String value) {
        for (PhraseMatcher.Match m : words.signature().findAll(value)) {
            String rest = value.substring(m.end());
            if (m.start() > 0 && rest.stripLeading().startsWith(":")) {
                return rest.stripLeading().substring(1).strip();
            }
        }
        return value;
    }

    /** Whether a value starts with a person's name and names no organisation: who accepted, not for whom. */
    private boolean startsWithPerson(String value) {
        String person = shape.personName(FIELD_END.split(value)[0].strip());
        return person != null && PartText.wordCount(person) >= 2 && !shape.isOrganisation(value.split("\t")[0]);
    }

    /** The name in an acceptance value, before any date on the line ("Jane Doe, 14th March 2026" gives "Jane Doe"). */
    private String nameBeforeDate(String accepted) {
        String value = afterInnerLabel(accepted);
        List<DateParser.Found> found = dates.findAll(value, null);
        String name = found.isEmpty() ? value : value.substring(0, found.get(0).start());
        name = DATE_LEAD_IN.matcher(name).replaceFirst("");
        return filled(name) ? personName(name) : null;
    }

    /**
     * Whether an acceptance line without a value is the heading of the blocks below it ("Customer Acceptance"
     * over "For and on behalf of X" and "Signature:"): the next signature line follows within a few lines, with
     * a caption but no name, title or date field between. It stays above them as their context.
     */
    private boolean isAcceptanceHeading(List<String> lines, int i) {
        String value = acceptanceValue(lines.get(i));
        if (value == null || !value.isEmpty() || labelledValue(words.signature(), lines.get(i)) != null) {
            return false;
        }
        for (int k = i + 1; k < lines.size() && k <= i + CONTEXT_ABOVE; k++) {
            String line = lines.get(k);
            if (labelledValue(words.signature(), line) != null || words.electronic().matches(line)) {
                return k > i + 1;
            }
            if (labelledValue(words.name(), line) != null || labelledValue(words.title(), line) != null
                    || labelledValue(words.date(), line) != null || acceptanceValue(line) != null) {
                return false;
            }
        }
        return false;
    }

    private boolean isAnchor(String line) {
        return isAnchor(line, true);
    }

    /** As {@link #isAnchor(String)}, with e-signature markers looked for only when the part has one. */
    private boolean isAnchor(String line, boolean electronic) {
        return labelledValue(words.signature(), line) != null || acceptanceValue(line) != null
                || electronic && words.electronic().matches(line);
    }

    /**
     * A line with fewer than three letters: blank, or what OCR makes of a hand-written signature's strokes
     * ("—", "a"). Between a signature line and the name and date below it, such lines do not end the block.
     */
    private static boolean isScanNoise(String line) {
        return line.codePoints().filter(Character::isLetter).count() < 3;
    }

    /** Whether a line is an e-signature stamp: a name and, in parentheses, when it was signed. */
    private boolean isStamp(String line) {
        Matcher m = STAMP.matcher(line.strip());
        return m.matches() && !dates.findAll(m.group(2), null).isEmpty();
    }

    /** A short line of words that is no field: on a scan, a hand-written signature or a printed name read by OCR. */
    private boolean isUnlabelledWords(String line) {
        String l = line.strip();
        return !l.isEmpty() && PartText.wordCount(l) <= 4 && !isField(l) && l.codePoints().filter(Character::isLetter).count() >= 3;
    }

    /**
     * Whether a bare signature label stands under its signature: a name written on the line above it (a signature
     * set in a script font, "U. Kesselbach"), the signer's printed name on the line below ("Dr. Ulrike Kesselbach,
     * Geschäftsführerin"), as forms that print the label under the line have it.
     */
    private boolean isSignedAboveLabel(List<String> lines, int anchor, int previousEnd) {
        String value = labelledValue(words.signature(), lines.get(anchor));
        if (value == null || !value.isEmpty() || anchor - 1 <= previousEnd || anchor + 1 >= lines.size()) {
            return false;
        }
        String above = lines.get(anchor - 1).strip();
        String below = lines.get(anchor + 1).strip();
        return !isField(above) && !isField(below) && PartText.wordCount(above) <= 4 && shape.personName(below) != null
                && (shape.personName(above) != null || SIGNED_INITIALS.matcher(above).matches());
    }

    /**
     * Whether a line is a signed name with no label over the name field of the same person ("I. Postma" over "Naam /
     * Name: Ilse Postma, CFO"): the signature of a block whose labels leave it out.
     */
    private boolean isSignedOverItsName(List<String> lines, int i) {
        String name = i + 1 < lines.size() ? labelledValue(words.name(), lines.get(i + 1)) : null;
        if (!filled(name) || !isSignedName(lines.get(i)) || isField(lines.get(i))) {
            return false;
        }
        String person = shape.personName(name);
        return person != null && isSignatureOf(lines.get(i).strip(), person);
    }

    /** Whether a signed name is a person's: the same surname, and the same names or their initials before it. */
    private static boolean isSignatureOf(String signed, String person) {
        String[] s = NAME_PARTS.split(signed.toLowerCase(Locale.ROOT));
        String[] p = NAME_PARTS.split(person.toLowerCase(Locale.ROOT));
        if (s.length == 0 || p.length == 0 || !s[s.length - 1].equals(p[p.length - 1]) || s.length > p.length) {
            return false;
        }
        for (int k = 0; k < s.length - 1; k++) {
            if (s[k].isEmpty() || !p[k].startsWith(s[k].replace("-", ""))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a line is only an organisation's name: the company under an acceptance ("Zuidkust Logistiek B.V."). */
    private boolean isCompanyLine(String line) {
        String name = shape.nameAt(line.strip());
        return name != null && shape.isOrganisation(name) && name.length() >= line.strip().length() - 2;
    }

    /** Whether a line is only a signer's name, in full or as initials and a surname ("H. Roussel"). */
    private boolean isSignedName(String line) {
        String l = line.strip();
        return PartText.wordCount(l) <= 4 && (SIGNED_INITIALS.matcher(l).matches() || shape.personName(l) != null
                && shape.personName(l).equals(l));
    }

    /** Whether the next line that is not noise, within a few lines, is a name, title or date field. */
    private boolean nameOrDateFollows(List<String> lines, int from) {
        for (int k = from + 1; k < lines.size() && k <= from + MAX_NOISE_LINES; k++) {
            if (isField(lines.get(k))) {
                return !isAnchor(lines.get(k));
            }
            if (!isScanNoise(lines.get(k)) && !isUnlabelledWords(lines.get(k))) {
                return false;
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

    /** A line that can belong to a signature block: a signature, acceptance, name, title, company or date line. */
    private boolean isField(String line) {
        return isAnchor(line) || isStamp(line) || labelledValue(words.name(), line) != null || labelledValue(words.title(), line) != null
                || labelledValue(words.date(), line) != null || labelledValue(words.company(), line) != null
                || isBareDate(line) || isPlaceAndDate(line) || titledName(line) != null;
    }

    /** The person on a line labelled with a job title ("Director: Helen Ackroyd"), or {@code null}. */
    private String titledName(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0 || !shape.isTitleOnly(line.substring(0, colon))) {
            return null;
        }
        return shape.personName(line.substring(colon + 1).strip());
    }

    /**
     * The date of a place-and-date line in the context above a block, over its caption ("Tamarana, 4 de março de
     * 2026" over "CONTRATANTE: Cooperativa ..." over "Assinatura: ..."), nearest first; {@code null} when there is
     * none.
     * It dates a block that is signed, and never makes one signed. A labelled date line ("Date: 9 Oct 26") above a
     * block's caption is the previous block's, and does not count.
     */
    private LocalDate placeAndDateAbove(List<String> lines, int top, int fieldsAbove, Reading order) {
        for (int j = fieldsAbove - 1; j >= Math.max(0, top); j--) {
            String line = lines.get(j).strip();
            if (isPlaceCommaDate(line)) {
                return dateIn(line, order);
            }
        }
        return null;
    }

    /**
     * A line that is only a place, a comma and a date, perhaps with a short word before the date: "Tamarana, 4 de
     * março de 2026", "Köln, den 2. Oktober 2026", "Madrid, a 4 de marzo de 2026".
     */
    private boolean isPlaceCommaDate(String line) {
        Matcher place = PLACE_COMMA.matcher(line);
        if (!place.lookingAt()) {
            return false;
        }
        String rest = line.substring(place.end());
        List<DateParser.Found> found = dates.findAll(rest, null);
        return !found.isEmpty() && SHORT_WORD.matcher(rest.substring(0, found.get(0).start())).matches()
                && OPTIONAL_DOT.matcher(rest.substring(found.get(0).end()).strip()).matches();
    }

    /** A line that starts with a date label and holds a date, with no colon between: "Fait à Morez, le 4 mars 2026". */
    private boolean isPlaceAndDate(String line) {
        PhraseMatcher.Match m = words.date().findStartingBy(line, 0);
        return m != null && m.start() == 0 && !dates.findAll(line.substring(m.end()), null).isEmpty();
    }

    /** A line that is a date, perhaps with a time after it: the date line of an electronic signature stamp. */
    private boolean isBareDate(String line) {
        List<DateParser.Found> found = dates.findAll(line, null);
        return !found.isEmpty() && found.get(0).start() == 0
                && PartText.wordCount(line.substring(found.get(0).end()).strip()) <= 4;
    }

    /** Whether a line's first character after white space is one that {@link #QUOTED} starts with. */
    private static boolean isQuoteAtStart(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!PartText.isSpace(c)) {
                return "«\"“„‘'".indexOf(c) >= 0;
            }
        }
        return false;
    }

    /** The value of an acceptance line ("Approved by: Grace Liu" gives "Grace Liu"), or {@code null}. */
    private String acceptanceValue(String written) {
        String line = isQuoteAtStart(written) ? QUOTED.matcher(written).replaceFirst("$1") : written;
        PhraseMatcher.Match m = words.acceptance().findStartingBy(line, 0);
        if (m == null || m.start() > 0
                || !m.phrase().strip().contains(" ") && line.substring(m.end()).isBlank()) {
            return null;
        }
        String value = labelledValue(words.acceptance(), line);
        if (value == null && startsWithPhrase(words.acceptance(), line)) {
            String rest = line.substring(words.acceptance().findStartingBy(line, 0).end()).strip();
            String more = LEADING_STOPS.matcher(rest).replaceFirst("");
            if (more.isEmpty() || startsWithPhrase(words.acceptance(), more)
                    || roles.isRoleWord(LEADING_FOR.matcher(more).replaceFirst(""))) {
                return "";
            }
            return rest.startsWith("_") ? "" : Character.isUpperCase(rest.codePointAt(0))
                    || Character.isDigit(rest.codePointAt(0)) ? rest : null;
        }
        return value;
    }

    private LocalDate dateIn(String line, Reading reading) {
        List<DateParser.Found> found = dates.findAllOrderedBy(line, reading.order());
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

    /**
     * Where the rest of a label in two words or languages ends ("/ title" of "Name / title:", "et cachet" of
     * "Signature et cachet :"), or 0 when there is none.
     */
    private int compoundEnd(String raw) {
        Matcher compound = COMPOUND_LABEL.matcher(raw);
        if (compound.lookingAt()) {
            return compound.end();
        }
        String rest = raw.stripLeading();
        PhraseMatcher.Match and = words.conjunctions().findStartingBy(rest, 0);
        if (and != null && and.start() == 0 && rest.length() > and.end() && Character.isWhitespace(rest.charAt(and.end()))) {
            Matcher second = SECOND_WORD.matcher(rest.substring(and.end()));
            if (second.lookingAt()) {
                return raw.length() - rest.length() + and.end() + second.end();
            }
        }
        return 0;
    }

    /**
     * The value after a label at the start of the line: after a colon, or in the next cell; the first field
     * with text, unless that is another field's label ("By:\tName: Jane" has a blank signature). A label
     * alone, or before a line to sign on, has a blank value; a label in a sentence has none ({@code null}).
     */
    private String labelledValue(PhraseMatcher labels, String line) {
        PhraseMatcher.Match m = labels.findStartingBy(line, 0);
        if (m == null || m.start() > 0) {
            return null;
        }
        String raw = line.substring(m.end());
        raw = raw.substring(compoundEnd(raw));
        String rest = raw.strip();
        String after;
        if (rest.startsWith(":")) {
            after = rest.substring(1);
        } else if (raw.startsWith("\t")) {
            after = rest;
        } else {
            return rest.isEmpty() || rest.startsWith("_") ? rest : null;
        }
        for (String field : NEXT_FIELD.split(after)) {
            String f = field.strip();
            if (!f.isEmpty()) {
                return startsWithLabel(f) ? "" : f;
            }
        }
        return "";
    }

    private boolean startsWithLabel(String field) {
        for (PhraseMatcher labels : List.of(words.signature(), words.name(), words.title(), words.date(),
                words.company())) {
            PhraseMatcher.Match m = labels.findStartingBy(field, 0);
            if (m != null && m.start() == 0 && field.substring(m.end()).stripLeading().startsWith(":")) {
                return true;
            }
        }
        return false;
    }

    private static boolean filled(String value) {
        return value != null && !value.isBlank() && !PLACEHOLDER.matcher(value.strip()).matches()
                && value.chars().anyMatch(Character::isLetter);
    }

    /**
     * The role the words in and just above a block give: a party label ("Customer", "For the Supplier"), nearest
     * first, not the label of a company field; else an acceptance's, the customer's.
     */
    private PartyRole roleOf(List<String> lines, int top, int first, int last, boolean acceptance, Reading order) {
        for (int j = first; j >= top; j--) {
            PartyRole role = roleIn(lines.get(j), order);
            if (role != PartyRole.UNKNOWN) {
                return role;
            }
        }
        for (int j = first + 1; j <= last; j++) {
            PartyRole role = roleIn(lines.get(j), order);
            if (role != PartyRole.UNKNOWN) {
                return role;
            }
        }
        return acceptance ? PartyRole.CUSTOMER : PartyRole.UNKNOWN;
    }

    /**
     * The role a line's party labels give, leaving out the words of an organisation's name ("XYZ Company"). Of a
     * caption that says for whom the block is signed, only its party and the role in parentheses after it count
     * ("for and on behalf of the Firm by a partner" names no role).
     */
    private PartyRole roleIn(String line, Reading order) {
        if (labelledValue(words.company(), line) != null || labelledValue(words.title(), line) != null
                || labelledValue(words.name(), line) != null) {
            return PartyRole.UNKNOWN;
        }
        Caption caption = captionAbove(line, 0, order);
        if (caption != null && !caption.cue().equals(ABOVE)) {
            int at = line.indexOf(caption.name());
            String after = at < 0 ? "" : line.substring(at + caption.name().length()).strip();
            String role = after.startsWith("(") && after.indexOf(')') > 0 ? after.substring(0, after.indexOf(')') + 1) : "";
            return roles.roleIn(caption.name() + " " + role);
        }
        String text = line;
        if (caption != null && !roles.isRoleWord(caption.name())) {
            int at = text.indexOf(caption.name());
            text = at < 0 ? text : text.substring(0, at) + text.substring(at + caption.name().length());
        }
        return roles.roleIn(text);
    }
}
