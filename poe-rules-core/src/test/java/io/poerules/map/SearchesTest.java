package io.poerules.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SearchesTest {

    /** Every match starts with a comma or a parenthesis; the look-behind and the word boundary see the text before. */
    private static final Pattern TERM = Pattern.compile("(?<!x)[,(]\\s*\\b(?:the\\s+)?\"[a-z ]{1,5}\"");

    @Test
    void findsWhatFindFindsTryingOnlyWhereAMatchCanStart() {
        for (String text : TestTexts.randomTexts(List.of(",", "(", " ", "the", "\"", "ab", "x", "\n", "Z"), 41, 20_000,
                16)) {
            assertThat(spans(text)).as("\"%s\"", text).isEqualTo(expected(text));
        }
    }

    private static List<List<Integer>> spans(String text) {
        List<List<Integer>> out = new ArrayList<>();
        Matcher m = TERM.matcher(text);
        for (int from = 0; Searches.find(m, text, from, List.of(",", "(")); from = m.end()) {
            out.add(List.of(m.start(), m.end()));
        }
        return out;
    }

    private static List<List<Integer>> expected(String text) {
        List<List<Integer>> out = new ArrayList<>();
        Matcher m = TERM.matcher(text);
        while (m.find()) {
            out.add(List.of(m.start(), m.end()));
        }
        return out;
    }
}
