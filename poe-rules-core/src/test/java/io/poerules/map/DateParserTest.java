package io.poerules.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.map.DateParser.Found;
import io.poerules.map.DateParser.Order;
import io.poerules.map.lexicon.Lexicon;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DateParserTest {

    private static final Lexicon LEXICON = TestTexts.lexicon("""
            {
              "dates": {
                "months": {
                  "FEBRUARY": {"en": ["February", "Feb"], "de": ["Februar"]},
                  "MARCH": {"en": ["March", "Mar"], "de": ["März"], "fr": ["mars"], "es": ["marzo"]},
                  "MAY": {"en": ["May"], "fr": ["mai"]},
                  "JUNE": {"en": ["June", "Jun"]},
                  "AUGUST": {"en": ["August", "Aug"]},
                  "SEPTEMBER": {"en": ["September", "Sept", "Sep"]},
                  "NOVEMBER": {"en": ["November", "Nov"], "de": ["November"], "es": ["noviembre"]}
                },
                "connectors": {"en": ["of", "the"], "es": ["de"]},
                "dayFirstCues": {"en": ["Pty Ltd", "VAT"], "de": ["GmbH"]},
                "monthFirstCues": {"en": ["LLC", "Inc."]}
              }
            }""");

    private final DateParser parser = parser(LEXICON);

    private static DateParser parser(Lexicon lexicon) {
        return new DateParser(lexicon.months(), lexicon.dateConnectors(), lexicon.dayFirstCues(),
                lexicon.monthFirstCues());
    }

    private List<LocalDate> dates(String text, Order order) {
        return parser.findAll(text, order).stream().map(Found::date).toList();
    }

    private List<LocalDate> dates(String text) {
        return dates(text, null);
    }

    /** The numeric forms as whole-text searches find them: what the parser finds only where a year stands. */
    private static final Pattern YEAR_FIRST = Pattern.compile(
            "(?<![\\d/.])((?:19|20)\\d\\d)([\\-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d/]|\\.\\d)");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d/.\\-])(\\d{1,2})([/.\\-])(\\d{1,2})\\2((?:19|20)\\d\\d)(?![\\d/]|\\.\\d|-\\d)");

    @Test
    void numericDatesAreWhereTheirExpressionsFindThem() {
        List<String> pieces = List.of("1", "4", "12", "31", "2026", "1999", "2100", "20", "19", "/", ".", "-", " ", "x",
                "0", "07");
        for (String text : TestTexts.randomTexts(pieces, 29, 20_000, 12)) {
            List<int[]> expected = new ArrayList<>();
            for (Pattern form : List.of(YEAR_FIRST, NUMERIC)) {
                Matcher m = form.matcher(text);
                while (m.find()) {
                    if (isDate(m, form == YEAR_FIRST)) {
                        expected.add(new int[] {m.start(), m.end()});
                    }
                }
            }
            expected.sort(Comparator.comparingInt((int[] span) -> span[0]));
            List<int[]> kept = new ArrayList<>();
            for (int[] span : expected) {
                if (kept.isEmpty() || span[0] >= kept.get(kept.size() - 1)[1]) {
                    kept.add(span);
                }
            }
            assertThat(parser.findAll(text, Order.DAY_FIRST)).as("\"%s\"", text)
                    .extracting(f -> List.of(f.start(), f.end()))
                    .containsExactlyElementsOf(kept.stream().map(span -> List.of(span[0], span[1])).toList());
        }
    }

    /** Whether a match is a date, a numeric one read day first unless its second number is over 12. */
    private static boolean isDate(Matcher m, boolean yearFirst) {
        int year = Integer.parseInt(m.group(yearFirst ? 1 : 4));
        int a = Integer.parseInt(m.group(yearFirst ? 3 : 1));
        int b = Integer.parseInt(m.group(yearFirst ? 4 : 3));
        boolean dayFirst = !yearFirst && !(b > 12 && a <= 12);
        int month = dayFirst ? b : a;
        int day = dayFirst ? a : b;
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    @Test
    void dayBeforeAnEnglishMonthName() {
        assertThat(dates("Dated 4 March 2026")).containsExactly(LocalDate.of(2026, 3, 4));
    }

    @Test
    void dayBeforeAGermanMonthNameWithAnOrdinalDot() {
        assertThat(dates("Berlin, den 4. März 2026")).containsExactly(LocalDate.of(2026, 3, 4));
    }

    @Test
    void spanishConnectorsStandBetweenDayMonthAndYear() {
        assertThat(dates("Madrid, 4 de marzo de 2026")).containsExactly(LocalDate.of(2026, 3, 4));
    }

    @Test
    void frenchDateAfterItsArticle() {
        assertThat(dates("Fait à Paris le 4 mars 2026")).containsExactly(LocalDate.of(2026, 3, 4));
    }

    @Test
    void ordinalDayWithConnectorAndCommaBeforeTheYear() {
        assertThat(dates("on the 21st of November, 2025")).containsExactly(LocalDate.of(2025, 11, 21));
        assertThat(dates("THE 2ND OF\tJUNE 2026")).containsExactly(LocalDate.of(2026, 6, 2));
        assertThat(dates("3Rd - - Sept. 2026")).containsExactly(LocalDate.of(2026, 9, 3));
    }

    @Test
    void abbreviatedMonthWithHyphens() {
        assertThat(dates("4-Mar-2026")).containsExactly(LocalDate.of(2026, 3, 4));
    }

    @Test
    void twoDigitYearIsOfThisCentury() {
        assertThat(dates("Signed 4 Mar 26")).containsExactly(LocalDate.of(2026, 3, 4));
        assertThat(dates("Signed 4 Mar '26")).containsExactly(LocalDate.of(2026, 3, 4));
    }

    @Test
    void monthNameBeforeTheDay() {
        assertThat(dates("Dated March 4, 2026")).containsExactly(LocalDate.of(2026, 3, 4));
        assertThat(dates("Sent: Aug 18, 2026")).containsExactly(LocalDate.of(2026, 8, 18));
        assertThat(dates("Sept. 14th 2025")).containsExactly(LocalDate.of(2025, 9, 14));
    }

    @Test
    void numberBeforeAMonthFirstDateIsNotItsDay() {
        assertThat(dates("Milestone 2 - March 14, 2026")).containsExactly(LocalDate.of(2026, 3, 14));
    }

    @Test
    void monthNamesMatchInAnyCase() {
        assertThat(dates("4 MARCH 2026 and 5 märz 2026")).containsExactly(LocalDate.of(2026, 3, 4),
                LocalDate.of(2026, 3, 5));
    }

    @Test
    void monthNameTheLexiconDoesNotHoldIsNoDate() {
        assertThat(dates("4 maart 2026, 4 July 2026")).isEmpty();
    }

    @Test
    void connectorTheLexiconDoesNotHoldJoinsNothing() {
        DateParser withoutSpanish = parser(TestTexts.lexicon("""
                {"dates": {"months": {"MARCH": {"es": ["marzo"]}}, "connectors": {"en": ["of"]}}}"""));

        assertThat(withoutSpanish.findAll("4 de marzo de 2026", null)).isEmpty();
        assertThat(withoutSpanish.findAll("4 marzo 2026", null)).extracting(Found::date)
                .containsExactly(LocalDate.of(2026, 3, 4));
    }

    @Test
    void isoDateWithItsOffsets() {
        assertThat(parser.findAll("Signed 2026-03-04.", null)).containsExactly(
                new Found(LocalDate.of(2026, 3, 4), 7, 17));
    }

    @Test
    void yearFirstSlashedOrDottedDateIsReadAsIso() {
        assertThat(dates("Date: 2026/02/20")).containsExactly(LocalDate.of(2026, 2, 20));
        assertThat(dates("Signed 2026.03.04")).containsExactly(LocalDate.of(2026, 3, 4));
    }

    @Test
    void yearFirstDateIsReadTheSameInEitherOrder() {
        assertThat(dates("2026-03-04", Order.DAY_FIRST)).containsExactly(LocalDate.of(2026, 3, 4));
        assertThat(dates("2026-03-04", Order.MONTH_FIRST)).containsExactly(LocalDate.of(2026, 3, 4));
    }

    @Test
    void yearFirstDateWithMixedSeparatorsIsNoDate() {
        assertThat(dates("2026-03/04 and 2026.03-04")).isEmpty();
    }

    @Test
    void namedMonthDateIsReadTheSameInEitherOrder() {
        assertThat(dates("4 March 2026", Order.MONTH_FIRST)).containsExactly(LocalDate.of(2026, 3, 4));
        assertThat(dates("March 4, 2026", Order.DAY_FIRST)).containsExactly(LocalDate.of(2026, 3, 4));
    }

    @Test
    void withoutAnOrderASlashedDateIsMonthFirst() {
        assertThat(dates("03/04/2026")).containsExactly(LocalDate.of(2026, 3, 4));
    }

    @Test
    void withoutAnOrderADottedOrDashedDateIsDayFirst() {
        assertThat(dates("04.03.2026 and 05-03-2026")).containsExactly(LocalDate.of(2026, 3, 4),
                LocalDate.of(2026, 3, 5));
    }

    @Test
    void dayFirstOrderReadsEverySeparatorDayFirst() {
        assertThat(dates("03/04/2026, 03.04.2026, 03-04-2026", Order.DAY_FIRST))
                .containsExactly(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 3));
    }

    @Test
    void monthFirstOrderReadsEverySeparatorMonthFirst() {
        assertThat(dates("03/04/2026, 03.04.2026, 03-04-2026", Order.MONTH_FIRST))
                .containsExactly(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 4));
    }

    @Test
    void numberAbove12IsTheDayWhateverTheOrder() {
        assertThat(dates("13/04/2026", Order.MONTH_FIRST)).containsExactly(LocalDate.of(2026, 4, 13));
        assertThat(dates("04.13.2026", Order.DAY_FIRST)).containsExactly(LocalDate.of(2026, 4, 13));
    }

    @Test
    void impossibleDatesAreIgnored() {
        assertThat(dates("2026-02-30, 31/31/2026, 30 February 2026, Feb 30, 2026, 2026/13/01")).isEmpty();
    }

    @Test
    void leapDayExistsOnlyInALeapYear() {
        assertThat(dates("29 February 2027 and 29 February 2028")).containsExactly(LocalDate.of(2028, 2, 29));
    }

    @Test
    void versionsAndYearsAndCountsAreNoDates() {
        assertThat(dates("Version 1.2, release 2.10.3, 250 seats, ISO 27001, May we proceed, due 12/2026")).isEmpty();
    }

    @Test
    void phoneLikeNumbersAreNoDates() {
        assertThat(dates("Tel +44 020-12-2026-55, fax 0161-12-2026, ref 10.11.2026.4, id 112/03/2026")).isEmpty();
    }

    @Test
    void datesAreReturnedInTextOrder() {
        assertThat(dates("From 4 March 2026 to 2026-01-15, then June 1, 2025 and 27/11/2025"))
                .containsExactly(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 1, 15), LocalDate.of(2025, 6, 1),
                        LocalDate.of(2025, 11, 27));
    }

    @Test
    void orderFromDatesThatCanBeReadOnlyOneWay() {
        assertThat(parser.orderIn("Kick-off 05/06/2026, signed 27/11/2025")).isEqualTo(Order.DAY_FIRST);
        assertThat(parser.orderIn("Kick-off 05/06/2026, signed 11/27/2025")).isEqualTo(Order.MONTH_FIRST);
    }

    @Test
    void moreUnambiguousDatesOfOneOrderWin() {
        assertThat(parser.orderIn("13/01/2026, 14/01/2026, 01/15/2026")).isEqualTo(Order.DAY_FIRST);
    }

    @Test
    void cuesDecideWhenNoDateCanBeReadOnlyOneWay() {
        assertThat(parser.orderIn("Contoso Pty Ltd, signed 05/06/2026")).isEqualTo(Order.DAY_FIRST);
        assertThat(parser.orderIn("Contoso GmbH, unterschrieben 05/06/2026")).isEqualTo(Order.DAY_FIRST);
        assertThat(parser.orderIn("Contoso LLC, signed 05/06/2026")).isEqualTo(Order.MONTH_FIRST);
    }

    @Test
    void moreCuesOfOneOrderWin() {
        assertThat(parser.orderIn("Fabrikam LLC for Contoso Pty Ltd, VAT included")).isEqualTo(Order.DAY_FIRST);
    }

    @Test
    void unambiguousDatesWinOverCues() {
        assertThat(parser.orderIn("Contoso Pty Ltd, VAT included, signed 11/27/2025")).isEqualTo(Order.MONTH_FIRST);
    }

    @Test
    void nonEnglishMonthNamesImplyDayFirst() {
        assertThat(parser.orderIn("Berlin, 4. März 2026, Lieferung 05/06/2026")).isEqualTo(Order.DAY_FIRST);
        assertThat(parser.orderIn("Madrid, 4 de marzo de 2026")).isEqualTo(Order.DAY_FIRST);
    }

    @Test
    void englishMonthNamesImplyNoOrder() {
        assertThat(parser.orderIn("London, 4 March 2026, delivery 05/06/2026")).isNull();
    }

    @Test
    void monthNameThatEnglishSharesWithAnotherLanguageCountsAsEnglish() {
        assertThat(parser.orderIn("4. November 2026")).isNull();
    }

    @Test
    void cuesWinOverMonthNames() {
        assertThat(parser.orderIn("Madrid, 4 de marzo de 2026, Contoso LLC")).isEqualTo(Order.MONTH_FIRST);
    }

    @Test
    void nothingTellsTheOrder() {
        assertThat(parser.orderIn("Kick-off 05/06/2026, review 2026-07-01")).isNull();
    }
}
