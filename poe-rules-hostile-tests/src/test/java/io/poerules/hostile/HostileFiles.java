package io.poerules.hostile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Writes hostile and broken files for the tests, streaming what is large, so that nothing big is ever
 * held in memory or committed: zip bombs, nested and wide containers, billion laughs, huge page counts,
 * encrypted documents and emails, truncations and random bytes.
 */
final class HostileFiles {

    private static final String WORD_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private HostileFiles() {
    }

    /** Writes the body of a replaced ZIP entry. */
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** A copy of a ZIP-based file (DOCX, XLSX) with one entry's content replaced. */
    static Path replaceEntry(Path zip, Path out, String entry, Body body) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(out))) {
            boolean replaced = false;
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                z.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(entry)) {
                    body.write(shield(z));
                    replaced = true;
                } else {
                    in.transferTo(z);
                }
                z.closeEntry();
            }
            if (!replaced) {
                z.putNextEntry(new ZipEntry(entry));
                body.write(shield(z));
                z.closeEntry();
            }
        }
        return out;
    }

    private static OutputStream shield(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }

    /** Writes {@code count} characters made by {@code next}, in chunks. */
    private static void repeat(Writer w, long count, java.util.function.IntSupplier next) throws IOException {
        char[] chunk = new char[64 * 1024];
        for (long done = 0; done < count; done += chunk.length) {
            for (int i = 0; i < chunk.length; i++) {
                chunk[i] = (char) next.getAsInt();
            }
            w.write(chunk);
        }
    }

    /** A Word document whose body is one run of {@code characters} times the letter a: 1000 to 1 compressed. */
    static Path zipBombDocx(Path sample, Path out, long characters) throws IOException {
        return replaceEntry(sample, out, "word/document.xml", os -> {
            Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"" + WORD_NS
                    + "\"><w:body><w:p><w:r><w:t>");
            repeat(w, characters, () -> 'a');
            w.write("</w:t></w:r></w:p></w:body></w:document>");
            w.flush();
        });
    }

    /** A workbook whose shared string is {@code characters} times the letter a. */
    static Path zipBombXlsx(Path sample, Path out, long characters) throws IOException {
        return replaceEntry(sample, out, "xl/sharedStrings.xml", os -> {
            Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><sst xmlns=\"http://schemas.openxmlformats."
                    + "org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\"><si><t>");
            repeat(w, characters, () -> 'a');
            w.write("</t></si></sst>");
            w.flush();
        });
    }

    /** A Word document whose body is one run of random letters: no bomb by ratio, but a part of {@code characters} bytes. */
    static Path hugePartDocx(Path sample, Path out, long characters) throws IOException {
        Random random = new Random(5);
        return replaceEntry(sample, out, "word/document.xml", os -> {
            Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"" + WORD_NS
                    + "\"><w:body><w:p><w:r><w:t>");
            repeat(w, characters, () -> 'a' + random.nextInt(26));
            w.write("</w:t></w:r></w:p></w:body></w:document>");
            w.flush();
        });
    }

    /** An OpenDocument text whose body is {@code characters} times the letter a. */
    static Path zipBombOdt(Path out, long characters) throws IOException {
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(out))) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry m = new ZipEntry("mimetype");
            m.setMethod(ZipEntry.STORED);
            m.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            m.setCrc(crc.getValue());
            z.putNextEntry(m);
            z.write(mimetype);
            z.closeEntry();
            z.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            z.write(("<?xml version=\"1.0\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:"
                    + "manifest:1.0\"><manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/"
                    + "vnd.oasis.opendocument.text\"/><manifest:file-entry manifest:full-path=\"content.xml\" "
                    + "manifest:media-type=\"text/xml\"/></manifest:manifest>").getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("content.xml"));
            Writer w = new OutputStreamWriter(shield(z), StandardCharsets.UTF_8);
            w.write("<?xml version=\"1.0\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:"
                    + "xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body>"
                    + "<office:text><text:p>");
            repeat(w, characters, () -> 'a');
            w.write("</text:p></office:text></office:body></office:document-content>");
            w.flush();
            z.closeEntry();
        }
        return out;
    }

    /** A ZIP archive holding one text file of {@code bytes} bytes of the letter a. */
    static Path zipBombZip(Path out, long bytes) throws IOException {
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(out))) {
            z.putNextEntry(new ZipEntry("statement-of-work.txt"));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'a');
            for (long done = 0; done < bytes; done += chunk.length) {
                z.write(chunk);
            }
            z.closeEntry();
        }
        return out;
    }

    /** An email that forwards an email that forwards ... {@code depth} times, around {@code inner}. */
    static Path nestedEmail(Path inner, Path out, int depth) throws IOException {
        byte[] message = Files.readAllBytes(inner);
        for (int i = 0; i < depth; i++) {
            String boundary = "nest-" + i;
            String head = "From: sam" + i + "@fabrikam.example\r\nTo: raj@contoso.example\r\nSubject: Fwd: level " + i
                    + "\r\nDate: Tue, 10 Mar 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; "
                    + "boundary=\"" + boundary + "\"\r\n\r\n--" + boundary + "\r\nContent-Type: text/plain\r\n\r\n"
                    + "Forwarded, level " + i + ".\r\n--" + boundary + "\r\nContent-Type: message/rfc822\r\n"
                    + "Content-Disposition: attachment; filename=\"level-" + i + ".eml\"\r\n\r\n";
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            b.write(head.getBytes(StandardCharsets.UTF_8));
            b.write(message);
            b.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            message = b.toByteArray();
        }
        return Files.write(out, message);
    }

    /** A ZIP in a ZIP in a ZIP ... {@code depth} deep, around {@code inner}. */
    static Path nestedZip(Path inner, Path out, int depth) throws IOException {
        byte[] content = Files.readAllBytes(inner);
        String name = inner.getFileName().toString();
        for (int i = 0; i < depth; i++) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            try (ZipOutputStream z = new ZipOutputStream(b)) {
                z.putNextEntry(new ZipEntry(name));
                z.write(content);
                z.closeEntry();
            }
            content = b.toByteArray();
            name = "level-" + i + ".zip";
        }
        return Files.write(out, content);
    }

    /** A ZIP of {@code count} small text files. */
    static Path wideZip(Path out, int count) throws IOException {
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(out))) {
            for (int i = 0; i < count; i++) {
                z.putNextEntry(new ZipEntry("part-" + i + ".txt"));
                z.write(("Scope item " + i + ": migrate a file server to Azure Files.").getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out;
    }

    /** A sparse file of {@code bytes} bytes: large on paper, nothing on disk. */
    static Path sparse(Path out, long bytes) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(out.toFile(), "rw")) {
            f.setLength(bytes);
        }
        return out;
    }

    /** A stream of {@code bytes} bytes of plain text, made as it is read. */
    static InputStream endlessText(long bytes) {
        byte[] line = "The partner migrates the customer's file servers to Azure Files.\n".getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            private long left = bytes;
            private int at;

            @Override
            public int read() {
                if (left <= 0) {
                    return -1;
                }
                left--;
                return line[at++ % line.length];
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                for (int i = 0; i < n; i++) {
                    b[off + i] = line[at++ % line.length];
                }
                left -= n;
                return n;
            }
        };
    }

    /**
     * A statement of work built to make the detectors slow: thirty thousand customers, each followed by a
     * signature to attribute. Mapping it takes longer than a validator with a timeout of a few seconds allows.
     */
    static Path slowToMap(Path out) throws IOException {
        StringBuilder text = new StringBuilder("STATEMENT OF WORK\n");
        for (int i = 0; text.length() < 1_900_000; i++) {
            text.append("Customer: Contoso Number").append(i).append(" Ltd\nSignature: /s/ Jane Doe").append(i).append('\n');
        }
        return Files.writeString(out, text);
    }

    /** A text file of about {@code bytes} bytes of lines that read as a statement of work. */
    static Path bigText(Path out, long bytes) throws IOException {
        String line = "The partner will migrate the customer's file servers to Azure Files and validate the cutover.\n";
        try (Writer w = Files.newBufferedWriter(out)) {
            for (long n = 0; n < bytes; n += line.length()) {
                w.write(line);
            }
        }
        return out;
    }

    /** A PDF of {@code pages} pages, one line of text each, written object by object. */
    static Path manyPagesPdf(Path out, int pages) throws IOException {
        try (OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(out))) {
            long[] offsets = new long[3 + 2 * pages];
            long[] at = {0};
            java.util.function.Consumer<String> w = s -> {
                byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
                try {
                    os.write(b);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                at[0] += b.length;
            };
            w.accept("%PDF-1.4\n");
            offsets[0] = at[0];
            w.accept("1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
            StringBuilder kids = new StringBuilder();
            for (int i = 0; i < pages; i++) {
                kids.append(4 + 2 * i).append(" 0 R ");
            }
            offsets[1] = at[0];
            w.accept("2 0 obj << /Type /Pages /Count " + pages + " /Kids [" + kids + "] >> endobj\n");
            offsets[2] = at[0];
            w.accept("3 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n");
            for (int i = 0; i < pages; i++) {
                String content = "BT /F1 8 Tf 36 700 Td (Page " + i + ": the partner migrates the customer's file servers "
                        + "to Azure Files, validates the cutover and hands over the runbooks.) Tj ET";
                offsets[3 + 2 * i] = at[0];
                w.accept((4 + 2 * i) + " 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font "
                        + "<< /F1 3 0 R >> >> /Contents " + (5 + 2 * i) + " 0 R >> endobj\n");
                offsets[4 + 2 * i] = at[0];
                w.accept((5 + 2 * i) + " 0 obj << /Length " + content.length() + " >> stream\n" + content
                        + "\nendstream endobj\n");
            }
            long xref = at[0];
            StringBuilder table = new StringBuilder("xref\n0 " + (offsets.length + 1) + "\n0000000000 65535 f \n");
            for (long o : offsets) {
                table.append(String.format("%010d 00000 n \n", o));
            }
            w.accept(table.toString());
            w.accept("trailer << /Size " + (offsets.length + 1) + " /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        }
        return out;
    }

    /** The billion-laughs entity declarations: ten levels of ten references each. */
    static String laughs(String root) {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE " + root + " [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            s.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return s.append("]>").toString();
    }

    static Path laughsDocx(Path sample, Path out) throws IOException {
        String doc = laughs("w:document") + "<w:document xmlns:w=\"" + WORD_NS + "\"><w:body><w:p><w:r><w:t>&lol9;</w:t>"
                + "</w:r></w:p></w:body></w:document>";
        return replaceEntry(sample, out, "word/document.xml", os -> os.write(doc.getBytes(StandardCharsets.UTF_8)));
    }

    static Path laughsXlsx(Path sample, Path out) throws IOException {
        String sst = laughs("sst") + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" "
                + "uniqueCount=\"1\"><si><t>&lol9;</t></si></sst>";
        return replaceEntry(sample, out, "xl/sharedStrings.xml", os -> os.write(sst.getBytes(StandardCharsets.UTF_8)));
    }

    /** An Office file encrypted with a password (agile encryption), as Office writes it. */
    static Path encryptedOffice(Path sample, Path out, String password) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream os = encryptor.getDataStream(fs)) {
                Files.copy(sample, os);
            } catch (java.security.GeneralSecurityException e) {
                throw new IOException(e);
            }
            try (OutputStream o = Files.newOutputStream(out)) {
                fs.writeFilesystem(o);
            }
        }
        return out;
    }

    /** An email whose whole content is S/MIME-encrypted. */
    static Path smimeEncryptedEmail(Path out) throws IOException {
        byte[] cipher = new byte[3000];
        new Random(3).nextBytes(cipher);
        String eml = "From: Raj Patel <raj@contoso.example>\r\nTo: Sam Lee <sam@fabrikam.example>\r\n"
                + "Subject: Signed SOW\r\nDate: Tue, 10 Mar 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name=\"smime.p7m\"\r\n"
                + "Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=\"smime.p7m\"\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(cipher) + "\r\n";
        return Files.writeString(out, eml);
    }

    /** An email protected with Rights Management: a placeholder body and a {@code message.rpmsg} attachment. */
    static Path rightsProtectedEmail(Path out) throws IOException {
        byte[] protectedContent = new byte[3000];
        new Random(4).nextBytes(protectedContent);
        String eml = "From: Raj Patel <raj@contoso.example>\r\nTo: Sam Lee <sam@fabrikam.example>\r\n"
                + "Subject: Approval\r\nDate: Tue, 10 Mar 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\n"
                + "This message is protected with Microsoft Purview Message Encryption. Open it in Outlook.\r\n--b1\r\n"
                + "Content-Type: application/x-microsoft-rpmsg-message\r\nContent-Transfer-Encoding: base64\r\n"
                + "Content-Disposition: attachment; filename=\"message.rpmsg\"\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(protectedContent) + "\r\n--b1--\r\n";
        return Files.writeString(out, eml);
    }

    /**
     * An Outlook message encrypted with S/MIME: message class {@code IPM.Note.SMIME} and its content in an
     * {@code smime.p7m} attachment, as Outlook saves it.
     */
    static Path smimeEncryptedMsg(Path out) throws IOException {
        byte[] cipher = new byte[3000];
        new Random(6).nextBytes(cipher);
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            var root = fs.getRoot();
            root.createDocument("__substg1.0_001A001F", new ByteArrayInputStream(utf16("IPM.Note.SMIME")));
            root.createDocument("__substg1.0_0037001F", new ByteArrayInputStream(utf16("Signed SOW")));
            root.createDocument("__substg1.0_0C1A001F", new ByteArrayInputStream(utf16("Raj Patel")));
            root.createDocument("__substg1.0_0C1F001F", new ByteArrayInputStream(utf16("raj@contoso.example")));
            root.createDocument("__properties_version1.0", new ByteArrayInputStream(new byte[32]));
            var attachment = root.createDirectory("__attach_version1.0_#00000000");
            attachment.createDocument("__substg1.0_3707001F", new ByteArrayInputStream(utf16("smime.p7m")));
            attachment.createDocument("__substg1.0_370E001F", new ByteArrayInputStream(utf16("application/pkcs7-mime")));
            attachment.createDocument("__substg1.0_37010102", new ByteArrayInputStream(cipher));
            attachment.createDocument("__properties_version1.0", new ByteArrayInputStream(new byte[8]));
            try (OutputStream o = Files.newOutputStream(out)) {
                fs.writeFilesystem(o);
            }
        }
        return out;
    }

    private static byte[] utf16(String s) {
        return s.getBytes(StandardCharsets.UTF_16LE);
    }

    /** {@code bytes} random bytes. */
    static byte[] randomBytes(long seed, int bytes) {
        byte[] b = new byte[bytes];
        new Random(seed).nextBytes(b);
        return b;
    }

    /** The offsets at which the suite cuts a file of {@code size} bytes. */
    static List<Integer> cuts(int size) {
        List<Integer> cuts = new ArrayList<>(List.of(1, size / 10, size / 2, size * 9 / 10, size - 16));
        cuts.removeIf(c -> c < 1 || c >= size);
        return cuts.stream().distinct().toList();
    }
}
