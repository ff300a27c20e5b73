package io.poerules.samples;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes an RFC 822 / MIME message: ordered headers, a quoted-printable UTF-8 text body and, when
 * there are attachments, a multipart/mixed body with base64 parts. Lines end in CRLF.
 */
final class Eml {

    private record Attachment(String fileName, String contentType, byte[] data) {
    }

    private final Map<String, String> headers = new LinkedHashMap<>();
    private final List<Attachment> attachments = new ArrayList<>();
    private String body = "";
    private String boundary;

    static Eml message() {
        return new Eml();
    }

    Eml header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    Eml body(String text) {
        body = text;
        return this;
    }

    Eml attach(String fileName, String contentType, byte[] data, String boundary) {
        attachments.add(new Attachment(fileName, contentType, data));
        this.boundary = boundary;
        return this;
    }

    byte[] build() {
        StringBuilder m = new StringBuilder();
        headers.forEach((k, v) -> m.append(k).append(": ").append(v).append("\r\n"));
        m.append("MIME-Version: 1.0\r\n");
        if (attachments.isEmpty()) {
            m.append("Content-Type: text/plain; charset=\"utf-8\"\r\n")
                    .append("Content-Transfer-Encoding: quoted-printable\r\n\r\n")
                    .append(quotedPrintable(body));
        } else {
            m.append("Content-Type: multipart/mixed;\r\n\tboundary=\"").append(boundary).append("\"\r\n\r\n")
                    .append("This is a multi-part message in MIME format.\r\n\r\n")
                    .append("--").append(boundary).append("\r\n")
                    .append("Content-Type: text/plain; charset=\"utf-8\"\r\n")
                    .append("Content-Transfer-Encoding: quoted-printable\r\n\r\n")
                    .append(quotedPrintable(body)).append("\r\n");
            for (Attachment a : attachments) {
                m.append("--").append(boundary).append("\r\n")
                        .append("Content-Type: ").append(a.contentType()).append(";\r\n\tname=\"").append(a.fileName()).append("\"\r\n")
                        .append("Content-Description: ").append(a.fileName()).append("\r\n")
                        .append("Content-Disposition: attachment;\r\n\tfilename=\"").append(a.fileName()).append("\"; size=")
                        .append(a.data().length).append("\r\n")
                        .append("Content-Transfer-Encoding: base64\r\n\r\n")
                        .append(Base64.getMimeEncoder().encodeToString(a.data())).append("\r\n\r\n");
            }
            m.append("--").append(boundary).append("--\r\n");
        }
        String text = m.toString();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                throw new IllegalStateException("Non-ASCII character in a header or an encoded part");
            }
        }
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** Quoted-printable (RFC 2045) of UTF-8 text, soft-wrapped at 76 characters. */
    static String quotedPrintable(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            StringBuilder encoded = new StringBuilder();
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            int col = 0;
            for (int i = 0; i < bytes.length; i++) {
                int b = bytes[i] & 0xff;
                boolean last = i == bytes.length - 1;
                String piece = (b >= 33 && b <= 126 && b != '=') || ((b == ' ' || b == '\t') && !last)
                        ? String.valueOf((char) b)
                        : String.format(Locale.ROOT, "=%02X", b);
                if (col + piece.length() > 75) {
                    encoded.append("=\r\n");
                    col = 0;
                }
                encoded.append(piece);
                col += piece.length();
            }
            out.append(encoded).append("\r\n");
        }
        out.setLength(out.length() - 2);
        return out.toString();
    }
}
