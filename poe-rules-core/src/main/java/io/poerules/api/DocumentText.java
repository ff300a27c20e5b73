package io.poerules.api;

import java.util.List;
import java.util.Objects;

/**
 * The text a document's evidence points into: one entry per part (the document itself, then its
 * attachments), as extracted. Evidence offsets ({@code start}, {@code end}) are offsets in the text of the
 * part the evidence names ({@code part}; {@code null} for the document itself). Held by a
 * {@link DocumentReport} only when the validator was built with {@link PoeValidator.Builder#retainText(boolean)};
 * never written to JSON.
 *
 * @param parts the document's parts; the first is the document itself
 * @since 0.1.0
 */
public record DocumentText(List<Part> parts) {

    public DocumentText {
        parts = List.copyOf(parts);
    }

    /**
     * The text of one part.
     *
     * @param name        the attachment's name; {@code null} for the document itself
     * @param contentType the part's media type
     * @param text        the extracted text; pages are separated by form feeds ({@code '\f'}) where the format
     *                    has pages, cell paragraphs by vertical tabs
     * @param paged       whether the format has pages
     * @param ocrPages    the 1-based pages read by OCR ({@code [1]} for a part without pages read by OCR)
     */
    public record Part(String name, String contentType, String text, boolean paged, List<Integer> ocrPages) {
        public Part {
            Objects.requireNonNull(text, "text");
            ocrPages = ocrPages == null ? List.of() : List.copyOf(ocrPages);
        }
    }

    /** The part that evidence naming {@code part} points into: the first of that name, or {@code null}. */
    public Part part(String part) {
        if (parts.isEmpty()) {
            return null;
        }
        if (part == null) {
            return parts.get(0);
        }
        return parts.stream().skip(1).filter(p -> part.equals(p.name())).findFirst().orElse(null);
    }
}
