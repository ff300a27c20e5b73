package io.poerules.extract;

import io.poerules.api.DocumentSource;
import io.poerules.api.ErrorCode;
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
     * Extracts the stream a source opens, and closes it. A source that cannot be opened (its opener throws, or
     * returns no stream) is a document that failed with {@link ErrorCode#IO_ERROR}; a stream that fails to close
     * after it was read keeps what was extracted.
     */
    default ExtractedDocument extract(DocumentSource source) {
        return SourceReading.read(this, source);
    }

    @Override
    void close();
}
