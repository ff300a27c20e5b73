package io.poerules.extract;

import io.poerules.api.ErrorCode;
import io.poerules.api.Limits;
import io.poerules.api.ReportError;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.io.input.CloseShieldInputStream;
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
 * limits and the byte limit per attachment, recording what it skips or cannot read. It also notes an
 * email whose content is encrypted (S/MIME) or rights-protected (an {@code .rpmsg} attachment): such an
 * email has nothing readable but a placeholder. One instance serves one document.
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
    private String encrypted;
    private String rightsProtected;

    PartCollector(Parser parser, ParseContext context, TextBudget budget, Limits limits) {
        this.parser = parser;
        this.context = context;
        this.budget = budget;
        this.limits = limits;
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        noteProtection(type == null ? "" : type.toLowerCase(Locale.ROOT), nameOf(metadata).toLowerCase(Locale.ROOT));
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

    /** An attachment of the email itself that holds its encrypted or rights-protected content. */
    private void noteProtection(String type, String name) {
        if (depth != 0) {
            return;
        }
        if (type.contains("pkcs7-mime") && (type.contains("enveloped-data") || !type.contains("signed-data")
                && name.equals("smime.p7m"))) {
            encrypted = name;
        } else if (type.contains("rpmsg") || name.endsWith(".rpmsg")) {
            rightsProtected = name;
        }
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler ignored, Metadata metadata, boolean outputHtml)
            throws SAXException, IOException {
        embedded++;
        depth++;
        String name = nameOf(metadata);
        PartTextHandler handler = new PartTextHandler(budget, new PdfColumns(budget.deadlineNanos()));
        PdfColumns enclosing = context.get(PdfColumns.class);
        context.set(PdfColumns.class, handler.columns());
        LimitedInputStream limited = new LimitedInputStream(CloseShieldInputStream.wrap(stream), limits.maxInputBytes());
        try (TikaInputStream tis = TikaInputStream.get(limited)) {
            parser.parse(tis, handler, metadata, context);
        } catch (WriteLimitReachedException | TextBudget.DeadlineReachedException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            if (WriteLimitReachedException.isWriteLimitReached(e) || TextBudget.isDeadline(e)) {
                throw new SAXException(e instanceof Exception ex ? ex : new Exception(e));
            }
            problems.add(new ReportError(ErrorCode.EMBEDDED_ERROR, "Attachment " + name + " was not read ("
                    + reason(e, metadata) + "); the rest of the document was evaluated", name));
        } finally {
            context.set(PdfColumns.class, enclosing);
            parts.add(TikaExtractor.toPart(name, depth, metadata, handler));
            depth--;
        }
    }

    private String reason(Throwable e, Metadata metadata) {
        if (isTooLarge(e)) {
            return String.format(Locale.ROOT, "it is larger than %,d bytes, the configured limit", limits.maxInputBytes());
        }
        String type = metadata.get(Metadata.CONTENT_TYPE);
        String message = ExtractionFailures.classify(e, type).message();
        int end = message.indexOf("; ");
        String clause = end < 0 ? message : message.substring(0, end);
        return Character.toLowerCase(clause.charAt(0)) + clause.substring(1);
    }

    private static boolean isTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LimitedInputStream.InputTooLargeException) {
                return true;
            }
        }
        return false;
    }

    /**
     * An {@link ErrorCode#ENCRYPTED} error when {@code main} is an email whose content is encrypted or
     * rights-protected, otherwise {@code null}.
     */
    ReportError protectedMessage(DocumentPart main) {
        if (!main.isEmail()) {
            return null;
        }
        if (encrypted != null) {
            return new ReportError(ErrorCode.ENCRYPTED, "The email is encrypted (S/MIME, " + encrypted
                    + ") and its content cannot be read; submit a decrypted copy");
        }
        if (rightsProtected != null) {
            return new ReportError(ErrorCode.ENCRYPTED, "The email is protected with Rights Management ("
                    + rightsProtected + ") and its content cannot be read; submit an unprotected copy");
        }
        return null;
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
