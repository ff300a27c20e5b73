package io.poerules.fact;

/**
 * What extraction produced: always present once per document, so rules can reason about documents
 * without text.
 *
 * @param contentType the detected media type of the document
 * @param characters  the number of non-whitespace characters extracted over all parts
 * @param parts       the number of parts (the document plus its embedded documents)
 * @param truncated   whether a limit cut the text short
 * @param evidence    the first words of the text
 * @param ocr         whether some of the text was read by OCR from scanned pages
 * @since 0.1.0
 */
public record Extraction(String contentType, int characters, int parts, boolean truncated, Evidence evidence,
                         boolean ocr) implements Fact {

    /** An extraction from text layers only (no OCR). */
    public Extraction(String contentType, int characters, int parts, boolean truncated, Evidence evidence) {
        this(contentType, characters, parts, truncated, evidence, false);
    }

    /** Whether any text at all was extracted. */
    public boolean hasText() {
        return characters > 0;
    }
}
