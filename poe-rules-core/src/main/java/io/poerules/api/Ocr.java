package io.poerules.api;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Whether and how a validator reads scanned pages with OCR (Tesseract, through Tika's
 * {@code TesseractOCRParser}). Only pages without a text layer are read by OCR: a PDF page whose text is
 * (almost) all an image, and image files (PNG, JPEG, TIFF). Attachments that are pictures (logos,
 * screenshots in an email) are never read. Text read by OCR is marked as such: each evidence found in it
 * has {@code ocr} set, and the rules may treat it with more care than a text layer.
 *
 * <pre>{@code
 * PoeValidator.builder().ocr(Ocr.on()).build();     // throws OcrUnavailableException without tesseract
 * PoeValidator.builder().ocr(Ocr.off()).build();    // scans are REVIEW: no text
 * }</pre>
 *
 * @param mode          when to read scanned pages by OCR
 * @param tesseractPath the folder that holds the {@code tesseract} executable; {@code null} to find it on the
 *                      {@code PATH}
 * @param language      Tesseract's language (its traineddata name), {@code eng} by default; {@code eng+deu} for two
 * @param dpi           the resolution PDF pages are rendered at for OCR; 300 by default
 * @since 0.1.0
 */
public record Ocr(Mode mode, Path tesseractPath, String language, int dpi) {

    /** When to read scanned pages by OCR. */
    public enum Mode {
        /** When {@code tesseract} is installed; otherwise a scan is read as having no text (the default). */
        AUTO,
        /** Always: building a validator without {@code tesseract} fails with {@link OcrUnavailableException}. */
        ON,
        /** Never: a scan has no text. */
        OFF
    }

    /** The default resolution of pages rendered for OCR. */
    public static final int DEFAULT_DPI = 300;

    public Ocr {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(language, "language");
        if (!language.matches("[A-Za-z_]+(\\+[A-Za-z_]+)*")) {
            throw new IllegalArgumentException("not a Tesseract language: " + language);
        }
        if (dpi < 72 || dpi > 1200) {
            throw new IllegalArgumentException("dpi must be from 72 to 1200: " + dpi);
        }
    }

    /** OCR when {@code tesseract} is installed: the default. */
    public static Ocr auto() {
        return new Ocr(Mode.AUTO, null, "eng", DEFAULT_DPI);
    }

    /** OCR required: a validator cannot be built without {@code tesseract}. */
    public static Ocr on() {
        return new Ocr(Mode.ON, null, "eng", DEFAULT_DPI);
    }

    /** No OCR. */
    public static Ocr off() {
        return new Ocr(Mode.OFF, null, "eng", DEFAULT_DPI);
    }

    public Ocr withTesseractPath(Path value) {
        return new Ocr(mode, value, language, dpi);
    }

    public Ocr withLanguage(String value) {
        return new Ocr(mode, tesseractPath, value, dpi);
    }

    public Ocr withDpi(int value) {
        return new Ocr(mode, tesseractPath, language, value);
    }
}
