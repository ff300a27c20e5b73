package io.poerules.extract;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParser;

/**
 * Tika's PDF parser, which also reads the loaded document's columns ({@link PdfColumns}) for the part
 * being parsed, found in the parse context, before Tika reads its text: the part's text handler then
 * writes each page's column-aware text in place of Tika's.
 */
final class ColumnPdfParser extends PDFParser {

    private static final long serialVersionUID = 1L;

    @Override
    protected PDDocument getPDDocument(InputStream stream, TikaInputStream tstream, String password,
                                       RandomAccessStreamCache.StreamCacheCreateFunction streamCache,
                                       Metadata metadata, ParseContext context)
            throws IOException, EncryptedDocumentException {
        PDDocument document = super.getPDDocument(stream, tstream, password, streamCache, metadata, context);
        PdfColumns columns = context.get(PdfColumns.class);
        if (columns != null) {
            columns.read(document);
        }
        return document;
    }
}
