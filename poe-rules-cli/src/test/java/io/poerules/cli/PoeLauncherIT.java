package io.poerules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code poe} launcher of the source checkout, run as a new user runs it: its first {@code validate}
 * after a build records the class data sharing archive, and the next run maps the command's classes from
 * it, picocli's among them (its Java 5 class files could not be archived).
 */
class PoeLauncherIT {

    @TempDir
    Path dir;

    static Path launcher;
    static Path archive;

    @BeforeAll
    static void findLauncher() {
        PoeJarIT.findJar();
        Path jar = PoeJarIT.jar.toAbsolutePath();
        launcher = jar.getParent().getParent().getParent().resolve("poe");
        archive = jar.resolveSibling("poe.jsa");
        assertThat(launcher).as("the launcher at the root of the checkout").isRegularFile();
    }

    @Test
    void secondRunMapsTheCommandsClassesFromTheArchiveRecordedByTheFirst() throws Exception {
        Path sow = Files.write(dir.resolve("sow.txt"), PoeJarIT.SOW);
        Files.deleteIfExists(archive);

        PoeJarIT.Run first = launch(Map.of(), "validate", "--ocr", "off", sow.toString());
        Path classLog = dir.resolve("classes.log");
        PoeJarIT.Run second = launch(Map.of("POE_JAVA_OPTS", "-Xlog:class+load=info:file=" + classLog),
                "validate", "--ocr", "off", sow.toString());

        assertThat(first.exitCode()).as(first.err()).isIn(0, 1);
        assertThat(archive).as("recorded by the first run").isNotEmptyFile();
        assertThat(second.exitCode()).as(second.err()).isEqualTo(first.exitCode());
        assertThat(second.out()).isEqualTo(first.out());
        List<String> loaded = Files.readAllLines(classLog, StandardCharsets.UTF_8);
        assertThat(loaded).anyMatch(line -> line.contains(" picocli.CommandLine source: shared objects file"))
                .anyMatch(line -> line.contains(" io.poerules.cli.ValidateCommand source: shared objects file"))
                .noneMatch(line -> line.contains(" picocli.") && line.contains("source: file:"));
    }

    private PoeJarIT.Run launch(Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(
                Stream.concat(Stream.of("bash", launcher.toString()), Arrays.stream(args)).toList());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("POE_JAVA_OPTS");
        builder.environment().remove("POE_CDS");
        builder.environment().putAll(environment);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        process.getOutputStream().close();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("poe did not finish within 2 minutes");
        }
        return new PoeJarIT.Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
