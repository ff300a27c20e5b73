package io.poerules.map;

import io.poerules.map.lexicon.PhraseMatcher;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates, in the forms and languages of the lexicon: a month's name or abbreviation in any
 * language with the day before it ("4 March 2026", "4. März 2026", "4 de marzo de 2026", "le 4 mars 2026",
 * "3rd of March, 2026", "4 Mar 26") or after it ("March 4, 2026", "Aug 18, 2026"); the year first
 * ({@code 2026-03-04}, {@code 2026/03/04}, {@code 2026.03.04}); and day and month as numbers
 * ({@code 03/04/2026}, {@code 14.07.2026}, {@code 21-04-2026}). A numeric date whose two numbers could each be
 * the month is read in the document's {@link Order}. Immutable and thread-safe.
 */
final class DateParser {

    /** A date found in text. @param date the date @param start offset @param end offset past it */
    record Found(LocalDate date, int start, int end) {
    }

    /** The order of day and month in a document's numeric dates. */
    enum Order {
        /** Day first, as in Europe, the UK, Australia, India: {@code 05/12/2025} is 5 December. */
        DAY_FIRST,
        /** Month first, as in the US: {@code 05/12/2025} is 12 May. */
        MONTH_FIRST
    }

    private static final Pattern YEAR_FIRST = Pattern.compile(
            "(?<![\\d/.])((?:19|20)\\d\\d)([\\-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d/]|\\.\\d)");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d/.\\-])(\\d{1,2})([/.\\-])(\\d{1,2})\\2((?:19|20)\\d\\d)(?![\\d/]|\\.\\d|-\\d)");
    private static final Pattern DAY_BEFORE = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|er|e|ème|º|ª|°)?\\.?[\\s\\-]*(?:(?:CONNECTORS)\\s+)?[\\s\\-]*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_AFTER = Pattern.compile(
            "^\\.?[\\s,\\-]*(?:(?:CONNECTORS)\\s+)?((?:19|20)\\d\\d|'?\\d\\d)(?![\\d:/.]\\d|\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_YEAR_AFTER = Pattern.compile(
            "^\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)(?!\\d)", Pattern.CASE_INSENSITIVE);
    /** How far before a month's name its day can stand ("21st of "). */
    private static final int DAY_REACH = 16;
    private static final int YEAR_REACH = 14;

    private final PhraseMatcher monthNames;
    private final Map<String, Integer> monthOf = new HashMap<>();
    private final Map<String, Boolean> english = new HashMap<>();
    private final Pattern dayBefore;
    private final Pattern yearAfter;
    private final PhraseMatcher dayFirstCues;
    private final PhraseMatcher monthFirstCues;
    /** The month names' list in {@link #shared}, for the dates of a part's whole text. */
    private final SharedPhrases shared;
    private final int monthList;

    /**
     * @param months         per month (1 to 12), its names and abbreviations by language code
     * @param connectors     the words between a day, a month and a year ("of", "de")
     * @param dayFirstCues   phrases of documents that write the day first ("Pty Ltd", "VAT")
     * @param monthFirstCues phrases of documents that write the month first ("LLC", "Inc.")
     */
    DateParser(Map<Integer, Map<String, List<String>>> months, List<String> connectors, List<String> dayFirstCues,
               List<String> monthFirstCues) {
        this(months, connectors, dayFirstCues, monthFirstCues, new SharedPhrases());
        shared.freeze();
    }

    /** As the other constructor; registers its month names with {@code shared}, frozen before the first search. */
    DateParser(Map<Integer, Map<String, List<String>>> months, List<String> connectors, List<String> dayFirstCues,
               List<String> monthFirstCues, SharedPhrases shared) {
        List<String> names = new ArrayList<>();
        months.forEach((month, byLanguage) -> byLanguage.forEach((language, list) -> list.forEach(name -> {
            String key = name.strip().toLowerCase(Locale.ROOT);
            names.add(name.strip());
            monthOf.putIfAbsent(key, month);
            english.merge(key, language.startsWith("en"), Boolean::logicalOr);
        })));
        this.monthNames = PhraseMatcher.of(lowerCase(names));
        this.shared = shared;
        this.monthList = shared.add(monthNames.phrases());
        String joined = connectors.stream().map(c -> Pattern.quote(c.strip())).reduce((a, b) -> a + "|" + b)
                .orElse("of");
        this.dayBefore = Pattern.compile(DAY_BEFORE.pattern().replace("CONNECTORS", joined), DAY_BEFORE.flags());
        this.yearAfter = Pattern.compile(YEAR_AFTER.pattern().replace("CONNECTORS", joined), YEAR_AFTER.flags());
        this.dayFirstCues = PhraseMatcher.of(dayFirstCues);
        this.monthFirstCues = PhraseMatcher.of(monthFirstCues);
    }

    /** Whether a text has two digits in a row: every date form has them (its year, written in two or four). */
    private static boolean hasYear(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i)) && Character.isDigit(text.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Month names matched without regard to case: written in capitals, a lexicon name would match case by case. */
    private static List<String> lowerCase(List<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).distinct().toList();
    }

    /** Every date of a text, in order, numeric ones read in the given order ({@code null}: each form's default). */
    List<Found> findAll(String text, Order order) {
        return findAllOrderedBy(text, () -> order);
    }

    /**
     * As {@link #findAll(String, Order)}, with the order asked for only when a numeric date could be read either way
     * ("04/03/2026"): working out a part's order reads all of it.
     */
    List<Found> findAllOrderedBy(String text, Supplier<Order> order) {
        return hasYear(text) ? inOrder(text, monthNames.findAll(text), order) : List.of();
    }

    /** Every date of a part's whole text, in order, numeric ones read in the part's order ({@link PartText#dateOrder}). */
    List<Found> findAll(PartText part) {
        String text = part.text();
        return hasYear(text) ? inOrder(text, shared.findAll(part, monthList), () -> part.dateOrder(this)) : List.of();
    }

    /** The dates of a text whose month names are {@code months}, in order, overlapping ones left out. */
    private List<Found> inOrder(String text, List<PhraseMatcher.Match> months, Supplier<Order> order) {
        List<Found> out = new ArrayList<>();
        named(text, months, out);
        numeric(text, order, out);
        out.sort(Comparator.comparingInt(Found::start));
        List<Found> kept = new ArrayList<>();
        int end = -1;
        for (Found f : out) {
            if (f.start() >= end) {
                kept.add(f);
                end = f.end();
            }
        }
        return kept;
    }

    /**
     * The order of day and month in a text's numeric dates: what its dates that can be read only one way show
     * ("27/11/2025"), else what its cues show, else for a text whose month names are not English, day first;
     * {@code null} when nothing tells.
     */
    Order orderIn(String text) {
        int day = 0;
        int month = 0;
        for (Matcher m : numericDates(text)) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            day += a > 12 && b <= 12 ? 1 : 0;
            month += b > 12 && a <= 12 ? 1 : 0;
        }
        if (day != month) {
            return day > month ? Order.DAY_FIRST : Order.MONTH_FIRST;
        }
        int dayCues = dayFirstCues.findAll(text).size();
        int monthCues = monthFirstCues.findAll(text).size();
        if (dayCues != monthCues) {
            return dayCues > monthCues ? Order.DAY_FIRST : Order.MONTH_FIRST;
        }
        int foreign = 0;
        int englishNames = 0;
        for (PhraseMatcher.Match name : monthNames.findAll(text)) {
            if (english.getOrDefault(name.phrase(), false)) {
                englishNames++;
            } else {
                foreign++;
            }
        }
        return foreign > englishNames ? Order.DAY_FIRST : null;
    }

    private void named(String text, List<PhraseMatcher.Match> months, List<Found> out) {
        for (PhraseMatcher.Match m : months) {
            int month = monthOf.get(m.phrase());
            Matcher before = dayBefore.matcher(text).region(Math.max(0, m.start() - DAY_REACH), m.start());
            Matcher after = yearAfter.matcher(text).region(m.end(), Math.min(text.length(), m.end() + YEAR_REACH));
            Matcher dayYear = DAY_YEAR_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + YEAR_REACH));
            boolean monthFirst = dayYear.lookingAt();
            if (before.find() && after.lookingAt() && !(monthFirst && after.group(1).length() < 4)) {
                LocalDate date = of(year(after.group(1)), month, Integer.parseInt(before.group(1)));
                if (date != null) {
                    out.add(new Found(date, before.start(), after.end()));
                    continue;
                }
            }
            if (monthFirst && !isLetterAt(text, m.start() - 1)) {
                LocalDate date = of(Integer.parseInt(dayYear.group(2)), month, Integer.parseInt(dayYear.group(1)));
                if (date != null) {
                    out.add(new Found(date, m.start(), dayYear.end()));
                }
            }
        }
    }

    private static void numeric(String text, Supplier<Order> orderOf, List<Found> out) {
        for (int year = yearAfter(text, 0); year >= 0; year = yearAfter(text, year + 4)) {
            Matcher iso = yearFirstAt(text, year);
            if (iso == null) {
                continue;
            }
            LocalDate date = of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(3)),
                    Integer.parseInt(iso.group(4)));
            if (date != null) {
                out.add(new Found(date, iso.start(), iso.end()));
            }
        }
        for (Matcher m : numericDates(text)) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            boolean dayFirst;
            if (a > 12 || b > 12) {
                dayFirst = a > 12;
            } else {
                Order order = orderOf.get();
                dayFirst = order != null ? order == Order.DAY_FIRST : !m.group(2).equals("/");
            }
            LocalDate date = of(Integer.parseInt(m.group(4)), dayFirst ? b : a, dayFirst ? a : b);
            if (date != null) {
                out.add(new Found(date, m.start(), m.end()));
            }
        }
    }

    /**
     * The numeric dates ({@code 03/04/2026}) of a text, in order: {@link #NUMERIC} tried only where a year stands after
     * a separator, as its whole-text search would find them (a date cannot start inside another).
     */
    private static List<Matcher> numericDates(String text) {
        List<Matcher> found = new ArrayList<>();
        for (int year = yearAfter(text, 0); year >= 0; year = yearAfter(text, year + 4)) {
            if (year == 0 || "/.-".indexOf(text.charAt(year - 1)) < 0) {
                continue;
            }
            Matcher m = NUMERIC.matcher(text).region(Math.max(0, year - 6), year + 4).useTransparentBounds(true);
            if (m.find() && m.end() == year + 4) {
                found.add(m);
            }
        }
        return found;
    }

    /** The ISO-like date ({@code 2026-04-03}, {@link #YEAR_FIRST}) that starts with the year at {@code year}, or null. */
    private static Matcher yearFirstAt(String text, int year) {
        if (year + 4 >= text.length() || "-/.".indexOf(text.charAt(year + 4)) < 0) {
            return null;
        }
        Matcher m = YEAR_FIRST.matcher(text).region(year, Math.min(text.length(), year + 10)).useTransparentBounds(true);
        return m.lookingAt() ? m : null;
    }

    /**
     * Where the next four-digit year of this century or the last ({@code 19xx}, {@code 20xx}) starts at or after
     * {@code from}, with no digit right before or after it; -1 when there is none.
     */
    private static int yearAfter(String text, int from) {
        for (int i = Math.max(from, 0); i + 4 <= text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '1' || c == '2') && text.charAt(i + 1) == (c == '1' ? '9' : '0') && isDigit(text, i + 2)
                    && isDigit(text, i + 3) && !isDigit(text, i - 1) && !isDigit(text, i + 4)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isDigit(String text, int i) {
        return i >= 0 && i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }

    /** A year as written: four digits, or two ("26", "'26") for this century. */
    private static int year(String written) {
        String digits = written.replace("'", "");
        return digits.length() == 2 ? 2000 + Integer.parseInt(digits) : Integer.parseInt(digits);
    }

    private static boolean isLetterAt(String text, int i) {
        return i >= 0 && i < text.length() && Character.isLetter(text.charAt(i));
    }

    private static LocalDate of(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
