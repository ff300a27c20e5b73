package io.poerules.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class DateParserTest {

    private static LocalDate only(String text) {
        assertThat(DateParser.findAll(text)).hasSize(1);
        return DateParser.findAll(text).get(0).date();
    }

    @Test
    void eachFormFindsWhatItsExpressionFinds() {
        List<String> pieces = List.of("2026", "1999", "20", "19", "4", "12", "31", "0", "-", "/", ".", ",", " ", "  ",
                "\n", "st", "th", "of ", "March", "mar", "SEPT", "Sept.", "june", "May", "Dec", "nov", "a", "Jx", "é", "ſep",
                "The", "x", "2026-03-04", "2026/02/", "20.", "March 4, ", "4 March ", "03/04/", "13.04.", "21st of Nov ",
                "OF ", "of\t", "nd", "RD", "2ND", "\t", "1.2.", "04/1", "12.31.20");
        Random random = new Random(11);
        int[] withMatches = new int[DateParser.Form.values().length];
        for (int round = 0; round < 20_000; round++) {
            StringBuilder built = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) {
                built.append(pieces.get(random.nextInt(pieces.size())));
            }
            String text = built.toString();
            Map<DateParser.Form, List<List<Integer>>> found = new EnumMap<>(DateParser.Form.class);
            DateParser.forEachMatch(text, (form, r) ->
                    found.computeIfAbsent(form, f -> new ArrayList<>()).add(List.of(r.start(), r.end())));
            for (DateParser.Form form : DateParser.Form.values()) {
                List<List<Integer>> expected = new ArrayList<>();
                Matcher m = form.pattern.matcher(text);
                while (m.find()) {
                    expected.add(List.of(m.start(), m.end()));
                }
                assertThat(found.getOrDefault(form, List.of())).as("%s in \"%s\"", form, text).isEqualTo(expected);
                withMatches[form.ordinal()] += expected.isEmpty() ? 0 : 1;
            }
        }
        assertThat(java.util.Arrays.stream(withMatches).min().orElse(0)).as("fewest texts with a match of one form").isGreaterThan(100);
    }

    @Test
    void isoDate() {
        assertThat(DateParser.findAll("Signed 2026-03-04.")).containsExactly(
                new DateParser.Found(LocalDate.of(2026, 3, 4), 7, 17));
    }

    @Test
    void yearFirstSlashedOrDottedDateIsReadAsIso() {
        assertThat(only("Date: 2026/02/20")).isEqualTo(LocalDate.of(2026, 2, 20));
        assertThat(only("Signed 2026.03.04")).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(DateParser.findAll("2026-03/04 and 2026/13/01")).isEmpty();
    }

    @Test
    void monthNameDayYear() {
        assertThat(only("Dated March 4, 2026")).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(only("Sept. 14 2025")).isEqualTo(LocalDate.of(2025, 9, 14));
    }

    @Test
    void dayMonthNameYear() {
        assertThat(only("Dated 4 March 2026")).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(only("on the 21st of November, 2025")).isEqualTo(LocalDate.of(2025, 11, 21));
        assertThat(only("THE 2ND OF\tJUNE 2026")).isEqualTo(LocalDate.of(2026, 6, 2));
        assertThat(only("3Rd - - Sept. 2026")).isEqualTo(LocalDate.of(2026, 9, 3));
    }

    @Test
    void dayAbbreviatedMonthYearWithHyphens() {
        assertThat(only("4-Mar-2026")).isEqualTo(LocalDate.of(2026, 3, 4));
    }

    @Test
    void slashedDateIsMonthFirst() {
        assertThat(only("03/04/2026")).isEqualTo(LocalDate.of(2026, 3, 4));
    }

    @Test
    void slashedDateWithDayAbove12IsDayFirst() {
        assertThat(only("13/04/2026")).isEqualTo(LocalDate.of(2026, 4, 13));
    }

    @Test
    void dottedDateIsDayFirst() {
        assertThat(only("04.03.2026")).isEqualTo(LocalDate.of(2026, 3, 4));
    }

    @Test
    void impossibleDateIsIgnored() {
        assertThat(DateParser.findAll("2026-02-30 and 31/31/2026 and 30 February 2026")).isEmpty();
    }

    @Test
    void numbersThatAreNotDatesAreIgnored() {
        assertThat(DateParser.findAll("Version 1.2, 250 seats, ISO 27001, May we proceed, 12/2026")).isEmpty();
    }

    @Test
    void datesAreReturnedInTextOrder() {
        assertThat(DateParser.findAll("From 4 March 2026 to 2026-01-15 and June 1, 2025"))
                .extracting(DateParser.Found::date)
                .containsExactly(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 1, 15), LocalDate.of(2025, 6, 1));
    }
}
