package io.poerules.extract;

import io.poerules.api.ErrorCode;
import io.poerules.api.Limits;
import io.poerules.api.ReportError;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts text, pages, metadata, email headers and embedded documents with one reused Tika
 * {@link AutoDetectParser}, within {@link Limits}. Never throws for a bad document: every problem is
 * recorded in the {@link ExtractedDocument}. Thread-safe; {@link #close()} stops its worker threads.
 */
public final class TikaExtractor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TikaExtractor.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final AutoDetectParser parser = new AutoDetectParser();
    private final Limits limits;
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "poe-extract-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    public TikaExtractor(Limits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** Extracts a file. */
    public ExtractedDocument extract(Path file) {
        String source = file.toString();
        long size;
        try {
            if (!Files.isRegularFile(file)) {
                return ExtractedDocument.failed(source, null, new ReportError(ErrorCode.IO_ERROR,
                        "Not a readable file: " + file));
            }
            size = Files.size(file);
        } catch (IOException e) {
            return ExtractedDocument.failed(source, null, new ReportError(ErrorCode.IO_ERROR,
                    "Cannot read " + file + ": " + ExtractionFailures.describe(e)));
        }
        if (size == 0) {
            return ExtractedDocument.failed(source, null, new ReportError(ErrorCode.EMPTY, "The file is empty (0 bytes)"));
        }
        if (size > limits.maxInputBytes()) {
            return ExtractedDocument.failed(source, null, tooLarge(size));
        }
        return run(source, () -> {
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, String.valueOf(file.getFileName()));
            try (TikaInputStream tis = TikaInputStream.get(file, metadata)) {
                return parse(source, tis, metadata);
            }
        });
    }

    /** Extracts a stream; the caller keeps ownership of it and closes it. */
    public ExtractedDocument extract(InputStream stream, String name) {
        String source = name == null ? "(stream)" : name;
        BufferedInputStream buffered = new BufferedInputStream(new LimitedInputStream(stream, limits.maxInputBytes()));
        try {
            buffered.mark(1);
            if (buffered.read() < 0) {
                return ExtractedDocument.failed(source, null, new ReportError(ErrorCode.EMPTY, "The input is empty (0 bytes)"));
            }
            buffered.reset();
        } catch (IOException e) {
            LimitedInputStream.InputTooLargeException tooLarge = tooLargeCause(e);
            if (tooLarge != null) {
                return ExtractedDocument.failed(source, null, tooLarge(tooLarge.limit() + 1));
            }
            return ExtractedDocument.failed(source, null, new ReportError(ErrorCode.IO_ERROR,
                    "Cannot read " + source + ": " + ExtractionFailures.describe(e)));
        }
        return run(source, () -> {
            Metadata metadata = new Metadata();
            if (name != null) {
                metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, Path.of(name).getFileName().toString());
            }
            try (TikaInputStream tis = TikaInputStream.get(buffered, new org.apache.tika.io.TemporaryResources(), metadata)) {
                return parse(source, tis, metadata);
            }
        });
    }

    private interface Extraction {
        ExtractedDocument call() throws Exception;
    }

    private ExtractedDocument run(String source, Extraction extraction) {
        Future<ExtractedDocument> future = workers.submit(extraction::call);
        try {
            return future.get(limits.timeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            LOG.warn("Extraction of {} exceeded {} and was abandoned", source, limits.timeout());
            return ExtractedDocument.failed(source, null, timeout());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return ExtractedDocument.failed(source, null, new ReportError(ErrorCode.INTERNAL, "Interrupted"));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            LimitedInputStream.InputTooLargeException tooLarge = tooLargeCause(cause);
            if (tooLarge != null) {
                return ExtractedDocument.failed(source, null, tooLarge(tooLarge.limit() + 1));
            }
            if (cause instanceof IOException) {
                return ExtractedDocument.failed(source, null, new ReportError(ErrorCode.IO_ERROR,
                        "Cannot read " + source + ": " + ExtractionFailures.describe(cause)));
            }
            LOG.debug("Extraction of {} failed", source, cause);
            return ExtractedDocument.failed(source, null, ExtractionFailures.classify(cause, null));
        }
    }

    private ExtractedDocument parse(String source, TikaInputStream tis, Metadata metadata) throws IOException {
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        TextBudget budget = new TextBudget(limits.maxCharacters(), deadline);
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        TesseractOCRConfig noOcr = new TesseractOCRConfig();
        noOcr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, noOcr);
        PartCollector collector = new PartCollector(parser, context, budget, limits);
        context.set(EmbeddedDocumentExtractor.class, collector);

        MediaType detected = parser.getDetector().detect(tis, metadata);
        String contentType = detected.toString();
        if (!isSupported(detected, context)) {
            return ExtractedDocument.failed(source, contentType, new ReportError(ErrorCode.UNSUPPORTED_TYPE,
                    "Files of type " + contentType + " are not supported; submit PDF, Word, Excel, PowerPoint, "
                            + "RTF, ODT, HTML, text or email"));
        }

        PartTextHandler handler = new PartTextHandler(budget);
        List<ReportError> problems = new ArrayList<>();
        try {
            parser.parse(tis, handler, metadata, context);
        } catch (Exception | StackOverflowError e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                LOG.debug("{} reached the character limit", source);
            } else if (TextBudget.isDeadline(e)) {
                return ExtractedDocument.failed(source, contentType, timeout());
            } else if (tooLargeCause(e) != null) {
                return ExtractedDocument.failed(source, contentType, tooLarge(tooLargeCause(e).limit() + 1));
            } else {
                LOG.debug("Parsing {} failed", source, e);
                return ExtractedDocument.failed(source, typeOf(metadata, contentType),
                        ExtractionFailures.classify(e, typeOf(metadata, contentType)));
            }
        }
        String mainType = typeOf(metadata, contentType);
        if (budget.exhausted()) {
            problems.add(new ReportError(ErrorCode.TRUNCATED, "The text was cut at " + budget.maxCharacters()
                    + " characters (the configured limit); the rest was not evaluated"));
        }
        List<DocumentPart> parts = new ArrayList<>();
        parts.add(toPart(null, 0, metadata, handler));
        parts.addAll(collector.parts());
        problems.addAll(collector.problems());
        return new ExtractedDocument(source, mainType, parts, problems);
    }

    private boolean isSupported(MediaType type, ParseContext context) {
        var parsers = parser.getParsers(context);
        var registry = parser.getMediaTypeRegistry();
        for (MediaType t = type; t != null; t = registry.getSupertype(t)) {
            if (parsers.containsKey(t) && !t.equals(MediaType.OCTET_STREAM)) {
                return true;
            }
        }
        return false;
    }

    /** The stream's byte limit, reached somewhere below {@code e} (Tika wraps stream errors), or {@code null}. */
    private static LimitedInputStream.InputTooLargeException tooLargeCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LimitedInputStream.InputTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }

    private static String typeOf(Metadata metadata, String fallback) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        if (type == null) {
            return fallback;
        }
        int semicolon = type.indexOf(';');
        return semicolon < 0 ? type : type.substring(0, semicolon).strip();
    }

    static DocumentPart toPart(String name, int depth, Metadata metadata, PartTextHandler handler) {
        String type = typeOf(metadata, "application/octet-stream");
        return new DocumentPart(name, depth, type, handler.text(), handler.paged(),
                metadata.get(TikaCoreProperties.TITLE), date(metadata.get(TikaCoreProperties.CREATED)),
                emailHeaders(type, metadata));
    }

    private static EmailHeaders emailHeaders(String type, Metadata metadata) {
        boolean email = type.startsWith("message/") || type.equals("application/vnd.ms-outlook");
        if (!email) {
            return null;
        }
        String from = metadata.get(Message.MESSAGE_FROM);
        String fromEmail = metadata.get(Message.MESSAGE_FROM_EMAIL);
        if (fromEmail != null && (from == null || !from.contains("@"))) {
            from = from == null ? fromEmail : from + " <" + fromEmail + ">";
        }
        String subject = metadata.get(TikaCoreProperties.SUBJECT);
        if (subject == null) {
            subject = metadata.get(TikaCoreProperties.TITLE);
        }
        return new EmailHeaders(from, List.of(metadata.getValues(Message.MESSAGE_TO)),
                List.of(metadata.getValues(Message.MESSAGE_CC)), date(metadata.get(TikaCoreProperties.CREATED)),
                subject);
    }

    private static Instant date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (RuntimeException e) {
            try {
                return java.time.LocalDateTime.parse(value).toInstant(java.time.ZoneOffset.UTC);
            } catch (RuntimeException ignored) {
                return null;
            }
        }
    }

    private ReportError tooLarge(long size) {
        return new ReportError(ErrorCode.TOO_LARGE, "The input has " + (size > limits.maxInputBytes() ? "more than " : "")
                + limits.maxInputBytes() + " bytes, the configured limit; split it or raise the limit");
    }

    private ReportError timeout() {
        return new ReportError(ErrorCode.TIMEOUT, "Extraction took longer than " + limits.timeout().toSeconds()
                + " s, the configured limit; the document was not evaluated");
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
