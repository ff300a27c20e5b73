package io.poerules.samples;

import io.poerules.api.DocumentReport;
import io.poerules.api.Finding;
import io.poerules.api.Outcome;
import io.poerules.api.PoeValidator;
import io.poerules.api.ValidationReport;
import io.poerules.report.ReportJson;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * How a Java service embeds poe-rules: build one validator, share it, validate files, read the
 * verdicts and findings, and write the JSON report. Run it with the samples folder:
 *
 * <pre>{@code
 * mvn -B -q -pl poe-rules-samples -am -DskipTests install
 * java -cp ... io.poerules.samples.EmbeddingExample poe-rules-samples/documents 2026-11-30
 * }</pre>
 */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    /**
     * Validates every document of a folder and prints, for each, its verdict and failed requirements.
     *
     * @param args the folder, and optionally the claim date (YYYY-MM-DD)
     */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "poe-rules-samples/documents");
        LocalDate claimDate = args.length > 1 ? LocalDate.parse(args[1]) : LocalDate.now();
        try (PoeValidator validator = PoeValidator.builder().referenceDate(claimDate).build()) {
            ValidationReport report = validator.validateAll(documentsIn(folder));
            summarise(report, System.out);
            Files.writeString(Path.of("poe-report.json"), ReportJson.toJson(report));
        }
    }

    /** The documents of a folder: regular files, without the samples' expectations and notes. */
    static List<Path> documentsIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals("expected.json"))
                    .filter(p -> !p.getFileName().toString().endsWith(".md"))
                    .sorted().toList();
        }
    }

    /** One line per document with its verdict, then each failed requirement and its reason. */
    static void summarise(ValidationReport report, PrintStream out) {
        for (DocumentReport document : report.documents()) {
            out.printf("%-8s %s%n", document.verdict(), document.source());
            for (Finding finding : document.findings(Outcome.FAIL)) {
                out.printf("         %s: %s%n", finding.requirement(), finding.reason());
            }
            document.errors().forEach(e -> out.printf("         %s: %s%n", e.code(), e.message()));
        }
    }
}
