package io.poerules.extract;

import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.WeakReference;
import java.util.Objects;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * A detector that answers a repeated question from memory: asked again on the same stream with the same
 * name and declared type, on the same thread, it returns what it found the first time. The extractor
 * detects a document's type before parsing it (to check the format and choose to parse), and the
 * auto-detect parser then asks the same question again; Tika's detection (magic bytes, and opening an
 * Office package) is a large share of extraction.
 */
final class RememberingDetector implements Detector {

    private static final long serialVersionUID = 1L;

    private final Detector delegate;
    private final transient ThreadLocal<Answer> last = new ThreadLocal<>();

    /** The last answer of a thread, with what it was the answer to. */
    private record Answer(WeakReference<InputStream> stream, String name, String declared, MediaType type) {
        boolean answers(InputStream input, String inputName, String inputDeclared) {
            return stream.get() == input && Objects.equals(name, inputName) && Objects.equals(declared, inputDeclared);
        }
    }

    RememberingDetector(Detector delegate) {
        this.delegate = delegate;
    }

    /** A deserialized copy starts with an empty memory (a thread-local is not serialized). */
    private Object readResolve() {
        return new RememberingDetector(delegate);
    }

    @Override
    public MediaType detect(InputStream input, Metadata metadata) throws IOException {
        String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
        String declared = metadata.get(Metadata.CONTENT_TYPE);
        Answer answer = last.get();
        if (input != null && answer != null && answer.answers(input, name, declared)) {
            return answer.type();
        }
        MediaType type = delegate.detect(input, metadata);
        last.set(input == null ? null : new Answer(new WeakReference<>(input), name, declared, type));
        return type;
    }
}
