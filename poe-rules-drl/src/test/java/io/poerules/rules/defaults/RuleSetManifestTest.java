package io.poerules.rules.defaults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.poerules.api.DocumentType;
import io.poerules.api.RuleSet;
import io.poerules.fact.SectionType;
import io.poerules.map.lexicon.Lexicon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The default rule set's manifest names every rule and lexicon file, and every lexicon loads. */
class RuleSetManifestTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    private static List<String> manifest(String field) throws IOException {
        JsonNode root = new ObjectMapper().readTree(RESOURCES.resolve(RuleSet.MANIFEST).toFile());
        List<String> out = new ArrayList<>();
        root.path(field).forEach(entry -> out.add(entry.asText()));
        return out;
    }

    private static Set<String> filesEndingWith(String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> RESOURCES.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> f.endsWith(suffix) && !f.equals(RuleSet.MANIFEST))
                    .collect(Collectors.toSet());
        }
    }

    @Test
    void manifestListsEveryRuleFile() throws IOException {
        List<String> listed = manifest("rules");

        assertThat(listed).doesNotHaveDuplicates();
        assertThat(Set.copyOf(listed)).isEqualTo(filesEndingWith(".drl")).isNotEmpty();
    }

    @Test
    void manifestListsEveryLexiconFile() throws IOException {
        List<String> listed = manifest("lexicons");

        assertThat(listed).doesNotHaveDuplicates();
        assertThat(Set.copyOf(listed)).isEqualTo(filesEndingWith(".json")).isNotEmpty();
    }

    @Test
    void defaultRuleSetIsFoundOnTheClassPathWithItsVersion() {
        RuleSet defaults = RuleSet.defaults();

        assertThat(defaults.name()).isEqualTo("poe-rules-default");
        assertThat(defaults.version()).isNotBlank().doesNotContain("${");
        assertThat(defaults.rules()).hasSize(filesEndingWithUnchecked(".drl"));
        assertThat(defaults.lexicons()).hasSize(filesEndingWithUnchecked(".json"));
    }

    private static int filesEndingWithUnchecked(String suffix) {
        try {
            return filesEndingWith(suffix).size();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyLexiconLoadsOnItsOwn() {
        assertThat(RuleSet.defaults().lexicons()).allSatisfy(file ->
                assertThatCode(() -> Lexicon.load(List.of(file))).as(file.path()).doesNotThrowAnyException());
    }

    @Test
    void mergedLexiconKnowsEveryHeadingAndDocumentKind() {
        Lexicon lexicon = Lexicon.load(RuleSet.defaults().lexicons());

        assertThat(lexicon.sectionHeadings().keySet()).containsExactlyInAnyOrder(SectionType.values());
        assertThat(DocumentType.values()).filteredOn(t -> t != DocumentType.EMAIL && t != DocumentType.UNKNOWN)
                .allSatisfy(t -> assertThat(lexicon.documentTypeTitles(t)).as(t.name()).isNotEmpty());
        assertThat(lexicon.products()).isNotEmpty();
        assertThat(lexicon.customerLabels()).isNotEmpty();
        assertThat(lexicon.partnerLabels()).isNotEmpty();
        assertThat(lexicon.approvalPhrases()).isNotEmpty();
        assertThat(lexicon.quoteMarkers()).isNotEmpty();
    }
}
