package io.poerules.fact;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The text that proves a fact or a finding, and where it was found.
 *
 * @param text  the snippet of document text (already trimmed to a readable length)
 * @param start character offset of the snippet's start in the part's text
 * @param end   character offset just past the snippet's end
 * @param page  1-based page number where the format has pages, otherwise {@code null}
 * @param part   the embedded part the text comes from (an email attachment's name), {@code null} for the document itself
 * @param source the document the text comes from, as named in its report entry ({@link
 *               io.poerules.api.DocumentReport#source()}); set by the validator for every fact of a document, so
 *               that the findings of an engagement say which document proves what. {@code null} only for
 *               evidence made outside a validation
 * @param ocr    whether the text was read by OCR from a scanned page, so it may hold misread characters;
 *               written to JSON only when {@code true}
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"text", "page", "start", "end", "source", "part", "ocr"})
public record Evidence(String text, int start, int end, Integer page, String part, String source,
                       @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean ocr) {

    /** Longest snippet kept in evidence; longer matches are cut with an ellipsis. */
    public static final int MAX_TEXT = 240;

    public Evidence {
        text = text == null ? "" : text;
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT - 1) + "…";
        }
    }

    /** Evidence from a text layer (not OCR). */
    public Evidence(String text, int start, int end, Integer page, String part, String source) {
        this(text, start, end, page, part, source, false);
    }

    /** Evidence whose document is not (yet) known. */
    public Evidence(String text, int start, int end, Integer page, String part) {
        this(text, start, end, page, part, null);
    }

    /** Evidence from document metadata rather than a place in the text. */
    public static Evidence metadata(String text, String part) {
        return metadata(text, part, null);
    }

    /** Evidence from document metadata rather than a place in the text, in the given document. */
    public static Evidence metadata(String text, String part, String source) {
        return new Evidence(text, 0, 0, null, part, source);
    }

    /** This evidence, from the given document. */
    public Evidence withSource(String source) {
        return new Evidence(text, start, end, page, part, source, ocr);
    }

    /** This evidence, marked as read by OCR or not. */
    public Evidence withOcr(boolean value) {
        return new Evidence(text, start, end, page, part, source, value);
    }
}
