package io.poerules.extract;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;

/**
 * What a validator and its extraction children say to each other over the child's standard input and
 * output: frames of a 4-byte length and as many bytes of JSON. The child first sends {@link Ready}; then,
 * for each {@link Request}, one {@link ExtractedDocument}.
 */
final class ForkProtocol {

    /** The largest frame accepted: the text of a document at the character limit fits many times over. */
    static final int MAX_FRAME = 256 * 1024 * 1024;

    /** The child is up and its parser loaded. @param pid the child's process id */
    record Ready(long pid) {
    }

    /**
     * One document to extract.
     *
     * @param path   the file to read
     * @param name   the name to report and detect the format by
     * @param source the source to report
     */
    record Request(String path, String name, String source) {
    }

    static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ForkProtocol() {
    }

    static void write(DataOutputStream out, Object message) throws IOException {
        byte[] json = JSON.writeValueAsBytes(message);
        out.writeInt(json.length);
        out.write(json);
        out.flush();
    }

    /** The next frame as {@code type}; {@code null} at the end of the stream. */
    static <T> T read(DataInputStream in, Class<T> type) throws IOException {
        int length;
        try {
            length = in.readInt();
        } catch (EOFException e) {
            return null;
        }
        if (length < 0 || length > MAX_FRAME) {
            throw new IOException("bad frame length " + length);
        }
        byte[] json = new byte[length];
        in.readFully(json);
        return JSON.readValue(json, type);
    }
}
