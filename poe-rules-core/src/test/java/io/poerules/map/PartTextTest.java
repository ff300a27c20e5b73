package io.poerules.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.fact.Evidence;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PartTextTest {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** 20,000 texts of up to {@code maxPieces} words and kinds of white space, the same for the same seed. */
    private static List<String> randomTexts(long seed, int maxPieces) {
        return TestTexts.randomTexts(List.of("", "a", "word", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00A0",
                "\u2028", "\u001C", "é", "-", ":"), seed, 20_000, maxPieces);
    }

    @Test
    void wordCountIsWhatSplittingOnWhiteSpaceCounts() {
        for (String text : randomTexts(5, 8)) {
            assertThat(PartText.wordCount(text)).as("\"%s\"", text).isEqualTo(WHITESPACE.split(text).length);
        }
        assertThat(PartText.wordCount(" two words")).isEqualTo(3);
        assertThat(PartText.wordCount("\u00A0")).isEqualTo(1);
    }

    @Test
    void linesAreWhatSplittingAtLineAndFormFeedsGivesStripped() {
        for (String text : randomTexts(17, 10)) {
            List<PartText.Line> lines = TestTexts.text(text).lines();

            assertThat(lines).extracting(PartText.Line::text).as("\"%s\"", text)
                    .isEqualTo(Arrays.stream(text.split("[\n\f]", -1)).map(String::strip).toList());
            for (PartText.Line line : lines) {
                assertThat(text.substring(line.start(), line.end())).isEqualTo(line.text());
            }
        }
    }

    @Test
    void onlySpaceOrCharactersIsWhatRemovingThemLeavesEmpty() {
        for (String text : randomTexts(11, 6)) {
            assertThat(PartText.isOnlySpaceOr(text, ":-")).as("\"%s\"", text)
                    .isEqualTo(text.replaceAll("[\\s:\\-]", "").isEmpty());
        }
    }

    @Test
    void containingAnyIsWhatFindingOneOfTheCharactersGives() {
        for (String text : randomTexts(19, 6)) {
            assertThat(PartText.containsAny(text, ":-é")).as("\"%s\"", text)
                    .isEqualTo(Pattern.compile("[:\\-é]").matcher(text).find());
        }
    }

    @Test
    void strippingTheEndIsWhatRemovingTheFinalRunGives() {
        for (String text : randomTexts(13, 6)) {
            assertThat(PartText.stripEnd(text, ":-")).as("\"%s\"", text)
                    .isEqualTo(text.replaceAll("[\\s:\\-]+$", ""));
        }
        String clean = "Contoso Ltd";
        assertThat(PartText.stripEnd(clean, ".,")).isSameAs(clean);
    }

    @Test
    void collapsingSpacesIsWhatReplacingWhiteSpaceRunsGives() {
        for (String text : randomTexts(7, 10)) {
            assertThat(PartText.collapseSpaces(text)).as("\"%s\"", text)
                    .isEqualTo(WHITESPACE.matcher(text).replaceAll(" "));
        }
        String plain = "one space each";
        assertThat(PartText.collapseSpaces(plain)).isSameAs(plain);
    }

    @Test
    void evidenceOnPagedTextNamesThePage() {
        PartText text = new PartText(TestTexts.paged("Statement of Work\nPage one", "Scope\nMigrate servers",
                "Signatures"));

        int onPageTwo = text.text().indexOf("Migrate");
        int onPageThree = text.text().indexOf("Signatures");

        assertThat(text.evidence(0, 9).page()).isEqualTo(1);
        assertThat(text.lineEvidence(onPageTwo)).isEqualTo(new Evidence("Migrate servers", onPageTwo,
                onPageTwo + 15, 2, null));
        assertThat(text.lineEvidence(onPageThree).page()).isEqualTo(3);
    }

    @Test
    void evidenceOnUnpagedTextHasNoPage() {
        assertThat(TestTexts.text("one\ntwo").lineEvidence(5).page()).isNull();
    }

    @Test
    void formFeedEndsALine() {
        PartText text = new PartText(TestTexts.paged("end of page one", "start of page two"));

        assertThat(text.lines()).extracting(PartText.Line::text).containsExactly("end of page one", "start of page two");
    }

    @Test
    void evidenceCollapsesWhitespaceAndNamesThePart() {
        PartText text = new PartText(new io.poerules.extract.DocumentPart("sow.pdf", 1, "application/pdf",
                "Scope:\n   migrate\t\tservers", false, null, null, null));

        assertThat(text.evidence(0, text.text().length())).isEqualTo(
                new Evidence("Scope: migrate servers", 0, 26, null, "sow.pdf"));
    }
}
