package io.poerules.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.api.ErrorCode;
import io.poerules.api.ReportError;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForkProtocolTest {

    @Test
    void anExtractedDocumentCrossesTheProcessBoundaryWhole() throws IOException {
        ExtractedDocument document = new ExtractedDocument("mails/approval.eml", "message/rfc822", List.of(
                new DocumentPart(null, 0, "message/rfc822", "We approve.\fPage two \u001B[2J \uD83D\uDE00", true, "Re: SOW",
                        Instant.parse("2026-03-04T10:15:30Z"), new EmailHeaders("Raj <raj@contoso.example>",
                        List.of("sam@fabrikam.example"), List.of(), Instant.parse("2026-03-04T10:15:30Z"), "Re: SOW")),
                new DocumentPart("sow.pdf", 1, "application/pdf", "Statement of Work", false, null, null, null)),
                List.of(new ReportError(ErrorCode.EMBEDDED_ERROR, "Attachment x was not read", "x.pdf"),
                        new ReportError(ErrorCode.TRUNCATED, "The text was cut")));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ForkProtocol.write(new DataOutputStream(bytes), document);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(ForkProtocol.read(in, ExtractedDocument.class)).isEqualTo(document);
        assertThat(ForkProtocol.read(in, ExtractedDocument.class)).as("end of stream").isNull();
    }

    @Test
    void aFrameLongerThanAnyDocumentIsRefused() {
        byte[] frame = {0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};

        org.assertj.core.api.Assertions.assertThatIOException()
                .isThrownBy(() -> ForkProtocol.read(new DataInputStream(new ByteArrayInputStream(frame)), ExtractedDocument.class))
                .withMessageContaining("bad frame length");
    }
}
