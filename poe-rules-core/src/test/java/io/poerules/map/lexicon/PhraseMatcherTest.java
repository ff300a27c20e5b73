package io.poerules.map.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.poerules.map.lexicon.PhraseMatcher.Match;
import java.util.List;
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
}
