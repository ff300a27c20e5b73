package io.poerules.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * A document to validate that is not a file of this machine: an object in a store, an attachment, a file of
 * a distributed file system. It has a name, used in the report and as a hint to the format, and a way to
 * open it, which the validator calls when it reads the document, on one of its threads.
 *
 * <pre>{@code
 * List<DocumentSource> sources = keys.stream()
 *         .map(key -> new DocumentSource(key, () -> store.open(key)))
 *         .toList();
 * validator.validateEachSource(sources, report -> out.write(report));
 * }</pre>
 *
 * @param name   the document's name, {@code claims/2026/sow-signed.pdf}
 * @param opener opens the document; the validator closes the stream it returns once the document is read (the
 *               stream of a document given up past its deadline when its reading ends, which a stream blocked in a
 *               read it does not let interrupt may delay)
 * @since 0.1.0
 */
public record DocumentSource(String name, Opener opener) {

    /** @throws NullPointerException when the name or the opener is missing */
    public DocumentSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(opener, "opener");
    }

    /**
     * Opens a document for reading. It may be called more than once for one document: when a batch gives up
     * on a document that takes too long, the documents after it are read again.
     */
    @FunctionalInterface
    public interface Opener {

        /**
         * A new stream over the document, from its start.
         *
         * @throws IOException when the document cannot be read: the validator reports it as an
         *                     {@link ErrorCode#IO_ERROR} entry, saying why
         */
        InputStream open() throws IOException;
    }
}
