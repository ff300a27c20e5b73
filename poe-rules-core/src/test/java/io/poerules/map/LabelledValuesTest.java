package io.poerules.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.poerules.map.lexicon.PhraseMatcher;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The values that party labels introduce, in the layouts of tables, PDF columns and cell paragraphs. */
class LabelledValuesTest {

    private static final char CELL_BREAK = '\u000B';

    private final LabelledValues customer = new LabelledValues(PhraseMatcher.of(List.of("Client", "Prepared for")),
            PhraseMatcher.of(List.of("Client", "Prepared for", "Partner", "Prepared by")));

    private List<LabelledValues.Labelled> find(String text) {
        return customer.find(TestTexts.text(text));
    }

    @Test
    void valueAfterAColonIsInTheSameCell() {
        assertThat(find("Client: Harbourline Freight Limited\n"))
                .extracting(LabelledValues.Labelled::label, LabelledValues.Labelled::value, LabelledValues.Labelled::layout)
                .containsExactly(tuple("Client", "Harbourline Freight Limited", LabelledValues.Layout.SAME_CELL));
    }

    @Test
    void labelAloneOnItsLineTakesTheNextLineWithoutAColon() {
        assertThat(find("Client\nHarbourline Freight Limited\n12 Dock Road, Tilbury\n"))
                .extracting(LabelledValues.Labelled::value, LabelledValues.Labelled::layout)
                .containsExactly(tuple("Harbourline Freight Limited", LabelledValues.Layout.NEXT_LINE));
        assertThat(find("Client\n\nHarbourline Freight Limited\n"))
                .extracting(LabelledValues.Labelled::value, LabelledValues.Labelled::layout)
                .containsExactly(tuple("Harbourline Freight Limited", LabelledValues.Layout.NEXT_LINE));
    }

    @Test
    void labelCellTakesTheNextFilledCellOfItsRow() {
        assertThat(find("Client\t\tHarbourline Freight Limited\n"))
                .extracting(LabelledValues.Labelled::value, LabelledValues.Labelled::layout)
                .containsExactly(tuple("Harbourline Freight Limited", LabelledValues.Layout.NEXT_CELL));
    }

    @Test
    void labelInARowOfLabelsTakesTheCellBelowItInItsColumn() {
        assertThat(find("Partner\tClient\nCorrib Advisory Ltd\tHarbourline Freight Limited\n"))
                .extracting(LabelledValues.Labelled::value, LabelledValues.Labelled::layout)
                .containsExactly(tuple("Harbourline Freight Limited", LabelledValues.Layout.COLUMN));
        assertThat(find("Client\tPartner\n\nHarbourline Freight Limited\tCorrib Advisory Ltd\n"))
                .extracting(LabelledValues.Labelled::value, LabelledValues.Labelled::layout)
                .containsExactly(tuple("Harbourline Freight Limited", LabelledValues.Layout.COLUMN));
    }

    @Test
    void labelInALaterCellOfAHeadingRowTakesTheCellBelowIt() {
        assertThat(find("Reference\tIssued\tClient\nSOW-0419\t4 May 2026\tHarbourline Freight Limited\n"))
                .extracting(LabelledValues.Labelled::value, LabelledValues.Labelled::layout)
                .containsExactly(tuple("Harbourline Freight Limited", LabelledValues.Layout.COLUMN));
    }

    @Test
    void labelOfAHeadingRowTakesNoOtherLabelBelowIt() {
        assertThat(find("Partner\tClient\nPrepared by\tPrepared for\n")).isEmpty();
    }

    @Test
    void labelAndValueInParagraphsOfOneCellAfterAColon() {
        assertThat(find("Client:" + CELL_BREAK + "Harbourline Freight Limited\tCorrib Advisory Ltd\n"))
                .extracting(LabelledValues.Labelled::value, LabelledValues.Labelled::layout)
                .containsExactly(tuple("Harbourline Freight Limited", LabelledValues.Layout.SAME_CELL));
    }

    @Test
    void labelOfSeveralWordsAndValueInParagraphsOfOneCell() {
        assertThat(find("Prepared for" + CELL_BREAK + "Harbourline Freight Limited\tVersion 1.0\n"))
                .extracting(LabelledValues.Labelled::value, LabelledValues.Labelled::layout)
                .containsExactly(tuple("Harbourline Freight Limited", LabelledValues.Layout.NEXT_LINE));
    }

    @Test
    void labelAndValueInParagraphsOfOneCellWithoutAColon() {
        assertThat(find("Client" + CELL_BREAK + "Harbourline Freight Limited\tCorrib Advisory Ltd\n"))
                .extracting(LabelledValues.Labelled::value)
                .containsExactly("Harbourline Freight Limited");
    }

    @Test
    void cellsNextParagraphEndsTheValue() {
        assertThat(find("Client: Harbourline Freight Limited" + CELL_BREAK + "12 Dock Road, Tilbury\tPage 1\n"))
                .extracting(LabelledValues.Labelled::value)
                .containsExactly("Harbourline Freight Limited");
    }

    @Test
    void labelMatchesOnlyAtTheStartOfACell() {
        assertThat(find("Our Client: Harbourline Freight Limited\n")).isEmpty();
    }
}
