package io.poerules.rules.defaults;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.api.PoeValidator;
import io.poerules.check.Suite;
import io.poerules.junit.PoeSuite;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Documents authored to test the detectors on what they were not built on, in three sets: layouts (labels in table
 * cells, preambles, letterheads, signature tables, e-signature certificates), languages (German, French, Spanish,
 * Portuguese, Italian, Dutch and bilingual documents) and kinds (invoices, brochures, designs, NDAs, templates and
 * the accepted kinds in unusual forms). Each set is a suite folder under {@code authored/}, with its
 * {@code expected.json}, engagement bundles (folders with a {@code claim.json}) and notes ({@code authored/<set>.md})
 * that say why each document is expected to come out as it does. The expectations were written before any check
 * and are not changed to fit the results: a document that differs is a detector or rule to improve. Documents are
 * judged as of 2026-11-30, bundles as of their claim date.
 */
class AuthoredDocumentsTest {

    private static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 11, 30);

    private static PoeValidator validator;

    @BeforeAll
    static void build() {
        validator = PoeValidator.builder().referenceDate(REFERENCE_DATE).build();
    }

    @AfterAll
    static void close() {
        validator.close();
    }

    private static Path folder(String set) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(AuthoredDocumentsTest.class.getResource("/authored/" + set + "/"
                + Suite.EXPECTED), "authored/" + set + "/" + Suite.EXPECTED).toURI()).getParent();
    }

    private static TreeSet<String> entries(Path folder, boolean directories) throws IOException {
        TreeSet<String> out = new TreeSet<>();
        try (Stream<Path> list = Files.list(folder)) {
            list.filter(p -> Files.isDirectory(p) == directories).map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals(Suite.EXPECTED)).forEach(out::add);
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"layouts", "languages", "kinds"})
    void everyDocumentAndBundleHasAnExpectationAndEveryExpectationADocument(String set)
            throws IOException, URISyntaxException {
        Path folder = folder(set);
        List<Suite.Case> cases = Suite.read(folder).cases();

        assertThat(cases).allSatisfy(c -> assertThat(c.expected()).as(c.name()).isNotNull());
        assertThat(cases).filteredOn(c -> c.kind() == Suite.Kind.DOCUMENT).extracting(Suite.Case::key)
                .containsExactlyInAnyOrderElementsOf(entries(folder, false));
        assertThat(cases).filteredOn(c -> c.kind() == Suite.Kind.ENGAGEMENT).extracting(Suite.Case::name)
                .containsExactlyInAnyOrderElementsOf(entries(folder, true));
        assertThat(cases).hasSizeGreaterThanOrEqualTo(15);
    }

    @ParameterizedTest
    @ValueSource(strings = {"layouts", "languages", "kinds"})
    void theNotesSayWhyOfEveryDocumentAndBundle(String set) throws IOException, URISyntaxException {
        Path folder = folder(set);
        String notes = Files.readString(folder.resolveSibling(set + ".md"));

        assertThat(Stream.concat(entries(folder, false).stream(), entries(folder, true).stream()))
                .allSatisfy(name -> assertThat(notes).as("authored/%s.md", set).contains("**" + name));
    }

    /** Through the same tools as {@code poe check}: the JUnit helper of poe-rules-junit. */
    @TestFactory
    Stream<DynamicNode> layoutsAreJudgedAsTheNotesSay() throws URISyntaxException {
        return PoeSuite.dynamicTests(folder("layouts"), validator);
    }

    @TestFactory
    Stream<DynamicNode> languagesAreJudgedAsTheNotesSay() throws URISyntaxException {
        return PoeSuite.dynamicTests(folder("languages"), validator);
    }

    @TestFactory
    Stream<DynamicNode> kindsAreJudgedAsTheNotesSay() throws URISyntaxException {
        return PoeSuite.dynamicTests(folder("kinds"), validator);
    }
}
