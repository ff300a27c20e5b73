package io.poerules.extract;

import io.poerules.api.DocumentSource;
import io.poerules.api.ErrorCode;
import io.poerules.api.ReportError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Turns an input into an {@link ExtractedDocument}: in this JVM ({@link TikaExtractor}) or in child JVMs. Implementations never throw for a bad document, are thread-safe, and own
 * threads or processes that {@link #close()} stops.
 */
public interface Extractor extends AutoCloseable {

    /** Extracts a file. */
    ExtractedDocument extract(Path file);

    /** Extracts a stream; the caller keeps ownership of it and closes it. */
    ExtractedDocument extract(InputStream stream, String name);

    /**
     * Extracts the stream a source opens, and closes it. A source that cannot be opened, or whose stream fails
     * to close, is a document that failed with {@link ErrorCode#IO_ERROR}.
     */
    default ExtractedDocument extract(DocumentSource source) {
        String name = source.name();
        try (InputStream stream = source.opener().open()) {
            if (stream == null) {
                return ExtractedDocument.failed(name, null, new ReportError(ErrorCode.IO_ERROR,
                        "Cannot read " + name + ": its source opened no stream"));
            }
            return extract(stream, name);
        } catch (IOException e) {
            return ExtractedDocument.failed(name, null, new ReportError(ErrorCode.IO_ERROR,
                    "Cannot read " + name + ": " + ExtractionFailures.describeIo(e)));
        }
    }

    @Override
    void close();
}
