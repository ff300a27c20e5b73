package io.poerules.map;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.regex.MatchResult;
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

    /**
     * The ways a date is written: each an expression, and a test of where a match of it can start
     * (the characters its expression opens with), so that the expression is tried only there.
     */
    enum Form {
        ISO("(?<![\\d/.])((?:19|20)\\d\\d)([\\-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d/])", 0,
                "12", DIGITS + "/.") {
            @Override
            LocalDate date(MatchResult m) {
                return of(number(m, 1), number(m, 3), number(m, 4));
            }
        },
        DAY_MONTH_YEAR("(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th)?[\\s\\-]+(?:of\\s+)?" + MONTH
                + "\\.?[\\s\\-,]+((?:19|20)\\d\\d)(?!\\d)", Pattern.CASE_INSENSITIVE,
                DIGITS, DIGITS + LETTERS) {
            @Override
            LocalDate date(MatchResult m) {
                return of(number(m, 3), month(m.group(2)), number(m, 1));
            }
        },
        MONTH_DAY_YEAR("(?<![\\p{L}])" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)(?!\\d)",
                Pattern.CASE_INSENSITIVE, "adfjmnosADFJMNOS", LETTERS) {
            @Override
            LocalDate date(MatchResult m) {
                return of(number(m, 3), month(m.group(1)), number(m, 2));
            }
        },
        SLASHED("(?<![\\d/.])(\\d{1,2})([/.])(\\d{1,2})\\2((?:19|20)\\d\\d)(?![\\d/])", 0,
                DIGITS, DIGITS + "/.") {
            @Override
            LocalDate date(MatchResult m) {
                int a = number(m, 1);
                int b = number(m, 3);
                boolean dayFirst = m.group(2).equals(".") ? b <= 12 : a > 12;
                return of(number(m, 4), dayFirst ? b : a, dayFirst ? a : b);
            }
        };

        final Pattern pattern;
        private final boolean[] startsWith = new boolean[128];
        private final boolean[] neverAfter = new boolean[128];

        /**
         * @param startsWith the characters a match starts with (ASCII)
         * @param neverAfter ASCII characters that its look-behind refuses before a match
         */
        Form(String regex, int flags, String startsWith, String neverAfter) {
            this.pattern = Pattern.compile(regex, flags);
            startsWith.chars().forEach(c -> this.startsWith[c] = true);
            neverAfter.chars().forEach(c -> this.neverAfter[c] = true);
        }

        /** Whether a match can start at {@code i}: a quick test, true wherever the expression can match. */
        boolean canStartAt(String text, int i) {
            char c = text.charAt(i);
            if (c >= 128 || !startsWith[c]) {
                return false;
            }
            if (i > 0) {
                char before = text.charAt(i - 1);
                if (before < 128 && neverAfter[before]) {
                    return false;
                }
            }
            return shapedAt(text, i);
        }

        /** Whether the characters right after {@code i} are those every match of the expression starts with. */
        private boolean shapedAt(String text, int i) {
            return switch (this) {
                case ISO -> digitAt(text, i + 1) && digitAt(text, i + 2) && digitAt(text, i + 3)
                        && oneOfAt(text, i + 4, "-/.") && digitAt(text, i + 5);
                case DAY_MONTH_YEAR -> monthAfterDay(text, digitAt(text, i + 1) ? i + 2 : i + 1);
                case MONTH_DAY_YEAR -> monthNameAt(text, i);
                case SLASHED -> slashedYearAfter(text, digitAt(text, i + 1) ? i + 2 : i + 1);
            };
        }

        /** The date a match writes, or {@code null} when it is no calendar date (a version number, a reference). */
        abstract LocalDate date(MatchResult m);

    }

    /** The ASCII characters some form's match can start with. */
    private static final boolean[] ANY_START = new boolean[128];

    static {
        for (Form form : Form.values()) {
            for (int c = 0; c < 128; c++) {
                ANY_START[c] |= form.startsWith[c];
            }
        }
    }

    /**
     * The matches of every form's expression, each form's in order as {@code find()} gives them, in one pass
     * over the text: each expression is tried only where its match can start and its previous match has
     * ended. At one place the forms are tried in their order.
     */
    static void forEachMatch(String text, BiConsumer<Form, MatchResult> action) {
        Form[] forms = Form.values();
        Matcher[] matchers = new Matcher[forms.length];
        int[] resume = new int[forms.length];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128 || !ANY_START[c]) {
                continue;
            }
            for (Form form : forms) {
                int f = form.ordinal();
                if (i < resume[f] || !form.canStartAt(text, i)) {
                    continue;
                }
                if (matchers[f] == null) {
                    matchers[f] = form.pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                }
                Matcher m = matchers[f].region(i, text.length());
                if (m.lookingAt()) {
                    action.accept(form, m);
                    resume[f] = m.end();
                }
            }
        }
    }

    private static final String DIGITS = "0123456789";
    /** {@code \\s}: the white space of the expressions. */
    private static final String SPACE = " \t\n\u000B\f\r";
    private static final String SPACE_OR_HYPHEN = SPACE + "-";
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /** Whether the three letters at {@code i} open a month's name, in any case. */
    private static boolean monthNameAt(String text, int i) {
        if (i + 3 > text.length()) {
            return false;
        }
        int a = lowerAscii(text.charAt(i));
        int b = lowerAscii(text.charAt(i + 1));
        int c = lowerAscii(text.charAt(i + 2));
        if ((a | b | c) >= 128) {
            return false;
        }
        return switch (a << 16 | b << 8 | c) {
            case 'j' << 16 | 'a' << 8 | 'n', 'f' << 16 | 'e' << 8 | 'b', 'm' << 16 | 'a' << 8 | 'r',
                    'a' << 16 | 'p' << 8 | 'r', 'm' << 16 | 'a' << 8 | 'y', 'j' << 16 | 'u' << 8 | 'n',
                    'j' << 16 | 'u' << 8 | 'l', 'a' << 16 | 'u' << 8 | 'g', 's' << 16 | 'e' << 8 | 'p',
                    'o' << 16 | 'c' << 8 | 't', 'n' << 16 | 'o' << 8 | 'v', 'd' << 16 | 'e' << 8 | 'c' -> true;
            default -> false;
        };
    }

    /**
     * Whether a month's name follows a day that ends before {@code i}: an ordinal suffix or none, white
     * space or hyphens, an optional "of" and white space, then the name (in any case).
     */
    private static boolean monthAfterDay(String text, int i) {
        if (i + 1 < text.length() && isOrdinalSuffix(lowerAscii(text.charAt(i)), lowerAscii(text.charAt(i + 1)))) {
            i += 2;
        }
        if (!oneOfAt(text, i, SPACE_OR_HYPHEN)) {
            return false;
        }
        while (oneOfAt(text, i, SPACE_OR_HYPHEN)) {
            i++;
        }
        if (i + 2 < text.length() && lowerAscii(text.charAt(i)) == 'o' && lowerAscii(text.charAt(i + 1)) == 'f'
                && oneOfAt(text, i + 2, SPACE)) {
            i += 2;
            while (oneOfAt(text, i, SPACE)) {
                i++;
            }
        }
        return monthNameAt(text, i);
    }

    private static boolean isOrdinalSuffix(int a, int b) {
        return a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h';
    }

    /**
     * Whether, after a first number that ends at {@code i}, come a separator ({@code /} or {@code .}), one or
     * two digits, the same separator and a year's first two digits (19 or 20).
     */
    private static boolean slashedYearAfter(String text, int i) {
        if (!oneOfAt(text, i, "/.") || !digitAt(text, i + 1)) {
            return false;
        }
        char separator = text.charAt(i);
        int j = digitAt(text, i + 2) ? i + 3 : i + 2;
        return j + 2 < text.length() && text.charAt(j) == separator
                && (text.startsWith("19", j + 1) || text.startsWith("20", j + 1));
    }

    private static boolean digitAt(String text, int i) {
        return i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }

    private static boolean oneOfAt(String text, int i, String characters) {
        return i < text.length() && characters.indexOf(text.charAt(i)) >= 0;
    }

    private static int lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }

    private DateParser() {
    }

    static List<Found> findAll(String text) {
        List<Found> out = new ArrayList<>();
        forEachMatch(text, (form, m) -> {
            LocalDate date = form.date(m);
            if (date != null) {
                out.add(new Found(date, m.start(), m.end()));
            }
        });
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
    }

    private static int number(MatchResult m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static LocalDate of(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
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
