package io.poerules.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.extract.DocumentPart;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SignatureTableTest {

    /** Fields of a block: the labels Signature, Name, Title and Date, bare or before a colon. */
    private static final SignatureTable.Fields FIELDS = new SignatureTable.Fields() {
        private final Set<String> labels = Set.of("signature", "name", "title", "date");

        @Override
        public boolean isLabel(String cell) {
            return labels.contains(cell.replaceFirst(":\\s*$", "").strip().toLowerCase(Locale.ROOT));
        }

        @Override
        public boolean isField(String line) {
            return labelOf(line) != null;
        }

        @Override
        public String labelOf(String line) {
            int colon = line.indexOf(':');
            String label = line.substring(0, Math.max(0, colon)).strip().toLowerCase(Locale.ROOT);
            return colon > 0 && labels.contains(label) ? label : null;
        }

        @Override
        public boolean isSignatureLabel(String cell) {
            return isLabel(cell) && cell.toLowerCase(Locale.ROOT).startsWith("signature");
        }
    };

    private static SignatureTable table(String text) {
        PartText part = TestTexts.text(text);
        return SignatureTable.at(part, part.lines().stream().filter(l -> !l.isBlank()).toList(), 0, FIELDS);
    }

    @Test
    void aLabelLosesItsTrailingColonAsTheRegularExpressionRemovesIt() {
        for (String text : TestTexts.randomTexts(List.of("Name", " ", ":", "\t", "\n", "\u2028", "\u0085", "x", "::"), 3,
                20_000, 6)) {
            assertThat(SignatureTable.withoutTrailingColon(text)).as("\"%s\"", text)
                    .isEqualTo(text.replaceFirst(":\\s*$", ""));
        }
    }

    @Test
    void columnOfLabelledCellsPerPartyKeepsEmptyValues() {
        SignatureTable table = table("""
                Signature: /s/ Jane Doe\tSignature:
                Date: 4 March 2026\tDate:
                """);

        assertThat(table.columns()).containsExactly(
                List.of("Signature: /s/ Jane Doe", "Date: 4 March 2026"),
                List.of("Signature:", "Date:"));
        assertThat(table.firstLine()).isZero();
        assertThat(table.lastLine()).isEqualTo(1);
    }

    @Test
    void labelColumnOnTheLeftLabelsTheValueOfEachParty() {
        assertThat(table("""
                Name:\tJane Doe\tSam Lee
                Signature\t\t/s/ Sam Lee
                """).columns()).containsExactly(
                List.of("Name: Jane Doe", "Signature: "),
                List.of("Name: Sam Lee", "Signature: /s/ Sam Lee"));
    }

    @Test
    void headerRowOfLabelsMakesEachRowBelowAParty() {
        assertThat(table("""
                Party\tName\tDate
                Client\tJane Doe\t4 March 2026
                Supplier\tSam Lee\t
                """).columns()).containsExactly(
                List.of("Party: Client", "Name: Jane Doe", "Date: 4 March 2026"),
                List.of("Party: Supplier", "Name: Sam Lee", "Date: "));
    }

    @Test
    void emptyColumnsThatEveryRowStartsWithAreDropped() {
        assertThat(table("""
                \t\tSignature: /s/ Jane Doe\tSignature: /s/ Sam Lee
                \t\tDate: 4 March 2026\tDate: 5 March 2026
                """).columns()).containsExactly(
                List.of("Signature: /s/ Jane Doe", "Date: 4 March 2026"),
                List.of("Signature: /s/ Sam Lee", "Date: 5 March 2026"));
    }

    @Test
    void fieldsOnLinesOfTheirOwnGoToTheColumnWhoseTurnTheirLabelIs() {
        assertThat(table("""
                Contoso Ltd\tFabrikam Ltd
                Signature: /s/ Jane Doe
                Signature: /s/ Sam Lee
                Date: 4 March 2026\tDate: 5 March 2026
                """).columns()).containsExactly(
                List.of("Contoso Ltd", "Signature: /s/ Jane Doe", "Date: 4 March 2026"),
                List.of("Fabrikam Ltd", "Signature: /s/ Sam Lee", "Date: 5 March 2026"));
    }

    @Test
    void shortLineThatIsNoFieldContinuesTheLineAboveIt() {
        assertThat(table("""
                Title: Chief Information\tTitle: Director
                Officer
                Date: 4 March 2026\tDate: 5 March 2026
                """).columns()).containsExactly(
                List.of("Title: Chief Information Officer", "Date: 4 March 2026"),
                List.of("Title: Director", "Date: 5 March 2026"));
    }

    @Test
    void paragraphsOfACellAreLinesOfItsColumn() {
        char br = DocumentPart.CELL_LINE_BREAK;
        assertThat(table("Signature: /s/ Jane Doe" + br + "Name: Jane Doe\tSignature: /s/ Sam Lee\n").columns())
                .containsExactly(List.of("Signature: /s/ Jane Doe", "Name: Jane Doe"), List.of("Signature: /s/ Sam Lee"));
    }

    @Test
    void tableEndsBeforeALineThatIsNoPartOfIt() {
        SignatureTable table = table("""
                Signature: /s/ Jane Doe\tSignature: /s/ Sam Lee
                Date: 4 March 2026\tDate: 5 March 2026
                This Statement of Work is governed by the Master Services Agreement.
                """);

        assertThat(table.lastLine()).isEqualTo(1);
        assertThat(table.columns()).allSatisfy(column -> assertThat(column).hasSize(2));
    }

    @Test
    void rowWhoseFirstCellIsNoLabelEndsATableOfLabels() {
        SignatureTable table = table("""
                Name\tJane Doe\tSam Lee
                Date\t\t5 March 2026
                Total\t100\t200
                """);

        assertThat(table.lastLine()).isEqualTo(1);
        assertThat(table.columns()).containsExactly(List.of("Name: Jane Doe", "Date: "), List.of("Name: Sam Lee", "Date: 5 March 2026"));
    }

    @Test
    void lineOfOneCellIsNoTable() {
        assertThat(table("Signature: /s/ Jane Doe\nDate: 4 March 2026\n")).isNull();
    }

    @Test
    void rowNeedsTwoFilledCells() {
        assertThat(SignatureTable.isRow("\tSignature")).isFalse();
        assertThat(SignatureTable.isRow("Signature\t\t")).isFalse();
        assertThat(SignatureTable.isRow("\tSignature\t/s/ Sam Lee")).isTrue();
    }
}
