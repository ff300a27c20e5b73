package io.poerules.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.api.ErrorCode;
import io.poerules.api.ReportError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.junit.jupiter.api.Test;

class FormatCheckTest {

    private static final MediaTypeRegistry REGISTRY = MediaTypeRegistry.getDefaultRegistry();
    private static final MediaType PDF = MediaType.application("pdf");
    private static final MediaType DOCX = MediaType.parse("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private static ReportError incomplete(byte[] file, String name, MediaType named, MediaType content) throws IOException {
        return FormatCheck.incomplete(Arrays.copyOf(file, Math.min(8, file.length)), name, named, content, REGISTRY,
                n -> Arrays.copyOfRange(file, Math.max(0, file.length - n), file.length));
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aPdfWithoutItsEndOfFileMarkerIsIncomplete() throws IOException {
        String whole = "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\nstartxref\n9\n%%EOF\n";

        assertThat(incomplete(ascii(whole), "sow.pdf", PDF, PDF)).isNull();
        assertThat(incomplete(ascii(whole + "\0".repeat(500)), "sow.pdf", PDF, PDF)).as("padding after %%EOF").isNull();
        ReportError cut = incomplete(ascii(whole.substring(0, whole.length() - 7)), "sow.pdf", PDF, PDF);
        assertThat(cut.code()).isEqualTo(ErrorCode.CORRUPT);
        assertThat(cut.message()).startsWith("The PDF document is incomplete (it does not end with the %%EOF marker)");
    }

    @Test
    void aZipWithoutItsCentralDirectoryEndIsIncomplete() throws IOException {
        byte[] end = new byte[22];
        System.arraycopy(ascii("PK\u0005\u0006"), 0, end, 0, 4);
        byte[] whole = concat(ascii("PK\u0003\u0004 some entries "), end);

        assertThat(incomplete(whole, "sow.docx", DOCX, DOCX)).isNull();
        assertThat(incomplete(Arrays.copyOf(whole, whole.length - 16), "sow.docx", DOCX, DOCX).message())
                .startsWith("The Word document is incomplete (the directory at the end of its ZIP container is missing)");
    }

    @Test
    void aFileShorterThanItsFormatsSignatureIsIncomplete() throws IOException {
        assertThat(incomplete(ascii("%P"), "sow.pdf", PDF, MediaType.TEXT_PLAIN).message())
                .startsWith("The PDF document is incomplete (it is only 2 bytes long)");
        assertThat(incomplete(ascii("P"), "sow.docx", DOCX, MediaType.TEXT_PLAIN).message()).contains("only 1 byte long");
        assertThat(incomplete(ascii("Hi"), "sow.pdf", PDF, MediaType.TEXT_PLAIN)).as("not a prefix of %PDF-").isNull();
    }

    @Test
    void contentThatTheExtensionsApplicationDoesNotOpenIsMislabelled() {
        ReportError zip = FormatCheck.mislabelled("sow.pdf", MediaType.application("zip"), REGISTRY);
        assertThat(zip.code()).isEqualTo(ErrorCode.MISLABELLED);
        assertThat(zip.message()).isEqualTo("The file is named .pdf but holds a ZIP archive (application/zip); submit "
                + "the real .pdf file, or give this one the extension of what it holds");
        assertThat(FormatCheck.mislabelled("sow.docx", PDF, REGISTRY).message()).contains("holds a PDF document");
        assertThat(FormatCheck.mislabelled("sow.txt", PDF, REGISTRY)).isNotNull();
        assertThat(FormatCheck.mislabelled("SOW.PDF", DOCX, REGISTRY)).isNotNull();
    }

    @Test
    void contentTheApplicationOpensOrDoesNotKnowIsNotMislabelled() {
        assertThat(FormatCheck.mislabelled("sow.docx", MediaType.application("x-tika-ooxml-protected"), REGISTRY))
                .as("an encrypted Word document").isNull();
        assertThat(FormatCheck.mislabelled("sow.doc", MediaType.application("rtf"), REGISTRY)).as("RTF saved as .doc").isNull();
        assertThat(FormatCheck.mislabelled("sow.doc", MediaType.TEXT_HTML, REGISTRY)).as("HTML saved as .doc").isNull();
        assertThat(FormatCheck.mislabelled("mail.eml", MediaType.application("mbox"), REGISTRY)).isNull();
        assertThat(FormatCheck.mislabelled("sow.pdf", MediaType.OCTET_STREAM, REGISTRY)).as("unknown content").isNull();
        assertThat(FormatCheck.mislabelled("sow", DOCX, REGISTRY)).as("no extension").isNull();
        assertThat(FormatCheck.mislabelled("sow.dat", DOCX, REGISTRY)).as("an extension not checked").isNull();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
