package io.poerules.samples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * What makes generated files byte-for-byte identical on every run, time zone and machine.
 *
 * <p>Nothing the generator writes is compressed with {@link java.util.zip.Deflater}: its output
 * depends on the zlib the JDK links (system zlib, zlib-ng, Apple's zlib all differ), so PDF streams
 * are written uncompressed and OOXML packages are rewritten with STORED entries and a fixed local
 * entry time ({@link ZipEntry#setTimeLocal}, which, unlike {@code setTime}, does not depend on the
 * default time zone).
 */
final class Reproducible {

    /** The entry time written into every OOXML zip entry. */
    static final LocalDateTime ZIP_ENTRY_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);

    private Reproducible() {
    }

    static Calendar calendar(LocalDateTime time) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        c.clear();
        c.set(time.getYear(), time.getMonthValue() - 1, time.getDayOfMonth(), time.getHour(), time.getMinute(), time.getSecond());
        return c;
    }

    static Date date(LocalDateTime time) {
        return Date.from(time.toInstant(ZoneOffset.UTC));
    }

    /**
     * Sets the document information dictionary and a document id derived from the content, instead
     * of the one PDFBox would derive from the current time.
     */
    static void pdfInfo(PDDocument pdf, Doc doc, String seed) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(doc.title());
        info.setAuthor(doc.author());
        info.setCreator("poe-rules-samples SampleGenerator");
        info.setCreationDate(calendar(doc.created()));
        info.setModificationDate(calendar(doc.created()));
        byte[] id = md5(seed + "\n" + doc.title() + "\n" + doc.created());
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().setDocumentID(ids);
    }

    static byte[] md5(String text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rewrites an OOXML package (a zip) with STORED entries, in the same order, at a fixed time. */
    static byte[] normalizeZip(byte[] zip) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length * 4)) {
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                ZipEntry entry;
                while ((entry = in.getNextEntry()) != null) {
                    byte[] data = in.readAllBytes();
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    ZipEntry copy = new ZipEntry(entry.getName());
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(data.length);
                    copy.setCompressedSize(data.length);
                    copy.setCrc(crc.getValue());
                    copy.setTimeLocal(ZIP_ENTRY_TIME);
                    out.putNextEntry(copy);
                    out.write(data);
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
