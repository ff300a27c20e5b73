package io.poerules.extract;

import io.poerules.api.Ocr;
import io.poerules.api.OcrUnavailableException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OCR an extractor applies, resolved from an {@link Ocr} against what is installed: whether
 * {@code tesseract} runs and has the language's data.
 *
 * @param enabled       whether pages without a text layer are read by OCR
 * @param tesseractPath the folder of the {@code tesseract} executable, or {@code null} for the {@code PATH}
 * @param language      Tesseract's language
 * @param dpi           the resolution PDF pages are rendered at
 */
public record OcrSettings(boolean enabled, String tesseractPath, String language, int dpi) {

    private static final Logger LOG = LoggerFactory.getLogger(OcrSettings.class);
    private static final Map<String, Probe> PROBES = new ConcurrentHashMap<>();

    /** No OCR. */
    public static final OcrSettings DISABLED = new OcrSettings(false, null, "eng", Ocr.DEFAULT_DPI);

    /** Where {@code tesseract --list-langs} says its languages are: {@code List of available languages in "DIR" (2):}. */
    private static final Pattern DATA_FOLDER = Pattern.compile("^List of available languages in \"([^\"]+)\"");

    /**
     * What running {@code tesseract --list-langs} found: the languages and the folder of their data
     * ({@code null} when it does not say), or why it could not run.
     */
    private record Probe(List<String> languages, String dataFolder, String problem) {
        Probe(List<String> languages, String problem) {
            this(languages, null, problem);
        }
    }

    /**
     * Resolves OCR settings. {@link Ocr.Mode#AUTO} without {@code tesseract} (or without the language) is
     * {@link #DISABLED}, with a note in the log.
     *
     * @throws OcrUnavailableException for {@link Ocr.Mode#ON} when {@code tesseract} cannot be run or lacks
     *                                 the language
     */
    public static OcrSettings resolve(Ocr ocr) {
        if (ocr.mode() == Ocr.Mode.OFF) {
            return DISABLED;
        }
        String path = ocr.tesseractPath() == null ? null : ocr.tesseractPath().toString();
        Probe probe = PROBES.computeIfAbsent(path == null ? "" : path, p -> probe(path));
        if (Thread.currentThread().isInterrupted()) {
            PROBES.remove(path == null ? "" : path);
        }
        String problem = probe.problem();
        if (problem == null) {
            List<String> missing = Arrays.stream(ocr.language().split("\\+"))
                    .filter(l -> !probe.languages().contains(l)).toList();
            if (!missing.isEmpty()) {
                problem = "tesseract has no data for the language " + String.join("+", missing)
                        + " (installed: " + String.join(", ", probe.languages()) + "); install tesseract-ocr-"
                        + missing.get(0).toLowerCase(java.util.Locale.ROOT) + " or choose another language";
            }
        }
        if (problem != null) {
            if (ocr.mode() == Ocr.Mode.ON) {
                throw new OcrUnavailableException("OCR was requested but " + problem);
            }
            LOG.info("OCR is off: {}", problem);
            return DISABLED;
        }
        return new OcrSettings(true, path, ocr.language(), ocr.dpi());
    }

    /** Whether {@code tesseract} runs from the {@code PATH} with English data: what {@link Ocr#auto()} needs. */
    public static boolean tesseractAvailable() {
        return resolve(Ocr.auto()).enabled();
    }

    /**
     * The folder of the language data of the {@code tesseract} in {@code folder}, as it says when it lists
     * its languages; {@code null} when it does not say. Tika's parser would otherwise look for the data in
     * {@code folder/tessdata}, where a packaged tesseract has none.
     */
    static String dataFolder(String folder) {
        return PROBES.computeIfAbsent(folder, f -> probe(folder)).dataFolder();
    }

    private static Probe probe(String folder) {
        String executable = "tesseract";
        if (folder != null) {
            Path exe = Path.of(folder).resolve("tesseract");
            if (!Files.isExecutable(exe)) {
                return new Probe(List.of(), "there is no tesseract executable in " + folder
                        + "; install tesseract-ocr and tesseract-ocr-eng (see the README)");
            }
            executable = exe.toString();
        }
        try {
            Process process = new ProcessBuilder(executable, "--list-langs").redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output;
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                output = in.lines().collect(Collectors.joining("\n"));
            }
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Probe(List.of(), "tesseract did not answer within 30 s");
            }
            if (process.exitValue() != 0) {
                return new Probe(List.of(), "tesseract --list-langs failed with status " + process.exitValue());
            }
            List<String> languages = output.lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("List of")).toList();
            Matcher data = DATA_FOLDER.matcher(output);
            return new Probe(languages, data.find() ? data.group(1) : null, null);
        } catch (IOException e) {
            return new Probe(List.of(), "tesseract was not found on the PATH; install tesseract-ocr and "
                    + "tesseract-ocr-eng (see the README)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Probe(List.of(), "interrupted while looking for tesseract");
        }
    }
}
