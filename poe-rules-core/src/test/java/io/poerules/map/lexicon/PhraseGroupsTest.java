package io.poerules.map.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PhraseGroupsTest {

    @Test
    void findsForEachListWhatItsOwnMatcherFinds() {
        List<String> all = List.of("Azure", "Azure AD", "Azure AD Premium", "EA", "EAS", "AKS", "plan", "plans",
                "scope of work", "/s/", "(Customer)", "Straße", "straße", "Köln", "İstanbul", "istanbul", "ﬁle",
                "K8s", "kelvin", "Ω meter", "ǅemal", "2nd phase", "-- Original Message --", "A", "a b", "work plan",
                "of work", "AD Premium", "b", "plan of", "plan*", "Azure A*", "Köln*");
        List<String> pieces = new ArrayList<>(all);
        pieces.addAll(List.of(" ", "  ", "-", "\n", "x", "X", "1", "ǆ", "ǅ", "Ǆ", "\u212A", "ß", "SS", "ı", "I", "i",
                "\u0130", "é", "É", "(", ")", "azure", "AZURE", "ea", "Ea", "aks", "\uD835\uDC00", "\t", "ﬀ"));
        Random random = new Random(17);
        for (int lists = 0; lists < 200; lists++) {
            List<List<String>> groups = new ArrayList<>();
            for (int g = random.nextInt(6); g >= 0; g--) {
                List<String> list = new ArrayList<>();
                for (int n = random.nextInt(8); n > 0; n--) {
                    list.add(all.get(random.nextInt(all.size())));
                }
                groups.add(list);
            }
            PhraseGroups matcher = PhraseGroups.of(groups);
            List<PhraseMatcher> reference = groups.stream().map(PhraseMatcher::of).toList();
            for (int round = 0; round < 100; round++) {
                StringBuilder text = new StringBuilder();
                for (int i = random.nextInt(14); i >= 0; i--) {
                    String piece = pieces.get(random.nextInt(pieces.size()));
                    text.append(random.nextInt(4) == 0 ? piece.toUpperCase()
                            : random.nextInt(4) == 0 ? piece.toLowerCase() : piece);
                }
                int maxStart = random.nextInt(4);
                List<PhraseMatcher.Match> starting = matcher.findStartingBy(text, maxStart);
                for (int g = 0; g < groups.size(); g++) {
                    assertThat(starting.get(g)).as("list %s starting by %d in \"%s\"", groups.get(g), maxStart, text)
                            .isEqualTo(reference.get(g).findStartingBy(text, maxStart));
                }
                List<List<PhraseMatcher.Match>> found = matcher.findAll(text);
                assertThat(found).hasSize(groups.size());
                for (int g = 0; g < groups.size(); g++) {
                    assertThat(found.get(g)).as("list %s in \"%s\"", groups.get(g), text)
                            .isEqualTo(reference.get(g).findAll(text));
                }
            }
        }
    }

    @Test
    void aListWithoutPhrasesFindsNothing() {
        assertThat(PhraseGroups.of(List.of(List.of(), List.of("plan"))).findAll("the plan"))
                .containsExactly(List.of(), List.of(new PhraseMatcher.Match("plan", 4, 8)));
        assertThat(PhraseGroups.of(List.of()).findAll("the plan")).isEmpty();
    }
}
