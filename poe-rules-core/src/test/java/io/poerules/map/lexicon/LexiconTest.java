package io.poerules.map.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.poerules.api.RuleBuildException;
import io.poerules.api.RuleProblem;
import io.poerules.api.RuleSet;
import io.poerules.fact.SectionType;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {

    private static RuleSet.Resource json(String name, String content) {
        return new RuleSet.Resource("lexicons/" + name, "/analyst/lexicons/" + name, content);
    }

    private static List<RuleProblem> problems(RuleSet.Resource... files) {
        RuleBuildException e = catchThrowableOfType(RuleBuildException.class, () -> Lexicon.load(List.of(files)));
        assertThat(e).as("load error").isNotNull();
        return e.problems();
    }

    @Test
    void filesAreMergedListByList() {
        Lexicon lexicon = Lexicon.load(List.of(
                json("a.json", """
                        {"sectionHeadings": {"SCOPE": ["Scope of Work"]}, "parties": {"customerLabels": ["Customer"]}}"""),
                json("b.json", """
                        {"$comment": "more", "sectionHeadings": {"SCOPE": ["Services"], "BENEFITS": ["Benefits"]},
                         "parties": {"customerLabels": ["Client"], "partnerLabels": ["Partner"]}}""")));

        assertThat(lexicon.sectionHeadings().get(SectionType.SCOPE)).containsExactly("Scope of Work", "Services");
        assertThat(lexicon.sectionHeadings().get(SectionType.BENEFITS)).containsExactly("Benefits");
        assertThat(lexicon.customerLabels()).containsExactly("Customer", "Client");
        assertThat(lexicon.partnerLabels()).containsExactly("Partner");
        assertThat(lexicon.approvalPhrases()).isEmpty();
    }

    @Test
    void invalidJsonIsAProblemWithFileAndLine() {
        List<RuleProblem> problems = problems(json("broken.json", """
                {
                  "activityPhrases": ["migrate", "deploy"
                  "deliverablePhrases": ["runbook"]
                }"""));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("/analyst/lexicons/broken.json");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).startsWith("lexicon: ");
        });
    }

    @Test
    void unknownKeyIsAProblemWithFileAndLine() {
        List<RuleProblem> problems = problems(json("typo.json", """
                {
                  "activityPhrases": ["migrate"],
                  "activityPhrase": ["deploy"]
                }"""));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("/analyst/lexicons/typo.json");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(3);
            assertThat(p.message()).startsWith("lexicon: unknown key 'activityPhrase'; known keys: ")
                    .contains("activityPhrases", "products").doesNotContain("io.poerules", "ignorable");
        });
    }

    @Test
    void unknownNestedKeyPointsAtTheKey() {
        List<RuleProblem> problems = problems(json("ack.json", """
                {
                  "acknowledgement": {
                    "signatureLabels": ["Signature"],
                    "aproval": ["we approve"],
                    "receiptPhrases": ["received"]
                  },
                  "activityPhrases": ["migrate"]
                }"""));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).startsWith("lexicon: unknown key 'aproval' in acknowledgement; known keys: ")
                    .contains("signatureLabels");
        });
    }

    @Test
    void unknownEnumKeyIsAProblem() {
        assertThat(problems(json("sections.json", "{\"sectionHeadings\": {\"SCOPES\": [\"Scope\"]}}")))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("SCOPES"));
    }

    @Test
    void everyBadFileIsListed() {
        List<RuleProblem> problems = problems(
                json("good.json", "{\"activityPhrases\": [\"migrate\"]}"),
                json("one.json", "{\"nope\": 1}"),
                json("two.json", "not json"));

        assertThat(problems).extracting(RuleProblem::file)
                .containsExactly("/analyst/lexicons/one.json", "/analyst/lexicons/two.json");
    }

    @Test
    void phrasesMayBeWrittenPerLanguageAndAreMatchedInEveryLanguage() {
        Lexicon lexicon = Lexicon.load(List.of(
                json("parties.json", """
                        {"parties": {"customerLabels": {"en": ["Customer", "Client"], "de": ["Auftraggeber"], "pt-BR": ["Contratante"]}}}"""),
                json("extra.json", """
                        {"parties": {"customerLabels": ["Business Owner"]}}""")));

        assertThat(lexicon.customerLabels()).containsExactly("Customer", "Client", "Auftraggeber", "Contratante",
                "Business Owner");
    }

    @Test
    void aKeyThatIsNoLanguageCodeIsAProblem() {
        assertThat(problems(json("labels.json", """
                {"parties": {"customerLabels": {"english": ["Customer"]}}}""")))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("'english' is not a language code"));
    }

    @Test
    void aLanguageWhosePhrasesAreNoListIsAProblem() {
        assertThat(problems(json("labels.json", """
                {"parties": {"customerLabels": {"de": "Auftraggeber"}}}""")))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("'de' must be a list of strings"));
    }
}
