package io.poerules.samples;

import io.poerules.extract.OcrSettings;
import java.util.List;

/**
 * The samples include a scan that passes only when read by OCR: a run without {@code tesseract} fails it with
 * a message that says what to install, rather than with a verdict that differs for no visible reason.
 */
final class OcrHint {

    static final String MESSAGE = "this sample is a scan that is read by OCR; tesseract is not installed here: "
            + "install tesseract-ocr and tesseract-ocr-eng (see the README, OCR)";

    private OcrHint() {
    }

    /** The differences, with the hint first when the document had no text and OCR could not run. */
    static List<String> explain(List<String> differences, boolean noText) {
        if (differences.isEmpty() || !noText || OcrSettings.tesseractAvailable()) {
            return differences;
        }
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(MESSAGE), differences.stream()).toList();
    }
}
