package io.poerules.extract;

import io.poerules.api.ErrorCode;
import io.poerules.api.Limits;
import io.poerules.api.ReportError;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.io.input.CloseShieldInputStream;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Parses each embedded document (attachment) into a part of its own, within the depth and count
 * limits, recording what it skips or cannot read. One instance serves one document.
 */
final class PartCollector implements EmbeddedDocumentExtractor {

    private final Parser parser;
    private final ParseContext context;
    private final TextBudget budget;
    private final Limits limits;
    private final List<DocumentPart> parts = new ArrayList<>();
    private final List<ReportError> problems = new ArrayList<>();
    private int depth;
    private int embedded;
    private boolean limitRecorded;

    PartCollector(Parser parser, ParseContext context, TextBudget budget, Limits limits) {
        this.parser = parser;
        this.context = context;
        this.budget = budget;
        this.limits = limits;
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        if (type != null && (type.startsWith("image/") || type.startsWith("audio/") || type.startsWith("video/"))) {
            return false;
        }
        if (depth + 1 > limits.maxEmbeddedDepth() || embedded >= limits.maxEmbeddedDocuments()) {
            if (!limitRecorded) {
                limitRecorded = true;
                problems.add(new ReportError(ErrorCode.EMBEDDED_LIMIT, "Skipped embedded documents beyond depth "
                        + limits.maxEmbeddedDepth() + " or beyond " + limits.maxEmbeddedDocuments()
                        + " per document; they were not evaluated", nameOf(metadata)));
            }
            return false;
        }
        return true;
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler ignored, Metadata metadata, boolean outputHtml)
            throws SAXException, IOException {
        embedded++;
        depth++;
        String name = nameOf(metadata);
        PartTextHandler handler = new PartTextHandler(budget);
        try (TikaInputStream tis = TikaInputStream.get(CloseShieldInputStream.wrap(stream))) {
            parser.parse(tis, handler, metadata, context);
        } catch (WriteLimitReachedException | TextBudget.DeadlineReachedException e) {
            throw e;
        } catch (Exception e) {
            if (WriteLimitReachedException.isWriteLimitReached(e) || TextBudget.isDeadline(e)) {
                throw new SAXException(e);
            }
            problems.add(new ReportError(ErrorCode.EMBEDDED_ERROR, "Attachment " + name + " could not be read: "
                    + (e instanceof EncryptedDocumentException ? "it is password-protected"
                    : ExtractionFailures.describe(e)) + "; the rest of the document was evaluated", name));
        } finally {
            parts.add(TikaExtractor.toPart(name, depth, metadata, handler));
            depth--;
        }
    }

    private String nameOf(Metadata metadata) {
        String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
        if (name == null) {
            name = metadata.get(TikaCoreProperties.EMBEDDED_RESOURCE_PATH);
        }
        return name == null || name.isBlank() ? "embedded-" + (embedded + 1) : name;
    }

    List<DocumentPart> parts() {
        return parts;
    }

    List<ReportError> problems() {
        return problems;
    }
}
