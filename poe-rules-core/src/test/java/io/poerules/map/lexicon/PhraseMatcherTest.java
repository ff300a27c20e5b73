package io.poerules.map.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.poerules.map.lexicon.PhraseMatcher.Match;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

    @Test
    void matchesWholeWordsOnly() {
        PhraseMatcher matcher = PhraseMatcher.of(List.of("plan"));

        assertThat(matcher.matches("the airplane has a planet")).isFalse();
        assertThat(matcher.matches("plans")).isFalse();
        assertThat(matcher.findAll("a plan, then the plan.")).extracting(Match::start).containsExactly(2, 17);
    }

    @Test
    void aPhraseEndingWithAStarMatchesTheWordsItStarts() {
        PhraseMatcher matcher = PhraseMatcher.of(List.of("Konfiguration*", "Anwender schulung*"));

        assertThat(matcher.findAll("Konfigurationsrichtlinien und Konfiguration, Anwender-Schulungen"))
                .containsExactly(new Match("Konfiguration*", 0, 13), new Match("Konfiguration*", 30, 43),
                        new Match("Anwender schulung*", 45, 62));
        assertThat(matcher.findAll("Rekonfiguration")).isEmpty();
    }

    @Test
    void matchesIgnoringCase() {
        PhraseMatcher matcher = PhraseMatcher.of(List.of("Scope of Work"));

        assertThat(matcher.find("3. SCOPE OF WORK")).isEqualTo(new Match("Scope of Work", 3, 16));
        assertThat(matcher.find("the scope of work below")).isEqualTo(new Match("Scope of Work", 4, 17));
    }

    @Test
    void allCapsPhraseMatchesOnlyInCapitals() {
        PhraseMatcher matcher = PhraseMatcher.of(List.of("EA", "AKS"));

        assertThat(matcher.matches("an idea each year")).isFalse();
        assertThat(matcher.matches("Ea and aks")).isFalse();
        assertThat(matcher.findAll("Our EA covers AKS.")).extracting(Match::phrase).containsExactly("EA", "AKS");
    }

    @Test
    void prefersTheLongestPhraseAtTheSamePlace() {
        PhraseMatcher matcher = PhraseMatcher.of(List.of("Azure", "Azure AD Premium", "Azure AD"));

        assertThat(matcher.findAll("We enabled Azure AD Premium and Azure."))
                .containsExactly(new Match("Azure AD Premium", 11, 27), new Match("Azure", 32, 37));
    }

    @Test
    void allowsAnyWhitespaceOrHyphenBetweenWords() {
        PhraseMatcher matcher = PhraseMatcher.of(List.of("lift and shift", "scope of work"));

        assertThat(matcher.find("a lift-and-shift move")).isEqualTo(new Match("lift and shift", 2, 16));
        assertThat(matcher.find("Scope  of\n  Work")).isEqualTo(new Match("scope of work", 0, 16));
        assertThat(matcher.matches("liftandshift")).isFalse();
    }

    @Test
    void phraseOfSymbolsNeedsNoWordBoundary() {
        PhraseMatcher matcher = PhraseMatcher.of(List.of("/s/"));

        assertThat(matcher.find("Signature:/s/Jane Doe")).isEqualTo(new Match("/s/", 10, 13));
    }

    @Test
    void emptyOrBlankPhrasesMatchNothing() {
        PhraseMatcher matcher = PhraseMatcher.of(List.of(" ", ""));

        assertThat(matcher.isEmpty()).isTrue();
        assertThat(matcher.find("anything")).isNull();
        assertThat(matcher.findAll("anything")).isEmpty();
        assertThat(PhraseMatcher.of(List.of()).matches("anything")).isFalse();
    }

    @Test
    void phrasesThatStartWithPunctuationMatchAnywhere() {
        PhraseMatcher matcher = PhraseMatcher.of(List.of("/s/", "-----Original Message-----", "signed"));

        assertThat(matcher.findAll("Signature:/s/ Jane\n-----Original Message-----\nsigned"))
                .extracting(PhraseMatcher.Match::phrase)
                .containsExactly("/s/", "-----Original Message-----", "signed");
    }

    @Test
    void theLongestPhraseWinsWhereTwoStartTogether() {
        PhraseMatcher matcher = PhraseMatcher.of(List.of("Azure", "Azure AD Premium", "Azure AD"));

        assertThat(matcher.findAll("Azure AD Premium and Azure AD and Azure"))
                .extracting(PhraseMatcher.Match::phrase, PhraseMatcher.Match::start)
                .containsExactly(tuple("Azure AD Premium", 0),
                        tuple("Azure AD", 21),
                        tuple("Azure", 34));
    }

    @Test
    void aPhraseDoesNotStartInsideAWord() {
        assertThat(PhraseMatcher.of(List.of("ea", "test")).findAll("the area is attested")).isEmpty();
    }

    @Test
    void findsWhatOneAlternationOfAllPhrasesFinds() {
        List<String> phrases = List.of("Azure", "Azure AD", "Azure AD Premium", "EA", "EAS", "AKS", "plan", "plans",
                "scope of work", "/s/", "(Customer)", "Straße", "straße", "Köln", "İstanbul", "istanbul", "ﬁle",
                "K8s", "kelvin", "Ω meter", "ǅemal", "2nd phase", "-- Original Message --", "A", "a b", "plan*",
                "Konfiguration*", "scope of*");
        List<String> pieces = new ArrayList<>(phrases);
        pieces.addAll(List.of(" ", "  ", "-", "\n", "x", "X", "1", "ǆ", "ǅ", "Ǆ", "\u212A", "ß", "SS", "ı", "I", "i",
                "\u0130", "é", "É", "(", ")", "azure", "AZURE", "ea", "Ea", "aks", "\uD835\uDC00", "\t", "ﬀ"));
        PhraseMatcher matcher = PhraseMatcher.of(phrases);
        Pattern reference = referenceAlternation(phrases);
        Random random = new Random(11);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) {
                String piece = pieces.get(random.nextInt(pieces.size()));
                text.append(random.nextInt(4) == 0 ? piece.toUpperCase() : random.nextInt(4) == 0 ? piece.toLowerCase() : piece);
            }
            assertThat(matcher.findAll(text)).as("in \"%s\"", text).isEqualTo(referenceFindAll(reference, phrases, text));
        }
    }

    @Test
    void findsEveryPhraseAtItsOffsetInAMegabyteOfText() {
        PhraseMatcher matcher = PhraseMatcher.of(IntStream.range(0, 300)
                .mapToObj(i -> "phrase number " + Integer.toString(i, 36) + " of the lexicon").toList());
        String filler = "The partner will migrate the customer's file servers to Azure Files and validate the cutover.\n";
        StringBuilder text = new StringBuilder();
        List<Match> expected = new ArrayList<>();
        for (int line = 0; text.length() < 1 << 20; line++) {
            switch (line) {
                case 0 -> plant(text, expected, "", "phrase number 0 of the lexicon", "phrase number 0 of the lexicon",
                        " opens the text.\n");
                case 1_000 -> plant(text, expected, "See ", "PHRASE NUMBER 10 OF THE LEXICON",
                        "phrase number 10 of the lexicon", " in capitals.\n");
                // Near misses: inside a word, a longer last word, another word between, a number of no phrase.
                case 2_500 -> text.append("rephrase number 1 of the lexicon, phrase number 1 of the lexicons, ")
                        .append("phrase number 1 of a lexicon, phrase number zz of the lexicon.\n");
                case 5_000 -> {
                    plant(text, expected, "Both ", "phrase number a of the lexicon", "phrase number a of the lexicon",
                            "");
                    plant(text, expected, " and ", "phrase number 1 of the lexicon", "phrase number 1 of the lexicon",
                            " apply.\n");
                }
                case 7_777 -> plant(text, expected, "(", "phrase-number  1\n of the\tlexicon",
                        "phrase number 1 of the lexicon", ")\n");
                default -> text.append(filler);
            }
        }
        plant(text, expected, "Signed off against ", "Phrase Number 8B of the Lexicon", "phrase number 8b of the lexicon",
                "");

        assertThat(text.length()).isGreaterThan(1 << 20);
        assertThat(matcher.findAll(text)).containsExactlyElementsOf(expected);
        assertThat(expected).extracting(Match::start).contains(0);
        assertThat(expected).last().extracting(Match::end).isEqualTo(text.length());
    }

    /** Appends {@code before}, the phrase as {@code written} and {@code after}; expects the phrase where it was written. */
    private static void plant(StringBuilder text, List<Match> expected, String before, String written, String phrase,
            String after) {
        int start = text.length() + before.length();
        text.append(before).append(written).append(after);
        expected.add(new Match(phrase, start, start + written.length()));
    }

    private static Pattern referenceAlternation(List<String> phrases) {
        List<String> sorted = sorted(phrases);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < sorted.size(); i++) {
            regex.append(i == 0 ? "" : "|").append("(").append(PhraseMatcher.toRegex(sorted.get(i))).append(")");
        }
        return Pattern.compile(regex.toString(), Pattern.UNICODE_CASE);
    }

    private static List<String> sorted(List<String> phrases) {
        return phrases.stream().map(String::strip).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    private static List<Match> referenceFindAll(Pattern pattern, List<String> phrases, CharSequence text) {
        List<String> sorted = sorted(phrases);
        List<Match> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    out.add(new Match(sorted.get(g - 1), m.start(), m.end()));
                    break;
                }
            }
        }
        return out;
    }
}
