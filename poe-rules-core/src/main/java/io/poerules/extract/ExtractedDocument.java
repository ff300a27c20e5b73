package io.poerules.extract;

import io.poerules.api.ReportError;
import java.util.List;

/**
 * Everything extraction produced from one input: its parts (the document and its embedded
 * documents, depth first), and the problems met, fatal or not.
 *
 * @param source      the path or name of the input
 * @param contentType the detected media type of the input, or {@code null} when it was never read
 * @param parts       the document's parts; the first is the document itself
 * @param problems    what could not be read
 */
public record ExtractedDocument(String source, String contentType, List<DocumentPart> parts,
                                List<ReportError> problems) {
    public ExtractedDocument {
        parts = List.copyOf(parts);
        problems = List.copyOf(problems);
    }

    /** A document that could not be read at all. */
    public static ExtractedDocument failed(String source, String contentType, ReportError problem) {
        return new ExtractedDocument(source, contentType, List.of(), List.of(problem));
    }

    /** Whether a problem stops the document from being evaluated. */
    public boolean isFatal() {
        return parts.isEmpty() || problems.stream().anyMatch(ReportError::isFatal);
    }

    /** The document itself (the first part). */
    public DocumentPart main() {
        return parts.get(0);
    }

    /** The characters of the text over all parts. */
    public int characters() {
        return parts.stream().mapToInt(DocumentPart::characters).sum();
    }

    /** Whether a limit cut the text. */
    public boolean isTruncated() {
        return problems.stream().anyMatch(p -> p.code() == io.poerules.api.ErrorCode.TRUNCATED);
    }
}
