package io.poerules.rules.defaults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.poerules.api.DocumentReport;
import io.poerules.api.Outcome;
import io.poerules.api.PoeValidator;
import io.poerules.api.Requirement;
import io.poerules.api.RuleBuildException;
import io.poerules.api.RuleProblem;
import io.poerules.api.RuleSet;
import io.poerules.api.ValidatorHolder;
import io.poerules.fact.Product;
import io.poerules.rules.RuleMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an analyst does without Java, end to end: a rule in their own folder, a threshold changed in
 * the decision table, a lexicon entry, lint, reload. The worked examples of docs/authoring.md are the
 * files of {@code authoring-examples/}.
 */
class AuthoringWorkflowTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);
    static final String TABLE = "io/poerules/rules/defaults/thresholds.xlsx";

    @TempDir
    Path dir;

    static Path examples() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(AuthoringWorkflowTest.class.getResource("/authoring-examples")).toURI());
    }

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(AuthoringWorkflowTest.class.getResource("/fixtures/" + name)).toURI());
    }

    @Test
    void theExampleFolderLintsCleanAndAddsItsRuleAndProduct() throws Exception {
        Path rules = examples().resolve("rules");
        assertThat(RuleSet.withDirectory(rules, RuleSet.Mode.EXTEND).lint()).isEmpty();

        try (PoeValidator validator = PoeValidator.builder().rulesDirectory(rules).referenceDate(AS_OF).build()) {
            assertThat(validator.rules()).extracting(RuleMetadata::id).contains("ANALYST-PO-SOW-REFERENCE", "SERVICE-DETAILED");
            DocumentReport report = validator.validate(examples().resolve("fabric-sow.txt"));
            assertThat(report.facts().get("product")).extracting(p -> ((Product) p).name()).contains("Microsoft Fabric");
        }
    }

    @Test
    void theExampleRuleWarnsOnAPurchaseOrderWithoutScopeAndOnlyThere() throws Exception {
        try (PoeValidator validator = PoeValidator.builder().rulesDirectory(examples().resolve("rules"))
                .referenceDate(AS_OF).threads(1).build()) {
            DocumentReport po = validator.validate(fixture("service/purchase-order-without-full-detail.txt"));
            DocumentReport sow = validator.validate(fixture("sow/azure-migration-complete-signed.txt"));

            assertThat(po.findings(Requirement.SERVICE_DETAIL)).filteredOn(f -> "ANALYST-PO-SOW-REFERENCE".equals(f.ruleId()))
                    .singleElement().satisfies(f -> {
                        assertThat(f.outcome()).isEqualTo(Outcome.WARN);
                        assertThat(f.reason()).startsWith("The purchase order has no scope section");
                    });
            assertThat(sow.findings()).extracting(f -> f.ruleId()).doesNotContain("ANALYST-PO-SOW-REFERENCE");
        }
    }

    @Test
    void aRuleWithTheIdOfADefaultRuleReplacesIt() throws IOException {
        Files.writeString(dir.resolve("service.drl"), """
                package io.poerules.rules.analyst;
                import io.poerules.api.*;
                import io.poerules.fact.*;
                global io.poerules.rules.Findings findings;
                rule "Any service detail will do"
                    @id("SERVICE-DETAILED") @requirement("SERVICE_DETAIL") @description("One activity is enough.")
                when
                    Applicable(requirement == Requirement.SERVICE_DETAIL)
                    exists ServiceItem()
                then
                    findings.met(kcontext, "Some service detail");
                end
                """);
        try (PoeValidator defaults = PoeValidator.builder().threads(1).build();
             PoeValidator extended = PoeValidator.builder().threads(1).rulesDirectory(dir).build()) {
            assertThat(extended.rules()).hasSameSizeAs(defaults.rules());
            assertThat(extended.rules()).filteredOn(r -> r.id().equals("SERVICE-DETAILED")).singleElement()
                    .extracting(RuleMetadata::description).isEqualTo("One activity is enough.");
        }
    }

    @Test
    void aThresholdChangedInTheDecisionTableChangesTheVerdict() throws Exception {
        Path sow = fixture("sow/azure-migration-complete-signed.txt");
        Path table = dir.resolve(TABLE);
        Files.createDirectories(table.getParent());
        try (InputStream in = Objects.requireNonNull(getClass().getClassLoader().getResourceAsStream(TABLE));
             XSSFWorkbook book = new XSSFWorkbook(in); OutputStream out = Files.newOutputStream(table)) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                if (row.getCell(0) != null && "POLICY-ACK-WINDOW".equals(row.getCell(0).toString())) {
                    row.getCell(1).setCellValue(1);
                }
            }
            book.write(out);
        }
        try (PoeValidator defaults = PoeValidator.builder().referenceDate(AS_OF).threads(1).build();
             PoeValidator tuned = PoeValidator.builder().rulesDirectory(dir).referenceDate(AS_OF).threads(1).build()) {
            assertThat(defaults.validate(sow).outcome(Requirement.DATES)).isEqualTo(Outcome.PASS);
            assertThat(tuned.rules()).as("the catalog shows the changed threshold")
                    .filteredOn(r -> r.id().equals("POLICY-ACK-WINDOW")).singleElement()
                    .extracting(RuleMetadata::description).asString().endsWith("may be dated = 1");
            DocumentReport report = tuned.validate(sow);
            assertThat(report.outcome(Requirement.DATES)).isEqualTo(Outcome.FAIL);
            assertThat(report.findings(Requirement.DATES)).singleElement().satisfies(f ->
                    assertThat(f.reason()).contains("dated 2026-04-15, more than 1 month before 2026-11-30"));
        }
    }

    @Test
    void aDrlRuleWithTheIdOfADecisionTableRowReplacesThatRow() throws Exception {
        Files.writeString(dir.resolve("window.drl"), """
                package io.poerules.rules.analyst;
                import io.poerules.fact.*;
                rule "One month"
                    @id("POLICY-ACK-WINDOW") @description("Acknowledgements within one month")
                when
                then
                    insert(new AcknowledgementWindow(1));
                end
                """);
        assertDatesFailWithAOneMonthWindow();
    }

    @Test
    void aCsvTableRowWithTheIdOfADefaultTableRowReplacesThatRow() throws Exception {
        Files.copy(examples().resolve("thresholds/window.csv"), dir.resolve("window.csv"));
        assertDatesFailWithAOneMonthWindow();
    }

    private void assertDatesFailWithAOneMonthWindow() throws Exception {
        RuleSet rules = RuleSet.withDirectory(dir, RuleSet.Mode.EXTEND);
        assertThat(rules.lint()).isEmpty();
        try (PoeValidator defaults = PoeValidator.builder().referenceDate(AS_OF).threads(1).build();
             PoeValidator tuned = PoeValidator.builder().rulesDirectory(dir).referenceDate(AS_OF).threads(1).build()) {
            assertThat(tuned.rules()).hasSameSizeAs(defaults.rules())
                    .filteredOn(r -> r.id().equals("POLICY-ACK-WINDOW")).singleElement()
                    .extracting(RuleMetadata::description).asString().containsAnyOf("one month", "Months = 1");
            DocumentReport report = tuned.validate(fixture("sow/azure-migration-complete-signed.txt"));
            assertThat(report.findings(Requirement.DATES)).singleElement().satisfies(f -> {
                assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
                assertThat(f.reason()).contains("more than 1 month before");
            });
        }
    }

    @Test
    void lintAndBuildListEveryProblemAtItsPlace() throws IOException {
        Files.writeString(dir.resolve("broken.drl"), """
                package io.poerules.rules.analyst;
                import io.poerules.fact.*;
                rule "Broken"
                    @id("B-1")
                when
                    Party(role ==
                then
                end
                """);
        Files.writeString(dir.resolve("metadata.drl"), """
                package io.poerules.rules.analyst2;
                import io.poerules.fact.*;
                global io.poerules.rules.Findings findings;

                rule "No id"
                when
                    Party()
                then
                    findings.met(kcontext, "x");
                end

                rule "Same id"
                    @id("SERVICE-DETAILED") @requirement("SERVICE_DETAIL")
                when
                    Nonexistent()
                then
                end

                rule "Same id again"
                    @id("SERVICE-DETAILED") @requirement("SERVICE_DETAIL")
                when
                    Party()
                then
                end
                """);
        Files.writeString(dir.resolve("bad.json"), "{\"products\": [\n  {\"name\": \"X\",\n}");
        Files.writeString(dir.resolve("unknown.json"), "{\n  \"productz\": []\n}\n");

        List<RuleProblem> problems = RuleSet.withDirectory(dir, RuleSet.Mode.EXTEND).lint();

        assertThat(problems).extracting(RuleProblem::toString).anySatisfy(p -> assertThat(p).contains("broken.drl:"))
                .anySatisfy(p -> assertThat(p).contains("metadata.drl:5:1: rule \"No id\" has no @id"))
                .anySatisfy(p -> assertThat(p).contains("metadata.drl:5:1: rule \"No id\" reports findings but has no @requirement"))
                .anySatisfy(p -> assertThat(p).contains("metadata.drl:19:1: rule \"Same id again\" repeats @id SERVICE-DETAILED"))
                .anySatisfy(p -> assertThat(p).contains("metadata.drl:").contains("Nonexistent"))
                .anySatisfy(p -> assertThat(p).contains("bad.json:3:"))
                .anySatisfy(p -> assertThat(p).contains("unknown.json:2:3:").contains("productz"));
        assertThatThrownBy(() -> PoeValidator.builder().rulesDirectory(dir).build())
                .isInstanceOfSatisfying(RuleBuildException.class, e -> assertThat(e.problems()).isEqualTo(problems));
    }

    @Test
    void aCopyOfTheDefaultRulesFolderLintsCleanAsItsOwnRuleSet() throws IOException {
        Path source = Path.of("src/main/resources");
        try (var files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = dir.resolve(source.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        assertThat(dir.resolve(RuleSet.MANIFEST)).as("the copy holds the manifest").exists();

        assertThat(RuleSet.withDirectory(dir, RuleSet.Mode.REPLACE).lint()).isEmpty();
        assertThat(RuleSet.withDirectory(dir, RuleSet.Mode.EXTEND).lint()).isEmpty();
    }

    @Test
    void theDefaultRulesLintClean() {
        assertThat(RuleSet.defaults().lint()).isEmpty();
    }

    @Test
    void aReloadSwapsInGoodRulesAndKeepsTheOldOnesWhenAnEditBreaksThem() throws Exception {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules);
        Path drl = rules.resolve("doc.drl");
        Files.writeString(drl, rule("RELOAD-A"));
        try (ValidatorHolder holder = new ValidatorHolder(PoeValidator.builder().threads(1)
                .rulesDirectory(rules, RuleSet.Mode.REPLACE))) {
            assertThat(holder.validator().rules()).extracting(RuleMetadata::id).containsExactly("RELOAD-A");

            Files.writeString(drl, rule("RELOAD-B").replace("then", "then oops("));
            PoeValidator before = holder.validator();
            assertThat(holder.reload()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).endsWith("doc.drl"));
            assertThat(holder.validator()).isSameAs(before);
            assertThat(holder.validator().validate(fixture("text/one-line-note.txt")).findings())
                    .extracting(f -> f.ruleId()).containsOnly("RELOAD-A");

            Files.writeString(drl, rule("RELOAD-B"));
            assertThat(holder.reload()).isEmpty();
            assertThat(holder.validator().rules()).extracting(RuleMetadata::id).containsExactly("RELOAD-B");

            PoeValidator good = holder.validator();
            Files.delete(drl);
            Files.delete(rules);
            assertThat(holder.reload()).singleElement().satisfies(p ->
                    assertThat(p.message()).contains("Rules directory does not exist", rules.toString()));
            assertThat(holder.validator()).isSameAs(good);
            assertThat(holder.validator().rules()).extracting(RuleMetadata::id).containsExactly("RELOAD-B");
        }
    }

    private static String rule(String id) {
        return """
                package io.poerules.rules.analyst;
                import io.poerules.api.*;
                import io.poerules.fact.*;
                global io.poerules.rules.Findings findings;
                rule "Has text"
                    @id("%s") @requirement("EXTRACTABLE_TEXT")
                when
                    $x : Extraction()
                then
                    findings.met(kcontext, "read", $x);
                end
                """.formatted(id);
    }
}
