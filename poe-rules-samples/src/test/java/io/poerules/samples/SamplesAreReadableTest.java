package io.poerules.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Tika reads the committed samples the way they are meant to be read. */
class SamplesAreReadableTest {

    private static final String SCAN = "scan-signed-sow-image-only.pdf";
    private static final String ENCRYPTED = "sow-password-protected.pdf";

    static Iterable<String> readableSamples() {
        return SampleGenerator.samples().keySet().stream().filter(n -> !n.equals(SCAN) && !n.equals(ENCRYPTED)).toList();
    }

    @ParameterizedTest
    @MethodSource("readableSamples")
    void hasTextOnSeparateLines(String name) throws Exception {
        String text = parse(name);

        assertThat(text.lines().filter(l -> !l.isBlank()).count()).as(name).isGreaterThanOrEqualTo(10);
    }

    @Test
    void theSignatureOfTheAttachedSowIsReadAsPartOfTheEmail() throws Exception {
        assertThat(parse("email-countersigned-sow-attached.eml"))
                .contains("Please find attached the SOW")
                .contains("For and on behalf of Lamna Healthcare Company (Client)")
                .contains("Signature: /s/ Sofia Rossi");
    }

    @Test
    void theScanHasNoTextLayer() throws Exception {
        assertThat(parse(SCAN)).isBlank();
    }

    @Test
    void thePasswordProtectedSowCannotBeRead() {
        assertThatThrownBy(() -> parse(ENCRYPTED)).isInstanceOf(EncryptedDocumentException.class);
    }

    private static String parse(String name) throws Exception {
        BodyContentHandler text = new BodyContentHandler(-1);
        ParseContext context = new ParseContext();
        TesseractOCRConfig noOcr = new TesseractOCRConfig();
        noOcr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, noOcr);
        try (InputStream in = Files.newInputStream(SamplesAreReproducibleTest.DOCUMENTS.resolve(name))) {
            new AutoDetectParser().parse(in, text, new Metadata(), context);
        }
        return text.toString();
    }
}
