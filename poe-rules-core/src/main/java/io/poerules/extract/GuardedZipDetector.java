package io.poerules.extract;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.microsoft.ooxml.OPCPackageWrapper;

/**
 * Tika's detector, except that it leaves no Office package open behind it. Tika's OOXML detector opens
 * the package without POI's {@code ZipSecureFile} and hands it on to the parser, which then inflates the
 * parts with no check on their size or compression ratio: a zip bomb in a DOCX reaches the heap. Dropping
 * that package makes the parser open the file again through {@code ZipSecureFile}, within the limits
 * {@link TikaExtractor} sets.
 */
final class GuardedZipDetector implements Detector {

    private static final long serialVersionUID = 1L;

    private final Detector delegate;

    GuardedZipDetector(Detector delegate) {
        this.delegate = delegate;
    }

    @Override
    public MediaType detect(InputStream input, Metadata metadata) throws IOException {
        MediaType type = delegate.detect(input, metadata);
        if (input instanceof TikaInputStream tis && tis.getOpenContainer() instanceof OPCPackageWrapper unguarded) {
            tis.setOpenContainer(null);
            unguarded.close();
        }
        return type;
    }
}
