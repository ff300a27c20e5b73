package io.poerules.extract;

import io.poerules.api.DocumentSource;
import io.poerules.api.ErrorCode;
import io.poerules.api.ReportError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a {@link DocumentSource}: opens it, extracts its stream and closes it. A source that cannot be opened, for
 * whatever reason its opener gives, is a document that failed with {@link ErrorCode#IO_ERROR}; a stream that fails
 * to close after it was read keeps what was extracted from it.
 */
final class SourceReading {

    private static final Logger LOG = LoggerFactory.getLogger(SourceReading.class);

    private SourceReading() {
    }

    static ExtractedDocument read(Extractor extractor, DocumentSource source) {
        String name = source.name();
        InputStream stream;
        try {
            stream = source.opener().open();
        } catch (IOException e) {
            return cannotRead(name, ExtractionFailures.describeIo(e));
        } catch (UncheckedIOException e) {
            return cannotRead(name, ExtractionFailures.describeIo(e.getCause()));
        } catch (RuntimeException e) {
            return cannotRead(name, "its source failed to open it (" + ExtractionFailures.describe(e) + ")");
        }
        if (stream == null) {
            return cannotRead(name, "its source opened no stream");
        }
        try {
            return extractor.extract(stream, name);
        } finally {
            try {
                stream.close();
            } catch (IOException | RuntimeException e) {
                LOG.debug("Closing the stream of {} failed", name, e);
            }
        }
    }

    private static ExtractedDocument cannotRead(String name, String why) {
        return ExtractedDocument.failed(name, null, new ReportError(ErrorCode.IO_ERROR, "Cannot read " + name + ": " + why));
    }
}
