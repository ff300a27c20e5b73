package io.poerules.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.api.Limits;
import io.poerules.api.Ocr;
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
 * Creating an extractor runs no program of its own: Tika's external parsers would run ffmpeg, exiftool and
 * sox, and its Tesseract parser tesseract, to see whether they are installed. With OCR, tesseract runs once,
 * when the OCR settings list its languages. A child JVM creates the extractor with a PATH whose programs of
 * those names only write down that they ran (and tesseract lists English).
 */
class ExtractorStartTest {

    private static final List<String> PROGRAMS = List.of("ffmpeg", "exiftool", "sox", "tesseract");

    @TempDir
    Path dir;

    @Test
    void anExtractorWithoutOcrRunsNoProgramWhenCreated() throws Exception {
        assertThat(programsRunCreatingAnExtractor("off")).isEmpty();
    }

    @Test
    void anExtractorWithOcrRunsTesseractOnlyToListItsLanguages() throws Exception {
        assertThat(programsRunCreatingAnExtractor("auto")).containsExactly("tesseract --list-langs");
    }

    @Test
    void theProgramsWouldBeSeenIfTheyRan() throws Exception {
        Path bin = fakePrograms();
        Process probe = new ProcessBuilder(bin.resolve("sox").toString(), "--version").start();
        assertThat(probe.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(ran()).containsExactly("sox --version");
    }

    private List<String> programsRunCreatingAnExtractor(String ocr) throws IOException, InterruptedException {
        Path bin = fakePrograms();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CreateExtractor.class.getName(), ocr).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile());
        child.environment().put("PATH", bin + File.pathSeparator + System.getenv("PATH"));
        Process process = child.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("child.log"))).isZero();
        return ran();
    }

    /**
     * Scripts named as the programs, each writing its name and arguments into the folder's {@code ran} file;
     * {@code tesseract} also answers as one with English data.
     */
    private Path fakePrograms() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        for (String program : PROGRAMS) {
            Path script = bin.resolve(program);
            String answer = program.equals("tesseract") ? "printf 'List of available languages (1):\\neng\\n'\n" : "";
            Files.writeString(script, "#!/bin/sh\necho " + program + " \"$*\" >> '" + dir.resolve("ran") + "'\n"
                    + answer);
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

    /** The child: creates an extractor with OCR {@code off} or {@code auto}, extracts a text file, and exits. */
    public static final class CreateExtractor {
        public static void main(String[] args) throws IOException {
            OcrSettings ocr = OcrSettings.resolve(args[0].equals("auto") ? Ocr.auto() : Ocr.off());
            if (ocr.enabled() != args[0].equals("auto")) {
                throw new IllegalStateException("OCR settings " + args[0] + " resolved to " + ocr);
            }
            Path file = Files.createTempFile("poe-start", ".txt");
            try (TikaExtractor extractor = new TikaExtractor(Limits.DEFAULTS, ocr)) {
                if (extractor.extract(file).parts().isEmpty() && Files.size(file) > 0) {
                    throw new IllegalStateException("no text");
                }
            } finally {
                Files.delete(file);
            }
        }
    }
}
