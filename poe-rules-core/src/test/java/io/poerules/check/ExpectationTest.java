package io.poerules.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.poerules.api.DocumentType;
import io.poerules.api.Finding;
import io.poerules.api.Outcome;
import io.poerules.api.PoeRulesException;
import io.poerules.api.Program;
import io.poerules.api.Requirement;
import io.poerules.api.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExpectationTest {

    @TempDir
    Path dir;

    static Actual actual(Verdict verdict, Map<Requirement, Outcome> outcomes) {
        return new Actual(verdict, DocumentType.STATEMENT_OF_WORK, Program.AZURE, outcomes,
                List.of(new Finding(Requirement.DATES, "DATES-ACK-OUTSIDE", Outcome.FAIL, "too old", List.of())),
                List.of());
    }

    @Test
    void differencesNameWhatWasExpectedAndWhatCame() {
        Expectation expected = new Expectation(Verdict.PASS, DocumentType.STATEMENT_OF_WORK, Program.ONLINE_SERVICES,
                List.of(), Map.of(Requirement.PARTIES, Outcome.PASS));

        List<String> differences = expected.differences(actual(Verdict.FAIL, Map.of(Requirement.DATES, Outcome.FAIL)));

        assertThat(differences).containsExactly("verdict: expected PASS, got FAIL",
                "program: expected ONLINE_SERVICES, got AZURE", "failed: expected [], got [DATES]",
                "PARTIES: expected PASS, got no finding");
    }

    @Test
    void anUpdateKeepsCheckingOnlyTheFieldsItChecked() {
        Expectation expected = new Expectation(Verdict.PASS, null, null, List.of());

        Expectation updated = expected.updatedTo(actual(Verdict.FAIL, Map.of(Requirement.DATES, Outcome.FAIL)));

        assertThat(updated).isEqualTo(new Expectation(Verdict.FAIL, null, null, List.of(Requirement.DATES)));
    }

    @Test
    void writingTheSamplesExpectationsGivesTheFileAsCommitted() throws Exception {
        Path samples = Path.of("../poe-rules-samples/documents/expected.json");

        assertThat(ExpectationJson.write(Suite.readMap(samples))).isEqualTo(Files.readString(samples));
    }

    @Test
    void anUnknownKeyIsAnErrorWithItsPlace() throws Exception {
        Path file = Files.writeString(dir.resolve("expected.json"), "{\n  \"a.txt\": {\"verdict\": \"PASS\", \"verdikt\": 1}\n}\n");
        Files.writeString(dir.resolve("a.txt"), "x");

        assertThatThrownBy(() -> Suite.read(dir)).isInstanceOf(PoeRulesException.class)
                .hasMessageStartingWith(file + ":2:").hasMessageContaining("verdikt");
    }

    @Test
    void aSuiteFolderHoldsDocumentsAndEngagements() throws Exception {
        Files.writeString(dir.resolve("expected.json"), "{\"a.txt\": {\"verdict\": \"PASS\"}, \"gone.txt\": {\"verdict\": \"FAIL\"}}");
        Files.writeString(dir.resolve("a.txt"), "x");
        Files.writeString(dir.resolve("new.txt"), "x");
        Path bundle = Files.createDirectories(dir.resolve("bundle"));
        Files.writeString(bundle.resolve("claim.json"), "{}");
        Files.writeString(bundle.resolve("sow.txt"), "x");

        List<Suite.Case> cases = Suite.read(dir).cases();

        assertThat(cases).extracting(Suite.Case::name, Suite.Case::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a.txt", Suite.Kind.DOCUMENT),
                org.assertj.core.groups.Tuple.tuple("bundle", Suite.Kind.ENGAGEMENT),
                org.assertj.core.groups.Tuple.tuple("gone.txt", Suite.Kind.DOCUMENT),
                org.assertj.core.groups.Tuple.tuple("new.txt", Suite.Kind.DOCUMENT));
        assertThat(cases.get(1).documents()).containsExactly(bundle.resolve("sow.txt"));
        assertThat(cases.get(3).expected()).isNull();
    }
}
