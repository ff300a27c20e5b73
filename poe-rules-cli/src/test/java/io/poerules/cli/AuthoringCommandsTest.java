package io.poerules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * {@code poe check}, {@code poe rules lint}, {@code poe rules catalog} and {@code poe explain}, in process,
 * on the CLI's tiny test rule set.
 */
class AuthoringCommandsTest {

    @TempDir
    Path dir;

    private Path suite() throws Exception {
        Path suite = Files.createDirectories(dir.resolve("suite"));
        Files.writeString(suite.resolve("customer-named.txt"), "Customer: Contoso Ltd\nPartner: Fabrikam Inc\n");
        Files.writeString(suite.resolve("expected.json"), "{}\n");
        return suite;
    }

    static Document parse(Path xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setExpandEntityReferences(false);
        try (InputStream in = Files.newInputStream(xml)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    @Test
    void checkRecordsExpectationsWithUpdateThenMatchesThenShowsADiff() throws Exception {
        Path suite = suite();

        Poe.Result missing = Poe.run("check", suite.toString());
        assertThat(missing.exitCode()).as(missing.err()).isEqualTo(PoeCommand.EXIT_NOT_PASS);
        assertThat(missing.out()).contains("customer-named.txt", "no expectation", "1 case: 0 match, 1 differs");

        Poe.Result update = Poe.run("check", "--update", suite.toString());
        assertThat(update.exitCode()).as(update.err()).isZero();
        assertThat(update.out()).contains("updated customer-named.txt: added");
        assertThat(Files.readString(suite.resolve("expected.json"))).contains("\"customer-named.txt\": {",
                "\"verdict\": ");

        Path xml = dir.resolve("junit.xml");
        Poe.Result pass = Poe.run("check", "--junit-xml", xml.toString(), suite.toString());
        assertThat(pass.exitCode()).as(pass.out() + pass.err()).isZero();
        Element root = parse(xml).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuite");
        assertThat(root.getAttribute("tests")).isEqualTo("1");
        assertThat(root.getAttribute("failures")).isEqualTo("0");

        String expected = Files.readString(suite.resolve("expected.json"));
        String other = expected.contains("\"PASS\"") ? "\"FAIL\"" : "\"PASS\"";
        Files.writeString(suite.resolve("expected.json"), expected.replaceAll("\"(PASS|FAIL|REVIEW|ERROR)\"", other));
        Poe.Result diff = Poe.run("check", "--junit-xml", xml.toString(), suite.toString());
        assertThat(diff.exitCode()).isEqualTo(PoeCommand.EXIT_NOT_PASS);
        assertThat(diff.out()).contains("verdict: expected " + other.replace("\"", ""), "expected: ", "got: ",
                "decided by:", "[T-");
        Element failed = parse(xml).getDocumentElement();
        assertThat(failed.getAttribute("failures")).isEqualTo("1");
        assertThat(failed.getElementsByTagName("failure").item(0).getTextContent()).contains("verdict: expected");

        Poe.Result reviewed = Poe.run("check", "--update", suite.toString());
        assertThat(reviewed.exitCode()).as(reviewed.err()).isZero();
        assertThat(reviewed.out()).contains("updated customer-named.txt: verdict " + other.replace("\"", "") + " -> ");
        assertThat(Files.readString(suite.resolve("expected.json"))).isEqualTo(expected);
        assertThat(Poe.run("check", suite.toString()).exitCode()).isZero();
    }

    @Test
    void lintPrintsEachProblemAsFileLineColumnAndExitsOne() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("x.drl"), "package a;\nimport io.poerules.fact.*;\nrule \"r\"\nwhen\n"
                + "    Extraction()\nthen\nend\n");
        Files.writeString(rules.resolve("lexicon.json"), "{\n  \"nope\": 1\n}\n");

        Poe.Result lint = Poe.run("rules", "lint", "--rules", rules.toString(), "--rules-mode", "replace");

        assertThat(lint.exitCode()).isEqualTo(PoeCommand.EXIT_NOT_PASS);
        assertThat(lint.out()).contains(rules.resolve("x.drl") + ":3:1: rule \"r\" has no @id")
                .contains(rules.resolve("lexicon.json") + ":2:3: lexicon: ");
        assertThat(Poe.run("rules", "lint").exitCode()).as("the test rule set is clean").isZero();
    }

    @Test
    void catalogListsTheRulesInMarkdownAndHtml() {
        Poe.Result md = Poe.run("rules", "catalog");
        Poe.Result html = Poe.run("rules", "catalog", "--format", "html");

        assertThat(md.exitCode()).isZero();
        assertThat(md.out()).startsWith("# Rule catalog: cli-test").contains("| `T-CUSTOMER` |");
        assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("<code>T-CUSTOMER</code>");
    }

    @Test
    void explainListsFactsWithEvidenceAndFiredRules() throws Exception {
        Path doc = Files.writeString(dir.resolve("doc.txt"), "Customer: Contoso Ltd\nPartner: Fabrikam Inc\n");

        Poe.Result text = Poe.run("explain", doc.toString());
        Poe.Result json = Poe.run("explain", "--format", "json", doc.toString());

        assertThat(text.out()).contains("Facts extracted", "Party[role=CUSTOMER", "evidence: \"", "Rules fired",
                "[T-CUSTOMER]", "=> PARTIES PASS");
        assertThat(json.out()).contains("\"rules\"", "\"fired\" : 1");
    }
}
