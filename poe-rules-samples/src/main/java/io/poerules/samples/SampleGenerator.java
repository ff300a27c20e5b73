package io.poerules.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Writes the sample POE documents of {@code poe-rules-samples/documents}, and the documents of the
 * engagement bundles of {@code poe-rules-samples/engagements}: PDF (PDFBox), DOCX and XLSX (POI), EML,
 * HTML and TXT, byte-for-byte the same on every run (see {@link Reproducible}).
 *
 * <p>The expected outcome of each sample is not generated: it is a reviewer's judgement, kept by hand
 * in {@code documents/expected.json} and in each bundle's {@code expected.json}; a bundle's
 * {@code claim.json} is written by hand too.
 *
 * <pre>mvn -B -q -pl poe-rules-samples compile exec:java   # into poe-rules-samples/documents and engagements
 * mvn -B -q -pl poe-rules-samples compile exec:java -Dexec.args="/tmp/documents /tmp/engagements"</pre>
 *
 * @since 0.1.0
 */
public final class SampleGenerator {

    private SampleGenerator() {
    }

    /** The sample files by name, in a stable order, each with the function that writes it. */
    static Map<String, Supplier<byte[]>> samples() {
        Catalog catalog = new Catalog();
        AzureSows.addTo(catalog);
        OnlineServicesSows.addTo(catalog);
        CommercialSamples.addTo(catalog);
        EmailSamples.addTo(catalog);
        OtherSamples.addTo(catalog);
        return catalog.files();
    }

    /** The engagement bundles by folder name, each with its documents (not its claim or expectation). */
    static Map<String, Catalog> engagements() {
        return EngagementSamples.bundles();
    }

    /**
     * Writes the documents of every engagement bundle into a folder per bundle under a directory,
     * creating them if needed and replacing files of the same name; other files ({@code claim.json},
     * {@code expected.json}) are left alone.
     *
     * @return the files written, in generation order
     */
    public static List<Path> generateEngagements(Path dir) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, Catalog> bundle : engagements().entrySet()) {
            Path folder = Files.createDirectories(dir.resolve(bundle.getKey()));
            for (Map.Entry<String, Supplier<byte[]>> document : bundle.getValue().files().entrySet()) {
                Path file = folder.resolve(document.getKey());
                Files.write(file, document.getValue().get());
                written.add(file);
            }
        }
        return written;
    }

    /**
     * Writes every sample into a directory, creating it if needed, and replacing files of the same
     * name; other files are left alone.
     *
     * @return the files written, in generation order
     */
    public static List<Path> generate(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, Supplier<byte[]>> sample : samples().entrySet()) {
            Path file = dir.resolve(sample.getKey());
            Files.write(file, sample.getValue().get());
            written.add(file);
        }
        return written;
    }

    /** Writes the samples into the first directory given and, when a second is given, the bundles into it. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("Usage: SampleGenerator DOCUMENTS_DIRECTORY [ENGAGEMENTS_DIRECTORY]");
            System.exit(2);
        }
        List<Path> written = new ArrayList<>(generate(Path.of(args[0])));
        if (args.length == 2) {
            written.addAll(generateEngagements(Path.of(args[1])));
        }
        for (Path file : written) {
            System.out.printf("%8d  %s%n", Files.size(file), file);
        }
    }
}
