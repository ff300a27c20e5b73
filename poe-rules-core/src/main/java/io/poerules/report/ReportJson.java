package io.poerules.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.poerules.api.ValidationReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes and reads reports as JSON with the field names of the report schema. Thread-safe.
 *
 * @since 0.1.0
 */
public final class ReportJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder(new JsonFactoryBuilder()
                    .characterEscapes(new TerminalSafeEscapes()).build())
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            .build();

    /**
     * JSON escapes control characters below U+0020 anyway; these escapes also cover DEL, the C1 controls
     * (U+0080 to U+009F: U+009B is a terminal's CSI) and the Unicode bidirectional controls and line
     * separators, so that document text in a report printed on a terminal cannot move the cursor,
     * recolour it, or reorder what it shows.
     */
    static final class TerminalSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();

        TerminalSafeEscapes() {
            ascii[0x7F] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            boolean unsafe = ch >= 0x80 && ch <= 0x9F || ch == 0x061C || ch == 0x200E || ch == 0x200F
                    || ch >= 0x202A && ch <= 0x202E || ch >= 0x2066 && ch <= 0x2069 || ch == 0x2028 || ch == 0x2029;
            return unsafe ? new SerializedString(String.format("\\u%04X", ch)) : null;
        }
    }

    private ReportJson() {
    }

    /** The mapper used for reports, for callers that embed a report in their own JSON. */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    /** The mapper itself, not a copy, for the writers of this package; never reconfigure it. */
    static ObjectMapper sharedMapper() {
        return MAPPER;
    }

    /** The report as indented JSON. */
    public static String toJson(ValidationReport report) {
        try {
            return MAPPER.writeValueAsString(report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the report as indented JSON; the caller owns the stream. */
    public static void write(ValidationReport report, OutputStream out) throws IOException {
        MAPPER.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, report);
    }
}
