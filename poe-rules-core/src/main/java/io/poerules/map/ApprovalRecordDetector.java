package io.poerules.map;

import io.poerules.fact.SectionType;
import io.poerules.fact.SignatureBlock;
import io.poerules.map.lexicon.PhraseMatcher;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds approvals recorded as a workflow rather than signed: a table row with an approval action ("Approved",
 * "Released", "Genehmigt"), a person and a date (a procurement portal's approval history: "2 | Assoc Prof Tan
 * Wei Ming | Director | Approved | 16/10/2026 17:45"), and, in an approval or release section whose text records
 * an approval ("Status: RELEASED"), a line with a person and a date ("Level 2: Prof. N. Mahlangu, Chief
 * Information Officer 2026/02/16 10:42"). Each is a signed {@link SignatureBlock} of the person, its role what
 * the row's words say ("Supplier (Merlion ...)"), else unknown: the rules tie it to a party through the person
 * or the document's issuer.
 */
final class ApprovalRecordDetector implements PartDetector {

    /** A short label and its colon before a value ("Approved by: "). */
    private static final Pattern SHORT_LABEL = Pattern.compile("^[^:]{0,25}:\\s*");

    private static final int MIN_CELLS = 3;
    /** What may follow an approval action in its cell: a dash or comma and the workflow's words. */
    private static final Pattern AFTER_ACTION = Pattern.compile("\\s*[-–—,;]\\s+\\S");
    private static final Pattern INITIAL = Pattern.compile("(?<![\\p{L}])\\p{Lu}\\.(?=\\s|$)");

    private final PhraseMatcher actions;
    private final RoleWords roles;
    private final OrganisationShape shape;
    private final DateParser dates;

    ApprovalRecordDetector(List<String> approvalActions, RoleWords roles, OrganisationShape shape, DateParser dates) {
        this.actions = PhraseMatcher.of(approvalActions);
        this.roles = roles;
        this.shape = shape;
        this.dates = dates;
    }

    @Override
    public void detect(PartText text, List<Sections.Span> sections, MappedFacts facts) {
        Boolean[] inRecordedApproval = inRecordedApproval(text, sections);
        for (PartText.Line line : text.lines()) {
            if (line.isBlank()) {
                continue;
            }
            List<PartText.Cell> cells = text.cells(line).stream().filter(c -> !c.isEmpty()).toList();
            if (cells.size() >= MIN_CELLS && cells.stream().anyMatch(c -> isAction(c.text()))) {
                row(text, line, cells, facts);
            } else if (cells.size() < MIN_CELLS && Boolean.TRUE.equals(inRecordedApproval[line.index()])) {
                recordLine(text, line, facts);
            }
        }
    }

    private void row(PartText text, PartText.Line line, List<PartText.Cell> cells, MappedFacts facts) {
        List<DateParser.Found> found = text.dates(dates, line.text());
        PartText.Cell personCell = null;
        String person = null;
        for (PartText.Cell c : cells) {
            String name = isAction(c.text()) ? null : shape.personName(c.text());
            if (name != null && PartText.wordCount(name) >= 2 && (person == null || !hasInitial(person) && hasInitial(name))) {
                personCell = c;
                person = name;
            }
        }
        StringBuilder rest = new StringBuilder();
        for (PartText.Cell c : cells) {
            rest.append(c == personCell ? c.text().replace(person, " ") : c.text()).append(' ');
        }
        if (found.isEmpty() || person == null) {
            return;
        }
        facts.add(new SignatureBlock(roles.roleIn(rest.toString()), true, person, found.get(0).date(),
                text.evidence(line)));
    }

    private void recordLine(PartText text, PartText.Line line, MappedFacts facts) {
        List<DateParser.Found> found = text.dates(dates, line.text());
        if (found.isEmpty()) {
            return;
        }
        String before = SHORT_LABEL.matcher(line.text().substring(0, found.get(0).start())).replaceFirst("");
        String person = shape.personName(before);
        if (person != null) {
            facts.add(new SignatureBlock(roles.roleIn(before.substring(Math.min(before.length(), person.length()))),
                    true, person, found.get(0).date(), text.evidence(line)));
        }
    }

    /**
     * For each line in an approval or release section, whether that section (the first such that holds the line)
     * records an approval ("Status: RELEASED"); {@code null} for the other lines.
     */
    private Boolean[] inRecordedApproval(PartText text, List<Sections.Span> sections) {
        Boolean[] out = new Boolean[text.lines().size()];
        for (Sections.Span span : sections) {
            if (span.type() != SectionType.ACCEPTANCE) {
                continue;
            }
            Boolean recorded = null;
            for (int i = Math.max(0, span.firstLine()); i <= span.lastLine() && i < out.length; i++) {
                if (out[i] == null) {
                    recorded = recorded != null ? recorded : recordsApproval(text, span);
                    out[i] = recorded;
                }
            }
        }
        return out;
    }

    private boolean recordsApproval(PartText text, Sections.Span span) {
        for (int i = span.firstLine(); i <= span.lastLine(); i++) {
            if (recordsApproval(text.lines().get(i).text())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a line records an approval: an action in capitals ("RELEASED") or as a status ("Status: Approved"). */
    private boolean recordsApproval(String line) {
        for (PhraseMatcher.Match m : actions.findAll(line)) {
            String word = line.substring(m.start(), m.end());
            if (word.equals(word.toUpperCase(Locale.ROOT)) || line.substring(0, m.start()).stripTrailing().endsWith(":")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a cell is an approval action, alone or before a dash or comma and what the workflow adds ("Approved",
     * "RELEASED", "Approvato - ordine rilasciato").
     */
    private boolean isAction(String cell) {
        String c = PartText.stripEnd(cell.strip(), ".:");
        PhraseMatcher.Match m = actions.findStartingBy(c, 0);
        return m != null && m.start() == 0 && (m.end() == c.length() || AFTER_ACTION.matcher(c).region(m.end(),
                c.length()).lookingAt());
    }

    /** Whether a name is written with an initial, as people's names are in workflows ("M. RIVA", "Tan W. M."). */
    private static boolean hasInitial(String name) {
        return INITIAL.matcher(name).find();
    }
}
