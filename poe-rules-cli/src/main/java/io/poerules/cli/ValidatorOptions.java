package io.poerules.cli;

import io.poerules.api.Isolation;
import io.poerules.api.Limits;
import io.poerules.api.Ocr;
import io.poerules.api.PoeValidator;
import io.poerules.api.RuleSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/** The options that configure a {@link PoeValidator}, shared by the commands that validate. */
final class ValidatorOptions {

    /** Longest --timeout accepted: a day. */
    static final long MAX_TIMEOUT_SECONDS = 86_400;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "A folder of DRL rules, decision tables (.xlsx, .csv) and lexicon JSON files laid over "
                    + "the default rules: its files are added, same-named files replaced, and a rule with the "
                    + "@id of a default rule replaces it.")
    Path rules;

    @Option(names = "--rules-mode", paramLabel = "MODE",
            description = "With --rules: extend the default rules (default) or replace them.")
    RuleSet.Mode rulesMode = RuleSet.Mode.EXTEND;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "The date acknowledgement dates are measured against, for documents outside an engagement (default: today; an engagement uses its claim date).")
    LocalDate asOf;

    @Option(names = "--max-bytes", paramLabel = "N",
            description = "Largest document accepted, in bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes = Limits.DEFAULTS.maxInputBytes();

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Time allowed to extract one document, and again to evaluate it (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds = Limits.DEFAULTS.timeout().toSeconds();

    @Option(names = "--isolate",
            description = "Extract each document in a child JVM, so that a parser that hangs or runs out of memory "
                    + "costs only that document's entry.")
    boolean isolate;

    @Option(names = "--isolate-heap", paramLabel = "MB",
            description = "Heap of each child JVM with --isolate, in MiB (default: ${DEFAULT-VALUE}).")
    int isolateHeap = Isolation.DEFAULT_MAX_HEAP_MEGABYTES;

    @Option(names = "--ocr", paramLabel = "WHEN", converter = OcrConverter.class,
            description = "Read scanned pages (no text layer) and image files by OCR with tesseract: auto (when it is"
                    + " installed, the default), on (required: exit 2 without it) or off.")
    Ocr.Mode ocr = Ocr.Mode.AUTO;

    @Option(names = "--tesseract-path", paramLabel = "DIR",
            description = "The folder of the tesseract executable, when it is not on the PATH.")
    Path tesseractPath;

    /** A builder with these options; the caller builds it, which compiles the rules. */
    PoeValidator.Builder builder(CommandSpec spec) {
        if (maxBytes < 1) {
            throw new ParameterException(spec.commandLine(), "--max-bytes must be at least 1: " + maxBytes);
        }
        if (timeoutSeconds < 1 || timeoutSeconds > MAX_TIMEOUT_SECONDS) {
            throw new ParameterException(spec.commandLine(), "--timeout must be from 1 to " + MAX_TIMEOUT_SECONDS
                    + " seconds: " + timeoutSeconds);
        }
        if (isolateHeap < 16) {
            throw new ParameterException(spec.commandLine(), "--isolate-heap must be at least 16 (MiB): " + isolateHeap);
        }
        PoeValidator.Builder builder = PoeValidator.builder()
                .limits(Limits.DEFAULTS.withMaxInputBytes(maxBytes).withTimeout(Duration.ofSeconds(timeoutSeconds)));
        Ocr settings = switch (ocr) {
            case AUTO -> Ocr.auto();
            case ON -> Ocr.on();
            case OFF -> Ocr.off();
        };
        builder.ocr(tesseractPath == null ? settings : settings.withTesseractPath(tesseractPath));
        if (isolate) {
            builder.isolation(Isolation.forked().withMaxHeapMegabytes(isolateHeap));
        }
        if (rules != null) {
            if (!Files.isDirectory(rules)) {
                throw new ParameterException(spec.commandLine(), "--rules: no such directory: " + rules);
            }
            builder.rulesDirectory(rules, rulesMode);
        }
        if (asOf != null) {
            builder.referenceDate(asOf);
        }
        return builder;
    }

    /** Reads auto, on or off, in any case. */
    static final class OcrConverter implements ITypeConverter<Ocr.Mode> {
        @Override
        public Ocr.Mode convert(String value) {
            try {
                return Ocr.Mode.valueOf(value.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("expected auto, on or off, not '" + value + "'");
            }
        }
    }

    /** Reads an ISO date with a message that says what is expected. */
    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("expected a date as YYYY-MM-DD, not '" + value + "'");
            }
        }
    }
}
