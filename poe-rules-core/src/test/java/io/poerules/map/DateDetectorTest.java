package io.poerules.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.poerules.fact.DateMention;
import io.poerules.fact.DateRole;
import io.poerules.map.lexicon.Lexicon;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DateDetectorTest {

    private static final Lexicon LEXICON = TestTexts.lexicon("""
            {
              "dateLabels": {
                "SIGNATURE": {"en": ["Date signed", "Signed on"], "de": ["Unterschrieben am"], "fr": ["Signé le"]},
                "EFFECTIVE": {"en": ["Effective Date", "Start Date"], "nl": ["Ingangsdatum"]},
                "EMAIL_SENT": {"en": ["Sent"], "de": ["Gesendet"]},
                "DOCUMENT": {"en": ["Date", "Issue Date"], "de": ["Datum"]}
              },
              "dates": {
                "months": {"MARCH": {"en": ["March", "Mar"], "de": ["März"], "fr": ["mars"], "nl": ["maart"]}},
                "dayFirstCues": {"en": ["Pty Ltd"]},
                "monthFirstCues": {"en": ["LLC"]}
              }
            }""");

    private final DateDetector detector = new DateDetector(LEXICON.dateLabels(), new DateParser(LEXICON.months(),
            LEXICON.dateConnectors(), LEXICON.dayFirstCues(), LEXICON.monthFirstCues()));

    private List<DateMention> dates(String text) {
        return TestTexts.detect(detector, new Sections(Map.of()), text).ofType(DateMention.class);
    }

    @Test
    void labelBeforeTheDateGivesItsRole() {
        assertThat(dates("""
                Effective Date: 2026-03-01
                Date signed: 2 March 2026
                Issue Date: 2026-03-03
                Sent: Wednesday, March 4, 2026
                Kick-off meeting held on 2026-03-05""")).extracting(DateMention::date, DateMention::role).containsExactly(
                tuple(LocalDate.of(2026, 3, 1), DateRole.EFFECTIVE),
                tuple(LocalDate.of(2026, 3, 2), DateRole.SIGNATURE),
                tuple(LocalDate.of(2026, 3, 3), DateRole.DOCUMENT),
                tuple(LocalDate.of(2026, 3, 4), DateRole.EMAIL_SENT),
                tuple(LocalDate.of(2026, 3, 5), DateRole.OTHER));
    }

    @Test
    void labelsOfEveryLexiconLanguageGiveRoles() {
        assertThat(dates("""
                Unterschrieben am 4. März 2026
                Signé le 5 mars 2026
                Ingangsdatum: 6 maart 2026
                Gesendet: 7. März 2026
                Datum: 8. März 2026""")).extracting(DateMention::role).containsExactly(
                DateRole.SIGNATURE, DateRole.SIGNATURE, DateRole.EFFECTIVE, DateRole.EMAIL_SENT, DateRole.DOCUMENT);
    }

    @Test
    void labelNearestBeforeTheDateWins() {
        assertThat(dates("Effective Date: 2026-03-01   Date signed: 2026-03-02"))
                .extracting(DateMention::date, DateMention::role).containsExactly(
                        tuple(LocalDate.of(2026, 3, 1), DateRole.EFFECTIVE),
                        tuple(LocalDate.of(2026, 3, 2), DateRole.SIGNATURE));
        assertThat(detector.roleOf("Signed on behalf of Contoso. Effective Date: ")).isEqualTo(DateRole.EFFECTIVE);
    }

    @Test
    void effectiveLabelEndingInDateIsNoDocumentDate() {
        assertThat(dates("Start Date: 2026-03-01")).singleElement()
                .extracting(DateMention::role).isEqualTo(DateRole.EFFECTIVE);
    }

    @Test
    void labelAfterTheDateDoesNotCount() {
        assertThat(dates("2026-03-02 (Date signed)")).singleElement()
                .extracting(DateMention::role).isEqualTo(DateRole.OTHER);
    }

    @Test
    void labelOnAnotherLineDoesNotCount() {
        assertThat(dates("Date signed:\n2026-03-02")).singleElement()
                .extracting(DateMention::role).isEqualTo(DateRole.OTHER);
    }

    @Test
    void evidenceIsTheWholeLine() {
        assertThat(dates("Title\n  Date signed: 2 March 2026  ")).singleElement().satisfies(d -> {
            assertThat(d.evidence().text()).isEqualTo("Date signed: 2 March 2026");
            assertThat(d.evidence().start()).isEqualTo(8);
            assertThat(d.evidence().end()).isEqualTo(33);
            assertThat(d.evidence().page()).isNull();
        });
    }

    @Test
    void twoDatesOnALineShareTheLineAsEvidence() {
        assertThat(dates("Term: 2026-03-01 to 2026-06-30\nNext line")).extracting(d -> d.evidence().text())
                .containsExactly("Term: 2026-03-01 to 2026-06-30", "Term: 2026-03-01 to 2026-06-30");
    }

    @Test
    void evidenceOnALaterPageNamesThePage() {
        MappedFacts facts = new MappedFacts();
        PartText part = new PartText(TestTexts.paged("Statement of Work", "Date signed: 2026-03-02"));
        detector.detect(part, List.of(), facts);

        assertThat(facts.ofType(DateMention.class)).singleElement()
                .satisfies(d -> assertThat(d.evidence().page()).isEqualTo(2));
    }

    @Test
    void numericDateIsReadDayFirstWhenAnotherDateOfThePartShowsIt() {
        assertThat(dates("Date signed: 05/06/2026\nDelivered 27/06/2026")).extracting(DateMention::date)
                .containsExactly(LocalDate.of(2026, 6, 5), LocalDate.of(2026, 6, 27));
    }

    @Test
    void numericDateIsReadMonthFirstWhenAnotherDateOfThePartShowsIt() {
        assertThat(dates("Date signed: 05.06.2026\nDelivered 06.27.2026")).extracting(DateMention::date)
                .containsExactly(LocalDate.of(2026, 5, 6), LocalDate.of(2026, 6, 27));
    }

    @Test
    void numericDateIsReadInTheOrderOfThePartsCues() {
        assertThat(dates("Contoso Pty Ltd\nDate: 05/06/2026")).extracting(DateMention::date)
                .containsExactly(LocalDate.of(2026, 6, 5));
        assertThat(dates("Contoso LLC\nDate: 05.06.2026")).extracting(DateMention::date)
                .containsExactly(LocalDate.of(2026, 5, 6));
    }

    @Test
    void numericDateIsReadDayFirstInAPartWithNonEnglishMonthNames() {
        assertThat(dates("Unterschrieben am 4. März 2026\nLieferung: 05/06/2026")).extracting(DateMention::date)
                .containsExactly(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 6, 5));
    }

    @Test
    void numericDateOfAPartWithoutCluesIsReadByItsSeparator() {
        assertThat(dates("Date signed: 05/06/2026\nDelivered 05.06.2026")).extracting(DateMention::date)
                .containsExactly(LocalDate.of(2026, 5, 6), LocalDate.of(2026, 6, 5));
    }
}
