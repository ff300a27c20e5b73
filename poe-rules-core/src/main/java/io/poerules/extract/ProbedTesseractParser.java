package io.poerules.extract;

import io.poerules.api.OcrUnavailableException;
import java.util.Map;
import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.parser.ocr.TesseractOCRParser;

/**
 * Tika's Tesseract parser, told that {@code tesseract} runs rather than running it to find out. Tika's
 * parser runs the program when it is created and again when it is initialized; {@link OcrSettings} has run
 * it already (and listed its languages) before OCR is enabled, so each of those runs would only cost the
 * start of a short validation tens of milliseconds.
 */
final class ProbedTesseractParser extends TesseractOCRParser {

    private static final long serialVersionUID = 1L;

    private ProbedTesseractParser() {
    }

    /**
     * The parser for enabled OCR settings, pointed at their {@code tesseract} folder when they name one, and
     * at the folder where that {@code tesseract} says its language data is.
     *
     * @throws OcrUnavailableException when Tika refuses that folder
     */
    static ProbedTesseractParser of(OcrSettings ocr) {
        ProbedTesseractParser parser = new ProbedTesseractParser();
        String folder = ocr.tesseractPath();
        if (folder != null) {
            parser.setTesseractPath(folder);
            String data = OcrSettings.dataFolder(folder);
            if (data != null) {
                parser.setTessdataPath(data);
            }
            try {
                parser.initialize(Map.of());
            } catch (TikaConfigException e) {
                throw new OcrUnavailableException("tesseract at " + folder + " cannot be used: " + e.getMessage());
            }
        }
        return parser;
    }

    @Override
    public boolean hasTesseract() {
        return true;
    }
}
