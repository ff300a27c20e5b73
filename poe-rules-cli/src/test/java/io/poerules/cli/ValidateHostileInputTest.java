package io.poerules.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.poerules.report.ReportJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code poe validate} on a folder of broken and hostile files: it goes on past each of them, lists every
 * file with its error, and prints no control character that came from a document.
 */
class ValidateHostileInputTest {

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static Map<String, JsonNode> bySource(String json) throws IOException {
        Map<String, JsonNode> out = new HashMap<>();
        for (JsonNode d : ReportJson.mapper().readTree(json).path("documents")) {
            out.put(Path.of(d.path("source").asText()).getFileName().toString(), d);
        }
        return out;
    }

    private static String code(JsonNode document) {
        return document.path("errors").path(0).path("code").asText();
    }

    @Test
    void aFolderOfBrokenFilesIsReportedFileByFile() throws IOException {
        file("sow.txt", ValidateCommandTest.WITH_CUSTOMER);
        Files.createFile(dir.resolve("empty.pdf"));
        byte[] noise = new byte[4096];
        new Random(1).nextBytes(noise);
        Files.write(dir.resolve("noise.docx"), noise);
        Files.write(dir.resolve("really-a-pdf.txt"), "%PDF-1.4\n%%EOF\n".getBytes());
        Files.createSymbolicLink(dir.resolve("dangling.pdf"), dir.resolve("gone.pdf"));
        Files.createDirectories(dir.resolve("more"));
        file("more/notes.txt", ValidateCommandTest.WITHOUT_CUSTOMER);

        Poe.Result r = Poe.run("validate", "--format", "json", dir.toString());

        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        Map<String, JsonNode> documents = bySource(r.out());
        assertThat(documents).containsOnlyKeys("sow.txt", "empty.pdf", "noise.docx", "really-a-pdf.txt", "dangling.pdf",
                "notes.txt");
        assertThat(documents.get("sow.txt").path("verdict").asText()).isEqualTo("PASS");
        assertThat(documents.get("notes.txt").path("verdict").asText()).isEqualTo("FAIL");
        assertThat(code(documents.get("empty.pdf"))).isEqualTo("EMPTY");
        assertThat(code(documents.get("noise.docx"))).isEqualTo("CORRUPT");
        assertThat(code(documents.get("really-a-pdf.txt"))).isEqualTo("MISLABELLED");
        assertThat(code(documents.get("dangling.pdf"))).isEqualTo("IO_ERROR");
    }

    @Test
    void anUnreadableFileIsItsOwnError() throws IOException {
        file("sow.txt", ValidateCommandTest.WITH_CUSTOMER);
        Path locked = file("locked.txt", ValidateCommandTest.WITH_CUSTOMER);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(locked), "this user reads files whatever their permissions (root)");

            Poe.Result r = Poe.run("validate", "--format", "json", dir.toString());

            Map<String, JsonNode> documents = bySource(r.out());
            assertThat(documents.get("sow.txt").path("verdict").asText()).isEqualTo("PASS");
            assertThat(code(documents.get("locked.txt"))).isEqualTo("IO_ERROR");
            assertThat(documents.get("locked.txt").path("errors").path(0).path("message").asText())
                    .endsWith("permission denied");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void terminalEscapesInDocumentsAndNamesAreNotPrinted() throws IOException {
        String hostile = "\u001B[2J\u001B[31m\u009B1;1H\u202E\u0007";
        file("sow" + "\u001B[2J\u0007" + ".txt", ValidateCommandTest.WITH_CUSTOMER.replace("Contoso", "Contoso" + hostile));

        Poe.Result text = Poe.run("validate", dir.toString());
        Poe.Result json = Poe.run("validate", "--format", "json", dir.toString());

        assertThat(text.out()).contains("\\x1B[2J").doesNotContain("\u001B", "\u009B", "\u202E", "\u0007");
        assertThat(json.out()).contains("\\u001B[2J").doesNotContain("\u001B", "\u009B", "\u202E", "\u0007");
    }

    @Test
    void isolateExtractsInChildJvmsWithTheSameResults() throws IOException {
        file("sow.txt", ValidateCommandTest.WITH_CUSTOMER);
        file("notes.txt", ValidateCommandTest.WITHOUT_CUSTOMER);
        Files.write(dir.resolve("noise.pdf"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});

        Poe.Result inProcess = Poe.run("validate", "--format", "json", dir.toString());
        Poe.Result isolated = Poe.run("validate", "--isolate", "--isolate-heap", "128", "--format", "json",
                dir.toString());

        assertThat(isolated.exitCode()).as(isolated.err()).isEqualTo(inProcess.exitCode()).isEqualTo(1);
        Map<String, JsonNode> expected = bySource(inProcess.out());
        Map<String, JsonNode> actual = bySource(isolated.out());
        assertThat(actual).containsOnlyKeys(expected.keySet());
        for (String name : expected.keySet()) {
            assertThat(actual.get(name).path("verdict")).as(name).isEqualTo(expected.get(name).path("verdict"));
            assertThat(actual.get(name).path("errors")).as(name).isEqualTo(expected.get(name).path("errors"));
        }
    }

    @Test
    void isolateHeapMustBeAHeap() throws IOException {
        file("sow.txt", ValidateCommandTest.WITH_CUSTOMER);

        Poe.Result r = Poe.run("validate", "--isolate", "--isolate-heap", "2", dir.toString());

        assertThat(r.exitCode()).isEqualTo(PoeCommand.EXIT_CANNOT_RUN);
        assertThat(r.err()).contains("--isolate-heap must be at least 16");
    }
}
