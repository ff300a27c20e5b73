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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.config.ServiceLoader;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.DefaultEncodingDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.DefaultParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.external.CompositeExternalParser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.renderer.CompositeRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts text, pages, metadata, email headers and embedded documents with one reused Tika
 * {@link AutoDetectParser}, within {@link Limits}. Never throws for a bad document: every problem is
 * recorded in the {@link ExtractedDocument}. Thread-safe; {@link #close()} stops its worker threads.
 *
 * <p>A document is read on a worker thread of the extractor, waited for until the timeout and abandoned
 * after it; or, when the caller is a {@link WatchedThread} (the validator's threads, whose own deadline
 * covers the extraction), on the calling thread.
 *
 * <p>Before parsing, a file is checked to be whole and to be what its name says ({@link FormatCheck});
 * after, a text-based file is checked to hold readable text ({@link TextCheck}). Word and PowerPoint files
 * are read by Tika's streaming (SAX) extractors, so that memory does not grow with their size.
 *
 * <p>Constructing the first extractor tightens POI's {@link ZipSecureFile} limits for the whole JVM (Tika
 * switches the ratio check off): a part of a ZIP-based Office file may unpack to at most
 * {@value ExtractionFailures#MAX_INFLATE_RATIO} times its compressed size and to at most
 * {@link ExtractionFailures#MAX_ZIP_ENTRY_BYTES} bytes. Limits already stricter are kept.
 */
public final class TikaExtractor implements Extractor {

    private static final Logger LOG = LoggerFactory.getLogger(TikaExtractor.class);
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final int HEAD_BYTES = 8;

    private final AutoDetectParser parser;
    private final Detector detector;
    private final MimeTypes names = MimeTypes.getDefaultMimeTypes();
    private final Limits limits;
    private final OcrSettings ocr;
    /** The types a parser is configured for, with the OCR settings of every parse (Tika builds this map per call). */
    private final Set<MediaType> supportedTypes;
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "poe-extract-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    /** An extractor without OCR: scanned pages have no text. */
    public TikaExtractor(Limits limits) {
        this(limits, OcrSettings.DISABLED);
    }

    /** An extractor that reads pages without a text layer by OCR when {@code ocr} is enabled. */
    public TikaExtractor(Limits limits, OcrSettings ocr) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.ocr = Objects.requireNonNull(ocr, "ocr");
        this.parser = newParser(ocr);
        guardZipFiles();
        this.detector = new RememberingDetector(new GuardedZipDetector(parser.getDetector()));
        parser.setDetector(detector);
        ParseContext context = new ParseContext();
        configureOcr(context);
        this.supportedTypes = Set.copyOf(parser.getParsers(context).keySet());
    }

    /**
     * Tika's auto-detect parser with every parser Tika finds but those that run programs when they are
     * created, to see whether these are installed: the external parsers (ffmpeg, exiftool, sox; video,
     * image and audio metadata), and Tesseract's, which with OCR enabled is replaced by one that takes the
     * word of {@link OcrSettings} (and its folder). Each program run costs a short validation tens of
     * milliseconds.
     */
    private static AutoDetectParser newParser(OcrSettings ocr) {
        List<Class<? extends Parser>> left = List.of(CompositeExternalParser.class, TesseractOCRParser.class,
                PDFParser.class);
        ServiceLoader loader = new ServiceLoader();
        DefaultParser tika = new DefaultParser(MediaTypeRegistry.getDefaultRegistry(), loader, left,
                new DefaultEncodingDetector(loader), new CompositeRenderer(loader));
        return ocr.enabled()
                ? new AutoDetectParser(new DefaultDetector(), tika, new ColumnPdfParser(), ProbedTesseractParser.of(ocr))
                : new AutoDetectParser(new DefaultDetector(), tika, new ColumnPdfParser());
    }

    /** Tika's OOXML parser, loaded by now, switched POI's zip-bomb check off; this turns it back on. */
    private static synchronized void guardZipFiles() {
        if (ZipSecureFile.getMinInflateRatio() < 1.0 / ExtractionFailures.MAX_INFLATE_RATIO) {
            ZipSecureFile.setMinInflateRatio(1.0 / ExtractionFailures.MAX_INFLATE_RATIO);
        }
        if (ZipSecureFile.getMaxEntrySize() > ExtractionFailures.MAX_ZIP_ENTRY_BYTES) {
            ZipSecureFile.setMaxEntrySize(ExtractionFailures.MAX_ZIP_ENTRY_BYTES);
        }
    }

    /** Extracts a file. */
    @Override
    public ExtractedDocument extract(Path file) {
        return extract(file, String.valueOf(file.getFileName()), file.toString());
    }

    /**
     * Extracts a file under another name: the one to detect its format by, and the source to report.
     * An extraction child reads a stream that its parent saved to a temporary file this way.
     */
    ExtractedDocument extract(Path file, String name, String source) {
        long size;
        try {
            if (!Files.isRegularFile(file)) {
                return ExtractedDocument.failed(source, null, new ReportError(ErrorCode.IO_ERROR,
                        Files.exists(file) ? "Cannot read " + source + ": it is not a regular file"
                                : "Cannot read " + source + ": it does not exist"));
            }
            size = Files.size(file);
        } catch (IOException e) {
            return ExtractedDocument.failed(source, null, cannotRead(source, e));
        }
        if (size == 0) {
            return ExtractedDocument.failed(source, null, new ReportError(ErrorCode.EMPTY, "The file is empty (0 bytes)"));
        }
        if (size > limits.maxInputBytes()) {
            return ExtractedDocument.failed(source, null, tooLarge(size));
        }
        return run(source, () -> {
            Metadata metadata = new Metadata();
            try (TikaInputStream tis = TikaInputStream.get(file, metadata)) {
                if (name != null) {
                    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
                }
                return parse(source, name, tis, metadata, false);
            }
        });
    }

    /** Extracts a stream; the caller keeps ownership of it and closes it. */
    @Override
    public ExtractedDocument extract(InputStream stream, String name) {
        String source = name == null ? "(stream)" : name;
        return run(source, () -> {
            InputStream limited = new BufferedInputStream(new LimitedInputStream(stream, limits.maxInputBytes()));
            limited.mark(1);
            if (limited.read() < 0) {
                return ExtractedDocument.failed(source, null, new ReportError(ErrorCode.EMPTY, "The input is empty (0 bytes)"));
            }
            limited.reset();
            Metadata metadata = new Metadata();
            String fileName = name == null ? null : fileName(name);
            if (fileName != null) {
                metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
            }
            try (TemporaryResources tmp = new TemporaryResources();
                 TikaInputStream tis = TikaInputStream.get(limited, tmp, metadata)) {
                return parse(source, fileName, tis, metadata, true);
            }
        });
    }

    private static String fileName(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    private interface Extraction {
        ExtractedDocument call() throws Exception;
    }

    /**
     * Runs an extraction on the calling thread when its owner bounds its time ({@link WatchedThread}), else
     * on a worker, waited for until the timeout (and a second more) and then abandoned. Whatever a parser
     * throws, an assertion of its own included, is the document's failure either way.
     */
    private ExtractedDocument run(String source, Extraction extraction) {
        if (WatchedThread.isCurrent()) {
            try {
                return extraction.call();
            } catch (Throwable e) {
                return failed(source, e);
            }
        }
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
            return ExtractedDocument.failed(source, null, new ReportError(ErrorCode.INTERNAL,
                    "Interrupted before the document was read"));
        } catch (ExecutionException e) {
            return failed(source, e.getCause());
        }
    }

    /** The entry of an extraction that threw. */
    private ExtractedDocument failed(String source, Throwable cause) {
        LimitedInputStream.InputTooLargeException tooLarge = tooLargeCause(cause);
        if (tooLarge != null) {
            return ExtractedDocument.failed(source, null, tooLarge(-1));
        }
        if (TextBudget.isDeadline(cause)) {
            return ExtractedDocument.failed(source, null, timeout());
        }
        if (cause instanceof IOException io && ExtractionFailures.byMessage(String.valueOf(io.getMessage()), "document") == null) {
            return ExtractedDocument.failed(source, null, cannotRead(source, io));
        }
        LOG.debug("Extraction of {} failed", source, cause);
        return ExtractedDocument.failed(source, null, ExtractionFailures.classify(cause, null));
    }

    private ExtractedDocument parse(String source, String name, TikaInputStream tis, Metadata metadata, boolean stream)
            throws IOException {
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        TextBudget budget = new TextBudget(limits.maxCharacters(), deadline);
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        configureOcr(context);
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true);
        office.setUseSAXPptxExtractor(true);
        context.set(OfficeParserConfig.class, office);
        PartCollector collector = new PartCollector(parser, context, budget, limits);
        context.set(EmbeddedDocumentExtractor.class, collector);

        byte[] head = head(tis);
        MediaType content = detector.detect(tis, new Metadata());
        MediaType named = name == null ? MediaType.OCTET_STREAM : names.detect(null, nameOnly(name));
        ReportError problem = FormatCheck.incomplete(head, name, named, content, parser.getMediaTypeRegistry(),
                bytes -> FormatCheck.last(tis.getPath(), bytes));
        if (problem == null && name != null) {
            problem = FormatCheck.mislabelled(name, content, parser.getMediaTypeRegistry());
        }
        if (problem != null) {
            return ExtractedDocument.failed(source, content.getBaseType().toString(), problem);
        }
        MediaType detected = detector.detect(tis, metadata);
        String contentType = detected.getBaseType().toString();
        if (!isSupported(detected)) {
            return ExtractedDocument.failed(source, contentType, new ReportError(ErrorCode.UNSUPPORTED_TYPE,
                    (detected.equals(MediaType.OCTET_STREAM) ? "The file's format was not recognised"
                            : "Files of type " + contentType + " are not supported")
                            + "; submit PDF, Word, Excel, PowerPoint, RTF, ODT, HTML, text or email"));
        }

        PartTextHandler handler = new PartTextHandler(budget, new PdfColumns(deadline));
        context.set(PdfColumns.class, handler.columns());
        try {
            parser.parse(tis, handler, metadata, context);
        } catch (Exception | StackOverflowError e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                LOG.debug("{} reached the character limit", source);
            } else if (TextBudget.isDeadline(e)) {
                return ExtractedDocument.failed(source, contentType, timeout());
            } else if (tooLargeCause(e) != null) {
                return ExtractedDocument.failed(source, contentType, tooLarge(-1));
            } else {
                LOG.debug("Parsing {} failed", source, e);
                String type = typeOf(metadata, contentType);
                return ExtractedDocument.failed(source, type, ExtractionFailures.classify(e, named(type, named)));
            }
        }
        String mainType = typeOf(metadata, contentType);
        DocumentPart main = toPart(null, 0, metadata, handler);
        problem = swallowedBomb(metadata, mainType);
        if (problem == null) {
            problem = collector.protectedMessage(main);
        }
        if (problem == null) {
            problem = TextCheck.unreadable(main, FormatCheck.kind(content, parser.getMediaTypeRegistry())
                    == FormatCheck.Kind.UNKNOWN);
        }
        if (problem == null && stream) {
            problem = drain(tis, deadline);
        }
        if (problem != null) {
            return ExtractedDocument.failed(source, mainType, problem);
        }
        List<ReportError> problems = new ArrayList<>();
        if (budget.exhausted()) {
            problems.add(new ReportError(ErrorCode.TRUNCATED, "The text was cut at " + budget.maxCharacters()
                    + " characters (the configured limit); the rest was not evaluated"));
        }
        List<DocumentPart> parts = new ArrayList<>();
        parts.add(main);
        parts.addAll(collector.parts());
        problems.addAll(collector.problems());
        return new ExtractedDocument(source, mainType, parts, problems);
    }

    /**
     * OCR off: Tesseract skipped and PDFs read by their text layer only. On: PDF pages without a text layer
     * rendered and read by Tesseract (Tika's {@code AUTO} strategy), image files read by Tesseract, each
     * within the document's timeout.
     */
    private void configureOcr(ParseContext context) {
        TesseractOCRConfig tesseract = new TesseractOCRConfig();
        PDFParserConfig pdf = new PDFParserConfig();
        if (ocr.enabled()) {
            tesseract.setLanguage(ocr.language());
            tesseract.setPreserveInterwordSpacing(true);
            tesseract.setTimeoutSeconds((int) Math.max(1, Math.min(Integer.MAX_VALUE, limits.timeout().toSeconds())));
            pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.AUTO);
            pdf.setOcrDPI(ocr.dpi());
        } else {
            tesseract.setSkipOcr(true);
            pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        }
        context.set(TesseractOCRConfig.class, tesseract);
        context.set(PDFParserConfig.class, pdf);
    }

    private static byte[] head(TikaInputStream tis) throws IOException {
        byte[] head = new byte[HEAD_BYTES];
        tis.mark(HEAD_BYTES);
        int n = 0;
        try {
            for (int r; n < HEAD_BYTES && (r = tis.read(head, n, HEAD_BYTES - n)) > 0; ) {
                n += r;
            }
        } finally {
            tis.reset();
        }
        return Arrays.copyOf(head, n);
    }

    /**
     * The type to name a file by in messages: the one its name says when its content is only known to be
     * some Office container (an encrypted {@code .docx} is "a Word document", not "an Office document").
     */
    private static String named(String type, MediaType byName) {
        boolean container = type.equals("application/x-tika-ooxml-protected") || type.equals("application/x-tika-msoffice")
                || type.equals("application/x-tika-ooxml");
        return container && !byName.equals(MediaType.OCTET_STREAM) ? byName.getBaseType().toString() : type;
    }

    private static Metadata nameOnly(String name) {
        Metadata m = new Metadata();
        m.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        return m;
    }

    /**
     * Tika's Office extractors record some failures as warnings and go on with what they could read; a
     * refused zip bomb must not pass for a document that merely has little text.
     */
    private static ReportError swallowedBomb(Metadata metadata, String contentType) {
        for (String warning : metadata.getValues(TikaCoreProperties.TIKA_META_EXCEPTION_WARNING)) {
            ReportError error = ExtractionFailures.byMessage(warning, FormatNames.describe(contentType));
            if (error != null && error.code() == ErrorCode.TOO_LARGE) {
                return error;
            }
        }
        return null;
    }

    /**
     * Reads what the parser left of a stream, so that a stream over the byte limit is {@code TOO_LARGE}
     * as a file of its size is, even when its text was cut at the character limit before.
     */
    private ReportError drain(TikaInputStream tis, long deadline) {
        byte[] buffer = new byte[64 * 1024];
        try {
            while (tis.read(buffer) >= 0) {
                if (System.nanoTime() - deadline > 0) {
                    return timeout();
                }
            }
        } catch (IOException e) {
            if (tooLargeCause(e) != null) {
                return tooLarge(-1);
            }
            LOG.debug("Could not read the rest of the stream", e);
        }
        return null;
    }

    private boolean isSupported(MediaType type) {
        var registry = parser.getMediaTypeRegistry();
        for (MediaType t = type; t != null; t = registry.getSupertype(t)) {
            if (supportedTypes.contains(t) && !t.equals(MediaType.OCTET_STREAM)) {
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
        String text = type.equals("text/plain") || type.startsWith("message/") ? TextColumns.withTabs(handler.text())
                : handler.text();
        return new DocumentPart(name, depth, type, text, handler.paged(),
                metadata.get(TikaCoreProperties.TITLE), date(metadata.get(TikaCoreProperties.CREATED)),
                emailHeaders(type, metadata), handler.ocrPages());
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
        Instant sent = date(metadata.get(TikaCoreProperties.CREATED));
        String written = sent != null ? null : firstOf(metadata, Message.MESSAGE_RAW_HEADER_PREFIX + "Sent",
                Message.MESSAGE_RAW_HEADER_PREFIX + "Date");
        return new EmailHeaders(from, List.of(metadata.getValues(Message.MESSAGE_TO)),
                List.of(metadata.getValues(Message.MESSAGE_CC)), sent, subject, written);
    }

    private static String firstOf(Metadata metadata, String... names) {
        for (String name : names) {
            String value = metadata.get(name);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
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

    private static ReportError cannotRead(String source, IOException e) {
        return new ReportError(ErrorCode.IO_ERROR, "Cannot read " + source + ": " + ExtractionFailures.describeIo(e));
    }

    /** @param size the input's size, or -1 when only known to be over the limit */
    private ReportError tooLarge(long size) {
        String limit = String.format(Locale.ROOT, "%,d", limits.maxInputBytes());
        return new ReportError(ErrorCode.TOO_LARGE, (size < 0 ? "The input has more than " + limit + " bytes"
                : String.format(Locale.ROOT, "The input has %,d bytes", size) + ", more than the limit of " + limit)
                + (size < 0 ? ", the configured limit" : "") + "; split it, or raise the limit");
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
