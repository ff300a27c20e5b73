package io.poerules.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.poerules.api.DocumentReport;
import io.poerules.api.EngagementReport;
import io.poerules.api.ValidationReport;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * Writes a report as JSON while it is made: the root fields and the engagements first, then each
 * document entry as it is handed over, so that a batch of any size is written with only one entry in
 * memory. The output is the same, byte for byte, as {@link ReportJson#toJson(ValidationReport)} of the
 * whole report, followed by a line break.
 *
 * <pre>{@code
 * try (JsonReportWriter json = JsonReportWriter.start(out, validator.report(List.of()), engagements)) {
 *     validator.validateEach(files, json::document);
 * }
 * }</pre>
 *
 * <p>Not thread-safe: hand it entries from one thread (as {@code PoeValidator.validateEach} does). The
 * caller owns the stream; {@link #close()} ends the JSON document and flushes, but does not close it.
 *
 * @since 0.1.0
 */
public final class JsonReportWriter implements Closeable {

    private final JsonGenerator generator;
    private final ObjectMapper mapper;
    private boolean closed;

    private JsonReportWriter(JsonGenerator generator, ObjectMapper mapper) {
        this.generator = generator;
        this.mapper = mapper;
    }

    /**
     * Writes the root fields of a report (its schema version, tool and rule set, from {@code root}) and
     * the engagements, and opens the list of document entries. The documents of {@code root} are not
     * written: hand them to {@link #document(DocumentReport)}.
     *
     * @param out         where to write; the caller owns it
     * @param root        a report whose schema version, tool and rule set head the output
     * @param engagements the engagements, written before any document entry
     * @throws IOException when writing fails
     */
    public static JsonReportWriter start(OutputStream out, ValidationReport root, List<EngagementReport> engagements)
            throws IOException {
        Objects.requireNonNull(out, "out");
        return start(ReportJson.sharedMapper().writer().createGenerator(out), root, engagements);
    }

    /**
     * As {@link #start(OutputStream, ValidationReport, List)}, to a character stream.
     *
     * @throws IOException when writing fails
     */
    public static JsonReportWriter start(Writer out, ValidationReport root, List<EngagementReport> engagements)
            throws IOException {
        Objects.requireNonNull(out, "out");
        return start(ReportJson.sharedMapper().writer().createGenerator(out), root, engagements);
    }

    private static JsonReportWriter start(JsonGenerator generator, ValidationReport root,
                                          List<EngagementReport> engagements) throws IOException {
        generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        JsonReportWriter writer = new JsonReportWriter(generator, ReportJson.sharedMapper());
        generator.writeStartObject();
        generator.writeStringField("schemaVersion", root.schemaVersion());
        writer.field("tool", root.tool());
        writer.field("ruleSet", root.ruleSet());
        writer.field("engagements", engagements);
        generator.writeFieldName("documents");
        generator.writeStartArray();
        return writer;
    }

    private void field(String name, Object value) throws IOException {
        generator.writeFieldName(name);
        mapper.writeValue(generator, value);
    }

    /**
     * Writes one document entry and flushes it to the stream.
     *
     * @throws IOException           when writing fails
     * @throws IllegalStateException after {@link #close()}
     */
    public void document(DocumentReport entry) throws IOException {
        Objects.requireNonNull(entry, "entry");
        if (closed) {
            throw new IllegalStateException("The report is closed");
        }
        mapper.writeValue(generator, entry);
        generator.flush();
    }

    /** Ends the list of documents and the report, writes a line break and flushes; the stream stays open. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        generator.writeEndArray();
        generator.writeEndObject();
        generator.writeRaw('\n');
        generator.close();
    }
}
