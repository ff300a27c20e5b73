package io.poerules.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded job jar, run as {@code spark-submit} runs it: a child JVM with the jar and Spark's own jars on the
 * class path, {@code local[2]}. Its rows equal those of {@link PoeSpark} in this JVM, so Tika's and Drools'
 * service files are merged and the relocated Jackson and Commons work beside Spark's.
 */
class ShadedJobIT {

    @TempDir
    Path temp;

    @Test
    void theShadedJobValidatesEngagementsAndDocumentsAsTheLibraryDoes() throws Exception {
        Path input = temp.resolve("input");
        Files.createDirectories(input);
        for (String name : List.of("sow-azure-datacentre-exit-signed.pdf", "email-customer-approves-migration.eml",
                "po-m365-managed-service-approved.xlsx", "sow-m365-modern-workplace-signed.docx", "sow-password-protected.pdf")) {
            Files.copy(TestSpark.sampleDocuments().resolve(name), input.resolve(name));
        }
        TestSpark.copyFolder(TestSpark.sampleEngagements().resolve("msa-plus-sow"), input.resolve("msa-plus-sow"));
        Path output = temp.resolve("rows");

        Process job = new ProcessBuilder(command(input, output)).redirectErrorStream(true)
                .redirectOutput(temp.resolve("job.log").toFile()).start();
        assertThat(job.waitFor(150, TimeUnit.SECONDS)).as("the job ends").isTrue();
        String log = Files.readString(temp.resolve("job.log"), StandardCharsets.UTF_8);
        assertThat(job.exitValue()).as(log).isEqualTo(1);
        assertThat(log).contains("poe-rules-spark: wrote " + output);

        List<Row> written = TestSpark.session().read().schema(PoeSparkSchema.schema()).json(output.toString()).collectAsList();
        List<Row> expected = PoeSpark.validateEngagements(TestSpark.session(), PoeSparkOptions.builder()
                .ocr(io.poerules.api.Ocr.off()).asOf(java.time.LocalDate.parse("2026-11-30")).build(),
                input.toString()).collectAsList();
        assertThat(written).hasSize(8);
        assertThat(Comparable.bySource(written)).isEqualTo(Comparable.bySource(expected));
    }

    @Test
    void theShadedJarHoldsNoSparkNoLoggingAndRelocatesWhatSparkAlsoShips() throws IOException {
        try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(System.getProperty("poe.spark.jar"))) {
            List<String> entries = jar.stream().map(java.util.zip.ZipEntry::getName).toList();
            assertThat(entries).noneMatch(e -> e.startsWith("org/apache/spark/") || e.startsWith("scala/")
                    || e.startsWith("org/apache/hadoop/") || e.startsWith("org/slf4j/") || e.startsWith("org/apache/logging/")
                    || e.startsWith("com/fasterxml/") || e.startsWith("org/apache/commons/io/")
                    || e.startsWith("org/apache/commons/compress/") || e.startsWith("org/apache/commons/lang3/"));
            assertThat(entries).contains("io/poerules/spark/PoeSparkJob.class",
                    "io/poerules/spark/shaded/com/fasterxml/jackson/databind/ObjectMapper.class",
                    "io/poerules/spark/shaded/org/apache/commons/io/IOUtils.class");
            String parsers = new String(jar.getInputStream(jar.getEntry("META-INF/services/org.apache.tika.parser.Parser"))
                    .readAllBytes(), StandardCharsets.UTF_8);
            assertThat(parsers).as("Tika's parser services of every parser module, merged")
                    .contains("org.apache.tika.parser.pdf.PDFParser", "org.apache.tika.parser.microsoft.ooxml.OOXMLParser",
                            "org.apache.tika.parser.mail.RFC822Parser");
        }
    }

    private static List<String> command(Path input, Path output) throws IOException {
        List<String> sparkJars = new ArrayList<>();
        for (String file : System.getProperty("spark.classpath.files").split(",")) {
            sparkJars.add(Files.readString(Path.of(file)).strip());
        }
        String sparkClasspath = String.join(File.pathSeparator, sparkJars);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(System.getProperty("spark.jvm.options").strip().split("\\s+")));
        command.addAll(List.of("-Xmx1g", "-Dspark.master=local[2]", "-Dspark.ui.enabled=false",
                "-Dspark.driver.host=127.0.0.1", "-Dspark.driver.bindAddress=127.0.0.1",
                "-cp", System.getProperty("poe.spark.jar") + File.pathSeparator + sparkClasspath,
                "io.poerules.spark.PoeSparkJob",
                "--input", input.toString(), "--output", output.toString(), "--format", "json",
                "--ocr", "off", "--as-of", "2026-11-30"));
        return command;
    }
}
