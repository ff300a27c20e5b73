package io.poerules.extract;

import org.apache.tika.parser.ocr.TesseractOCRParser;

/**
 * Tika's Tesseract parser, told that {@code tesseract} runs rather than running it to find out. Tika's
 * parser runs the program when it is created and again when it is initialized; {@link OcrSettings} has run
 * it already (and listed its languages) before OCR is enabled, so each of those runs would only cost the
 * start of a short validation tens of milliseconds. Created only for settings with OCR enabled.
 */
final class ProbedTesseractParser extends TesseractOCRParser {

    private static final long serialVersionUID = 1L;

    @Override
    public boolean hasTesseract() {
        return true;
    }
}
