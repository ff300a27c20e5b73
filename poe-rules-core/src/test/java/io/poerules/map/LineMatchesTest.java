package io.poerules.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.map.lexicon.PhraseMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineMatchesTest {

    private static final List<String> PHRASES = List.of("migrate", "migrate to", "design document", "design",
            "run book", "a b", "(Customer)", "/s/", "Azure AD", "EA");

    @Test
    void theFirstMatchOfALineIsWhatTheMatcherFindsInTheLineAlone() {
        PhraseMatcher matcher = PhraseMatcher.of(PHRASES);
        List<String> pieces = new ArrayList<>(PHRASES);
        pieces.addAll(List.of(" ", "  ", "-", "- ", "\n", "\n- ", "\f", "\t", "x", "a", "b", "ea", "AD", "é", ":",
                "MIGRATE", "Design", "to", "document", "Azure", "\u00A0", "\u2003"));
        Random random = new Random(17);
        int compared = 0;
        int found = 0;
        for (int round = 0; round < 5_000; round++) {
            StringBuilder built = new StringBuilder();
            for (int i = random.nextInt(30); i >= 0; i--) {
                built.append(pieces.get(random.nextInt(pieces.size())));
            }
            PartText text = TestTexts.text(built.toString());
            LineMatches lines = new LineMatches(matcher.findAll(text.text()), matcher);
            for (PartText.Line line : text.lines()) {
                int afterBullet = line.start();
                if (line.text().startsWith("- ")) {
                    afterBullet += line.text().indexOf(line.text().substring(2).strip());
                }
                for (int from : new int[] {line.start(), afterBullet}) {
                    if (from >= line.end()) {
                        continue;
                    }
                    String range = text.text().substring(from, line.end());
                    PhraseMatcher.Match first = lines.first(range, from);
                    assertThat(first).as("in \"%s\" of \"%s\"", range, text.text()).isEqualTo(matcher.find(range));
                    compared++;
                    found += first == null ? 0 : 1;
                }
            }
        }
        assertThat(compared).isGreaterThan(20_000);
        assertThat(found).isGreaterThan(5_000);
    }

    @Test
    void aMatchThatRunsOnIntoTheNextLineCrossesBoth() {
        PartText text = TestTexts.text("We migrate\nto Azure today");
        LineMatches lines = new LineMatches(PhraseMatcher.of(PHRASES).findAll(text.text()), PhraseMatcher.of(PHRASES));
        PartText.Line first = text.lines().get(0);
        PartText.Line second = text.lines().get(1);

        assertThat(lines.crosses(first.start(), first.end())).isTrue();
        assertThat(lines.crosses(second.start(), second.end())).isTrue();
        assertThat(PhraseMatcher.of(PHRASES).find(first.text())).isNotNull();
    }
}
