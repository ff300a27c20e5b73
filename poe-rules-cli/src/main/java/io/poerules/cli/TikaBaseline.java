package io.poerules.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Bare Apache Tika text extraction, what a user would run instead of poe-rules: one shared
 * {@link AutoDetectParser}, a {@link BodyContentHandler} without a write limit, embedded documents
 * parsed too and OCR skipped (as poe-rules does). Thread-safe; {@code poe bench --baseline tika} runs it
 * over the same files and threads as the validation it is compared with.
 */
final class TikaBaseline {

    private final AutoDetectParser parser = new AutoDetectParser();

    /** Extracts one file's text and returns its length, or -1 when Tika fails on it. */
    int extract(Path file) {
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        TesseractOCRConfig noOcr = new TesseractOCRConfig();
        noOcr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, noOcr);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        BodyContentHandler handler = new BodyContentHandler(-1);
        try (InputStream in = Files.newInputStream(file)) {
            parser.parse(in, handler, metadata, context);
            return handler.toString().length();
        } catch (Exception | StackOverflowError e) {
            return -1;
        }
    }
}
