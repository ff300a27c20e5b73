package io.poerules.spark;

import io.poerules.api.Limits;
import io.poerules.api.Ocr;
import io.poerules.api.PoeValidator;
import io.poerules.api.RuleSet;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What an executor needs to build the same validator as the driver: limits, OCR, rules and the as-of date,
 * all fixed on the driver. Serialisable and immutable; {@link #key()} names a validator built from it.
 *
 * @param rules     the rules folder shipped with the job, or {@code null} for the default rules
 * @param rulesMode how {@code rules} combines with the default rules
 * @param asOf      the date acknowledgements of documents outside engagements are measured against
 */
record ValidatorSettings(long maxInputBytes, int maxCharacters, int maxEmbeddedDepth, int maxEmbeddedDocuments,
                         long timeoutMillis, Ocr.Mode ocrMode, String tesseractPath, String ocrLanguage, int ocrDpi,
                         RuleFiles rules, RuleSet.Mode rulesMode, LocalDate asOf) implements Serializable {

    ValidatorSettings {
        Objects.requireNonNull(ocrMode, "ocrMode");
        Objects.requireNonNull(ocrLanguage, "ocrLanguage");
        Objects.requireNonNull(rulesMode, "rulesMode");
        Objects.requireNonNull(asOf, "asOf");
        limitsOf(maxInputBytes, maxCharacters, maxEmbeddedDepth, maxEmbeddedDocuments, timeoutMillis);
    }

    static ValidatorSettings of(Limits limits, Ocr ocr, RuleFiles rules, RuleSet.Mode rulesMode, LocalDate asOf) {
        return new ValidatorSettings(limits.maxInputBytes(), limits.maxCharacters(), limits.maxEmbeddedDepth(),
                limits.maxEmbeddedDocuments(), limits.timeout().toMillis(), ocr.mode(),
                ocr.tesseractPath() == null ? null : ocr.tesseractPath().toString(), ocr.language(), ocr.dpi(),
                rules, rulesMode, asOf);
    }

    Limits limits() {
        return limitsOf(maxInputBytes, maxCharacters, maxEmbeddedDepth, maxEmbeddedDocuments, timeoutMillis);
    }

    private static Limits limitsOf(long bytes, int characters, int depth, int embedded, long timeoutMillis) {
        return new Limits(bytes, characters, depth, embedded, Duration.ofMillis(timeoutMillis));
    }

    Ocr ocr() {
        Ocr base = new Ocr(ocrMode, null, ocrLanguage, ocrDpi);
        return tesseractPath == null ? base : base.withTesseractPath(Path.of(tesseractPath));
    }

    /**
     * A builder for this validator; {@code rulesFolder} is where {@link #rules()} was written on this JVM
     * ({@code null} for the default rules), {@code threads} the executor's task slots: its tasks hand their
     * files to the validator's batch threads.
     */
    PoeValidator.Builder builder(Path rulesFolder, int threads) {
        PoeValidator.Builder builder = PoeValidator.builder().limits(limits()).ocr(ocr()).referenceDate(asOf)
                .threads(threads);
        return rulesFolder == null ? builder : builder.rulesDirectory(rulesFolder, rulesMode);
    }

    /** Tells validators apart: every setting, and the rules by digest. */
    String key() {
        return String.join("|", Long.toString(maxInputBytes), Integer.toString(maxCharacters),
                Integer.toString(maxEmbeddedDepth), Integer.toString(maxEmbeddedDocuments), Long.toString(timeoutMillis),
                ocrMode.name(), String.valueOf(tesseractPath), ocrLanguage, Integer.toString(ocrDpi),
                rules == null ? "default-rules" : rules.digest(), rulesMode.name(), asOf.toString());
    }
}
