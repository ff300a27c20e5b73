package io.poerules.samples;

import io.poerules.api.Claim;
import io.poerules.api.DocumentReport;
import io.poerules.api.EngagementReport;
import io.poerules.api.Finding;
import io.poerules.api.Outcome;
import io.poerules.api.PoeValidator;
import io.poerules.api.ValidationReport;
import io.poerules.fact.Evidence;
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
 * verdicts and findings, and write the JSON report. A folder that holds a {@code claim.json} is
 * validated as one engagement against that claim. Run it with the samples folder or a bundle:
 *
 * <pre>{@code
 * mvn -B -q -pl poe-rules-samples -am -DskipTests install
 * java -cp ... io.poerules.samples.EmbeddingExample poe-rules-samples/documents 2026-11-30
 * java -cp ... io.poerules.samples.EmbeddingExample poe-rules-samples/engagements/po-plus-quote-with-plan
 * }</pre>
 */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    /**
     * Validates every document of a folder and prints, for each, its verdict and failed requirements;
     * when the folder holds a {@code claim.json}, validates its documents as one engagement first.
     *
     * @param args the folder, and optionally the claim date (YYYY-MM-DD) for documents without a claim
     */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "poe-rules-samples/documents");
        LocalDate claimDate = args.length > 1 ? LocalDate.parse(args[1]) : LocalDate.now();
        Path claimFile = folder.resolve(Claim.FILE_NAME);
        try (PoeValidator validator = PoeValidator.builder().referenceDate(claimDate).build()) {
            ValidationReport report;
            if (Files.isRegularFile(claimFile)) {
                EngagementReport engagement = validator.validateEngagement(Claim.read(claimFile), documentsIn(folder));
                summarise(engagement, System.out);
                report = validator.report(List.of(engagement), engagement.documentReports());
            } else {
                report = validator.validateAll(documentsIn(folder));
            }
            summarise(report, System.out);
            Files.writeString(Path.of("poe-report.json"), ReportJson.toJson(report));
        }
    }

    /** The documents of a folder: regular files, without the samples' claims, expectations and notes. */
    static List<Path> documentsIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals("expected.json"))
                    .filter(p -> !p.getFileName().toString().equals(Claim.FILE_NAME))
                    .filter(p -> !p.getFileName().toString().endsWith(".md"))
                    .sorted().toList();
        }
    }

    /** The engagement's verdict, then each failed requirement, its reason and the documents of its evidence. */
    static void summarise(EngagementReport engagement, PrintStream out) {
        out.printf("%-8s engagement for %s, claimed by %s on %s%n", engagement.verdict(),
                engagement.claim().customerName(), engagement.claim().partnerName(), engagement.claim().claimDate());
        for (Finding finding : engagement.findings(Outcome.FAIL)) {
            out.printf("         %s: %s%n", finding.requirement(), finding.reason());
        }
        for (Finding finding : engagement.findings(Outcome.PASS)) {
            List<String> documents = finding.evidence().stream().map(Evidence::source).filter(s -> s != null).distinct()
                    .map(s -> Path.of(s).getFileName().toString()).toList();
            out.printf("         %s met in %s%n", finding.requirement(), documents);
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
