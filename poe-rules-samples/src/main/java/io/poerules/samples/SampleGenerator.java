package io.poerules.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Writes the sample POE documents of {@code poe-rules-samples/documents}: PDF (PDFBox), DOCX and
 * XLSX (POI), EML, HTML and TXT, byte-for-byte the same on every run (see {@link Reproducible}).
 *
 * <p>The expected outcome of each sample is not generated: it is a reviewer's judgement, kept by hand
 * in {@code documents/expected.json}.
 *
 * <pre>mvn -B -q -pl poe-rules-samples compile exec:java                     # into poe-rules-samples/documents
 * mvn -B -q -pl poe-rules-samples compile exec:java -Dexec.args=/tmp/out  # anywhere else</pre>
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

    /** Writes the samples into the directory given as the only argument. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("Usage: SampleGenerator OUTPUT_DIRECTORY");
            System.exit(2);
        }
        for (Path file : generate(Path.of(args[0]))) {
            System.out.printf("%8d  %s%n", Files.size(file), file);
        }
    }
}
