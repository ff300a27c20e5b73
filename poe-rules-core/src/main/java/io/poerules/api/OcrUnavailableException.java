package io.poerules.api;

/**
 * OCR was required ({@link Ocr#on()}) but {@code tesseract} cannot be run. Thrown by
 * {@link PoeValidator.Builder#build()}.
 *
 * @since 0.1.0
 */
public class OcrUnavailableException extends PoeRulesException {
    private static final long serialVersionUID = 1L;

    public OcrUnavailableException(String message) {
        super(message);
    }
}
