package io.poerules.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.api.ErrorCode;
import io.poerules.api.ReportError;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.junit.jupiter.api.Test;

class ExtractionFailuresTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Test
    void aZipBombIsTooLargeAndSaysSo() {
        ReportError ratio = ExtractionFailures.classify(new TikaException("wrapped", new IOException("Zip bomb detected! "
                + "The file would exceed the max. ratio of compressed file size to the size of the expanded data.")), DOCX);
        assertThat(ratio.code()).isEqualTo(ErrorCode.TOO_LARGE);
        assertThat(ratio.message()).isEqualTo("The Word document unpacks to more than 100 times its size, as zip bombs do: "
                + "it was not read");

        ReportError size = ExtractionFailures.classify(new IOException("Zip bomb detected! The file would exceed the max "
                + "size of the expanded data in the zip-file."), DOCX);
        assertThat(size.code()).isEqualTo(ErrorCode.TOO_LARGE);
        assertThat(size.message()).startsWith("A part of the Word document unpacks to more than 16 MiB");
    }

    @Test
    void entityDeclarationsAreRefusedAsCorrupt() {
        ReportError laughs = ExtractionFailures.classify(new TikaException("x", new IOException("DOCTYPE is disallowed when "
                + "the feature \"http://apache.org/xml/features/disallow-doctype-decl\" set to true.")), DOCX);
        assertThat(laughs.code()).isEqualTo(ErrorCode.CORRUPT);
        assertThat(laughs.message()).contains("XML that declares entities");
    }

    @Test
    void dataThatEndsEarlyIsIncomplete() {
        ReportError cut = ExtractionFailures.classify(new IndexOutOfBoundsException("Position 30208 past the end of the file"),
                "application/msword");
        assertThat(cut.code()).isEqualTo(ErrorCode.CORRUPT);
        assertThat(cut.message()).startsWith("The Word document is incomplete");
    }

    @Test
    void passwordsAndRightsManagementAreToldApart() {
        assertThat(ExtractionFailures.classify(new EncryptedDocumentException("Unable to process: document is encrypted"),
                "application/pdf").message()).isEqualTo("The PDF document is password-protected; submit a copy without a password");
        assertThat(ExtractionFailures.classify(new EncryptedDocumentException("encrypted"),
                "application/x-tika-ole-drm-encrypted").message()).contains("Rights Management (DRM)");
        assertThat(ExtractionFailures.classify(new EncryptedDocumentException("encrypted, please confirm"),
                "application/pdf").message()).as("'confirm' is no IRM").doesNotContain("Rights Management");
    }

    @Test
    void otherFailuresAreDamageInWordsWithoutExceptionNames() {
        ReportError damaged = ExtractionFailures.classify(new TikaException("TIKA-198: Illegal IOException",
                new IOException("Missing root object specification in trailer.")), "application/pdf");
        assertThat(damaged.code()).isEqualTo(ErrorCode.CORRUPT);
        assertThat(damaged.message()).isEqualTo("The PDF document is damaged and could not be read (Missing root object "
                + "specification in trailer.); open it and save it again, or submit the original");
        assertThat(ExtractionFailures.classify(new NullPointerException(), "application/pdf").message())
                .contains("(NullPointerException)");
    }

    @Test
    void fileSystemErrorsNameTheirCause() {
        assertThat(ExtractionFailures.describeIo(new NoSuchFileException("/x/sow.pdf"))).isEqualTo("it no longer exists");
        assertThat(ExtractionFailures.describeIo(new AccessDeniedException("/x/sow.pdf"))).isEqualTo("permission denied");
        assertThat(ExtractionFailures.describeIo(new IOException("Connection reset"))).isEqualTo("Connection reset");
    }
}
