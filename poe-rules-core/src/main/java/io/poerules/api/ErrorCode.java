package io.poerules.api;

/**
 * Why a document, or part of it, could not be processed.
 *
 * @since 0.1.0
 */
public enum ErrorCode {
    /** The file or stream could not be read. */
    IO_ERROR,
    /** The input has no bytes. */
    EMPTY,
    /** The input is larger than {@link Limits#maxInputBytes()}. */
    TOO_LARGE,
    /** The document is password- or DRM-protected. */
    ENCRYPTED,
    /** The parser could not make sense of the bytes, or the file is incomplete (cut short in transfer). */
    CORRUPT,
    /**
     * The file's content is another format than its name says (a {@code .pdf} that is a ZIP archive), one
     * that the application for its extension does not open.
     *
     * @since 0.1.0
     */
    MISLABELLED,
    /** No parser handles this kind of file. */
    UNSUPPORTED_TYPE,
    /** Extraction took longer than {@link Limits#timeout()}. */
    TIMEOUT,
    /** The extracted text reached {@link Limits#maxCharacters()} and was cut. */
    TRUNCATED,
    /** Embedded documents beyond {@link Limits#maxEmbeddedDepth()} or {@link Limits#maxEmbeddedDocuments()} were skipped. */
    EMBEDDED_LIMIT,
    /** An embedded document (an attachment) could not be read; the rest was evaluated. */
    EMBEDDED_ERROR,
    /** The rules failed while evaluating the document. */
    RULES_ERROR,
    /** An unexpected internal failure. */
    INTERNAL
}
