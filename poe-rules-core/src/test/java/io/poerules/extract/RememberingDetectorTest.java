package io.poerules.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;

class RememberingDetectorTest {

    private final AtomicInteger asked = new AtomicInteger();
    private final Detector counting = (input, metadata) -> {
        asked.incrementAndGet();
        return MediaType.parse("application/x-answer-" + asked.get());
    };
    private final RememberingDetector detector = new RememberingDetector(counting);

    private static Metadata named(String name) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        return metadata;
    }

    @Test
    void theSameQuestionOnTheSameStreamIsAnsweredFromMemory() throws Exception {
        InputStream stream = new ByteArrayInputStream(new byte[] {1, 2, 3});

        MediaType first = detector.detect(stream, named("sow.pdf"));
        MediaType again = detector.detect(stream, named("sow.pdf"));

        assertThat(again).isEqualTo(first);
        assertThat(asked).hasValue(1);
    }

    @Test
    void anotherNameDeclaredTypeOrStreamIsAskedAgain() throws Exception {
        InputStream stream = new ByteArrayInputStream(new byte[] {1, 2, 3});
        detector.detect(stream, new Metadata());

        detector.detect(stream, named("sow.pdf"));
        Metadata declared = named("sow.pdf");
        declared.set(Metadata.CONTENT_TYPE, "application/pdf");
        detector.detect(stream, declared);
        detector.detect(new ByteArrayInputStream(new byte[] {1, 2, 3}), declared);

        assertThat(asked).hasValue(4);
    }

    @Test
    void aDeserializedCopyDetects() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(new RememberingDetector(new org.apache.tika.detect.TextDetector()));
        }
        Detector copy;
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (Detector) in.readObject();
        }

        assertThat(copy.detect(new ByteArrayInputStream("plain text".getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
                new Metadata())).isEqualTo(MediaType.TEXT_PLAIN);
    }

    @Test
    void eachThreadHasItsOwnMemory() throws Exception {
        InputStream stream = new ByteArrayInputStream(new byte[] {1, 2, 3});
        detector.detect(stream, named("sow.pdf"));

        CompletableFuture.runAsync(() -> {
            try {
                detector.detect(stream, named("sow.pdf"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).get();

        assertThat(asked).hasValue(2);
    }
}
