package io.poerules.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.api.Limits;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Creating an extractor with OCR off runs no program: Tika's external parsers would run ffmpeg, exiftool
 * and sox, and its Tesseract parser tesseract, to see whether they are installed. A child JVM creates the
 * extractor with a PATH whose programs of those names only write down that they ran.
 */
class ExtractorStartTest {

    private static final List<String> PROGRAMS = List.of("ffmpeg", "exiftool", "sox", "tesseract");

    @TempDir
    Path dir;

    @Test
    void anExtractorWithoutOcrRunsNoProgramWhenCreated() throws Exception {
        assertThat(programsRunCreatingAnExtractor()).isEmpty();
    }

    @Test
    void theProgramsWouldBeSeenIfTheyRan() throws Exception {
        Path bin = fakePrograms();
        Process probe = new ProcessBuilder(bin.resolve("sox").toString(), "--version").start();
        assertThat(probe.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(ran()).containsExactly("sox");
    }

    private List<String> programsRunCreatingAnExtractor() throws IOException, InterruptedException {
        Path bin = fakePrograms();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CreateExtractor.class.getName()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile());
        child.environment().put("PATH", bin + File.pathSeparator + System.getenv("PATH"));
        Process process = child.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("child.log"))).isZero();
        return ran();
    }

    /** Scripts named as the programs, each writing its name into the folder's {@code ran} file. */
    private Path fakePrograms() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        for (String program : PROGRAMS) {
            Path script = bin.resolve(program);
            Files.writeString(script, "#!/bin/sh\necho " + program + " >> '" + dir.resolve("ran") + "'\n");
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return bin;
    }

    private List<String> ran() throws IOException {
        Path ran = dir.resolve("ran");
        if (!Files.exists(ran)) {
            return List.of();
        }
        try (Stream<String> lines = Files.lines(ran)) {
            return lines.map(String::strip).toList();
        }
    }

    /** The child: creates an extractor without OCR, extracts a text file, and exits. */
    public static final class CreateExtractor {
        public static void main(String[] args) throws IOException {
            Path file = Files.createTempFile("poe-start", ".txt");
            try (TikaExtractor extractor = new TikaExtractor(Limits.DEFAULTS, OcrSettings.DISABLED)) {
                if (extractor.extract(file).parts().isEmpty() && Files.size(file) > 0) {
                    throw new IllegalStateException("no text");
                }
            } finally {
                Files.delete(file);
            }
        }
    }
}
