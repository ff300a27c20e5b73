package io.poerules.map;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates written as {@code 2026-03-04}, {@code March 4, 2026}, {@code 4 March 2026},
 * {@code 4-Mar-2026}, {@code 03/04/2026} (month first), {@code 04.03.2026} (day first) or
 * {@code 2026/03/04} and {@code 2026.03.04} (year first, as ISO).
 */
final class DateParser {

    /** A date found in text. @param date the date @param start offset @param end offset past it */
    record Found(LocalDate date, int start, int end) {
    }

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final Pattern ISO = Pattern.compile("(?=[12])(?<![\\d/.])((?:19|20)\\d\\d)([\\-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d/])");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?=\\d)(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th)?[\\s\\-]+(?:of\\s+)?" + MONTH + "\\.?[\\s\\-,]+((?:19|20)\\d\\d)(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?=[adfjmnos])(?<![\\p{L}])" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SLASHED = Pattern.compile("(?=\\d)(?<![\\d/.])(\\d{1,2})([/.])(\\d{1,2})\\2((?:19|20)\\d\\d)(?![\\d/])");

    // Each expression opens with a look-ahead at the character its match must start with, so that the
    // look-behind and the rest are tried only there, not at every place; it changes nothing that matches.

    private DateParser() {
    }

    static List<Found> findAll(String text) {
        List<Found> out = new ArrayList<>();
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            add(out, m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
        }
        m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            add(out, m, Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            add(out, m, Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = SLASHED.matcher(text);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            boolean dayFirst = m.group(2).equals(".") ? b <= 12 : a > 12;
            add(out, m, Integer.parseInt(m.group(4)), dayFirst ? b : a, dayFirst ? a : b);
        }
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
    }

    private static void add(List<Found> out, Matcher m, int year, int month, int day) {
        try {
            out.add(new Found(LocalDate.of(year, month, day), m.start(), m.end()));
        } catch (DateTimeException ignored) {
            // not a calendar date: a version number, a reference
        }
    }

    private static int month(String name) {
        return switch (name.substring(0, 3).toLowerCase(Locale.ROOT)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            default -> 12;
        };
    }
}
