package io.poerules.extract;

import io.poerules.api.ErrorCode;
import io.poerules.api.ReportError;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;

/**
 * Checks, before parsing, that a file is what its name says and that it is whole.
 *
 * <ul>
 *   <li><b>Incomplete</b>: a PDF without its end-of-file marker in the last 1024 bytes (where PDF readers
 *       look for it), a ZIP-based file (DOCX, XLSX, PPTX, ODT) without the end of its central directory, or
 *       a file shorter than the signature its format starts with. Parsers salvage such files silently and
 *       read what is left, so a document cut short in transfer could otherwise pass on its first pages.</li>
 *   <li><b>Mislabelled</b>: content recognised as a format that the application for the file's extension
 *       does not open (a {@code .pdf} that is a ZIP archive). A reviewer who opens it sees an error.
 *       Content that is not recognised at all is left to the parser, which reports it as damaged.</li>
 * </ul>
 */
final class FormatCheck {

    /** What a file's content is, as far as the applications that open documents care. */
    enum Kind {
        PDF, WORD, EXCEL, POWERPOINT, OOXML_OTHER, OOXML_ENCRYPTED, WORD_OLE, EXCEL_OLE, POWERPOINT_OLE, OUTLOOK,
        OLE_DRM, OLE_OTHER, OPENDOCUMENT, ZIP, ARCHIVE, RTF, EMAIL, HTML, XML, TEXT, IMAGE, UNKNOWN, OTHER
    }

    private static final Set<Kind> WORD_FILES = EnumSet.of(Kind.WORD, Kind.WORD_OLE, Kind.OOXML_ENCRYPTED,
            Kind.OOXML_OTHER, Kind.OLE_DRM, Kind.OLE_OTHER);
    private static final Set<Kind> EXCEL_FILES = EnumSet.of(Kind.EXCEL, Kind.EXCEL_OLE, Kind.OOXML_ENCRYPTED,
            Kind.OOXML_OTHER, Kind.OLE_DRM, Kind.OLE_OTHER);
    private static final Set<Kind> POWERPOINT_FILES = EnumSet.of(Kind.POWERPOINT, Kind.POWERPOINT_OLE,
            Kind.OOXML_ENCRYPTED, Kind.OOXML_OTHER, Kind.OLE_DRM, Kind.OLE_OTHER);
    /** Word and Excel also open the text, HTML and XML files that tools save under their old extensions. */
    private static final Set<Kind> OLD_WORD_FILES = with(WORD_FILES, Kind.RTF, Kind.HTML, Kind.XML, Kind.TEXT);
    private static final Set<Kind> OLD_EXCEL_FILES = with(EXCEL_FILES, Kind.HTML, Kind.XML, Kind.TEXT);
    private static final Set<Kind> TEXT_FILES = EnumSet.of(Kind.TEXT, Kind.EMAIL, Kind.HTML, Kind.XML, Kind.RTF);

    /** For each extension checked, the kinds of content the applications that open it accept. */
    private static final Map<String, Set<Kind>> ACCEPTED = Map.ofEntries(
            Map.entry("pdf", EnumSet.of(Kind.PDF)),
            Map.entry("docx", WORD_FILES), Map.entry("docm", WORD_FILES), Map.entry("dotx", WORD_FILES),
            Map.entry("doc", OLD_WORD_FILES), Map.entry("dot", OLD_WORD_FILES),
            Map.entry("xlsx", EXCEL_FILES), Map.entry("xlsm", EXCEL_FILES), Map.entry("xltx", EXCEL_FILES),
            Map.entry("xls", OLD_EXCEL_FILES),
            Map.entry("pptx", POWERPOINT_FILES), Map.entry("pptm", POWERPOINT_FILES),
            Map.entry("ppsx", POWERPOINT_FILES), Map.entry("ppt", POWERPOINT_FILES), Map.entry("pps", POWERPOINT_FILES),
            Map.entry("odt", EnumSet.of(Kind.OPENDOCUMENT)), Map.entry("ods", EnumSet.of(Kind.OPENDOCUMENT)),
            Map.entry("odp", EnumSet.of(Kind.OPENDOCUMENT)),
            Map.entry("msg", EnumSet.of(Kind.OUTLOOK, Kind.OLE_OTHER)),
            Map.entry("rtf", EnumSet.of(Kind.RTF, Kind.TEXT)),
            Map.entry("eml", EnumSet.of(Kind.EMAIL, Kind.TEXT, Kind.HTML)),
            Map.entry("mbox", EnumSet.of(Kind.EMAIL, Kind.TEXT)),
            Map.entry("txt", TEXT_FILES), Map.entry("text", TEXT_FILES), Map.entry("csv", TEXT_FILES),
            Map.entry("html", TEXT_FILES), Map.entry("htm", TEXT_FILES), Map.entry("xhtml", TEXT_FILES));

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] ZIP_END = {'P', 'K', 5, 6};
    private static final byte[] OLE2_MAGIC = HexFormat.of().parseHex("d0cf11e0a1b11ae1");
    private static final byte[] RTF_MAGIC = "{\\rtf".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    /** PDF readers look for {@code %%EOF} in the last 1024 bytes (PDF 1.7 reference, implementation note 18). */
    private static final int PDF_TAIL = 1024;
    /** The end-of-central-directory record is 22 bytes, followed by a comment of at most 65535. */
    private static final int ZIP_TAIL = 22 + 65_535;

    private FormatCheck() {
    }

    private static Set<Kind> with(Set<Kind> base, Kind... more) {
        EnumSet<Kind> out = EnumSet.copyOf(base);
        out.addAll(List.of(more));
        return out;
    }

    /** The lower-case extension of a file name, or {@code ""}. */
    static String extension(String name) {
        if (name == null) {
            return "";
        }
        String file = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = file.lastIndexOf('.');
        return dot <= 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static Kind kind(MediaType type, MediaTypeRegistry registry) {
        String t = type.getBaseType().toString();
        if (t.equals("application/pdf")) {
            return Kind.PDF;
        }
        if (t.equals("application/x-tika-ooxml-protected")) {
            return Kind.OOXML_ENCRYPTED;
        }
        if (t.equals("application/x-tika-ole-drm-encrypted")) {
            return Kind.OLE_DRM;
        }
        if (isA(type, "application/x-tika-ooxml", registry)) {
            return t.contains("wordprocessingml") || t.contains("ms-word") ? Kind.WORD
                    : t.contains("spreadsheetml") || t.contains("ms-excel") ? Kind.EXCEL
                    : t.contains("presentationml") || t.contains("ms-powerpoint") ? Kind.POWERPOINT : Kind.OOXML_OTHER;
        }
        if (isA(type, "application/x-tika-msoffice", registry)) {
            return switch (t) {
                case "application/msword" -> Kind.WORD_OLE;
                case "application/vnd.ms-excel" -> Kind.EXCEL_OLE;
                case "application/vnd.ms-powerpoint" -> Kind.POWERPOINT_OLE;
                case "application/vnd.ms-outlook" -> Kind.OUTLOOK;
                default -> Kind.OLE_OTHER;
            };
        }
        if (t.startsWith("application/vnd.oasis.opendocument.")) {
            return Kind.OPENDOCUMENT;
        }
        if (isA(type, "application/zip", registry)) {
            return Kind.ZIP;
        }
        if (t.equals("application/gzip") || t.equals("application/x-7z-compressed") || t.equals("application/x-rar-compressed")
                || t.equals("application/x-tar") || t.equals("application/x-bzip2") || t.equals("application/x-xz")) {
            return Kind.ARCHIVE;
        }
        if (t.equals("application/rtf")) {
            return Kind.RTF;
        }
        if (t.startsWith("message/") || t.equals("application/mbox")) {
            return Kind.EMAIL;
        }
        if (t.equals("text/html") || t.equals("application/xhtml+xml")) {
            return Kind.HTML;
        }
        if (t.startsWith("image/")) {
            return Kind.IMAGE;
        }
        if (isA(type, "application/xml", registry)) {
            return Kind.XML;
        }
        if (isA(type, "text/plain", registry)) {
            return Kind.TEXT;
        }
        return t.equals("application/octet-stream") ? Kind.UNKNOWN : Kind.OTHER;
    }

    private static boolean isA(MediaType type, String ancestor, MediaTypeRegistry registry) {
        MediaType target = MediaType.parse(ancestor);
        for (MediaType t = type.getBaseType(); t != null; t = registry.getSupertype(t)) {
            if (t.equals(target)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A {@link ErrorCode#MISLABELLED} error when the content is recognised as something the extension's
     * applications do not open, otherwise {@code null}.
     */
    static ReportError mislabelled(String name, MediaType content, MediaTypeRegistry registry) {
        String ext = extension(name);
        Set<Kind> accepted = ACCEPTED.get(ext);
        Kind kind = kind(content, registry);
        if (accepted == null || kind == Kind.UNKNOWN || accepted.contains(kind)) {
            return null;
        }
        String type = content.getBaseType().toString();
        return new ReportError(ErrorCode.MISLABELLED, "The file is named ." + ext + " but holds "
                + FormatNames.holding(type) + " (" + type + "); submit the real ." + ext
                + " file, or give this one the extension of what it holds");
    }

    /** Reads the last bytes of the input, spooling a stream to a temporary file when it has to. */
    interface Tail {
        byte[] last(int bytes) throws IOException;
    }

    /**
     * A {@link ErrorCode#CORRUPT} error when the input is shorter than its format's signature or its end is
     * missing, otherwise {@code null}.
     *
     * @param head    the first bytes of the input, at most 8
     * @param name    the input's name, for the format its extension promises
     * @param named   the type its name says
     * @param content the type its content was detected as
     * @param tail    reads the end of the input
     */
    static ReportError incomplete(byte[] head, String name, MediaType named, MediaType content,
                                  MediaTypeRegistry registry, Tail tail) throws IOException {
        byte[] magic = magicFor(extension(name));
        if (magic != null && head.length < magic.length && startsWith(magic, head, head.length)) {
            return incomplete(FormatNames.describe(named.getBaseType().toString()), "it is only " + head.length
                    + (head.length == 1 ? " byte" : " bytes") + " long");
        }
        Kind kind = kind(content, registry);
        if (kind == Kind.PDF && startsWith(head, PDF_MAGIC, PDF_MAGIC.length)
                && indexOf(tail.last(PDF_TAIL), PDF_END) < 0) {
            return incomplete("PDF document", "it does not end with the %%EOF marker");
        }
        boolean zipBased = kind == Kind.ZIP || kind == Kind.WORD || kind == Kind.EXCEL || kind == Kind.POWERPOINT
                || kind == Kind.OOXML_OTHER || kind == Kind.OPENDOCUMENT;
        if (zipBased && startsWith(head, ZIP_MAGIC, ZIP_MAGIC.length) && !hasZipEnd(tail.last(ZIP_TAIL))) {
            return incomplete(FormatNames.describe(content.getBaseType().toString()),
                    "the directory at the end of its ZIP container is missing");
        }
        return null;
    }

    /** The last {@code bytes} bytes of a file, or all of it when it is shorter. */
    static byte[] last(Path file, int bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            int length = (int) Math.min(size, bytes);
            ByteBuffer buffer = ByteBuffer.allocate(length);
            while (buffer.hasRemaining() && channel.read(buffer, size - length + buffer.position()) > 0) {
                // keep reading
            }
            buffer.flip();
            return Arrays.copyOf(buffer.array(), buffer.limit());
        }
    }

    private static ReportError incomplete(String kind, String why) {
        return new ReportError(ErrorCode.CORRUPT, "The " + kind + " is incomplete (" + why
                + "): it was probably cut short when it was copied, uploaded or attached; submit the complete file");
    }

    private static byte[] magicFor(String ext) {
        return switch (ext) {
            case "pdf" -> PDF_MAGIC;
            case "docx", "docm", "dotx", "xlsx", "xlsm", "xltx", "pptx", "pptm", "ppsx", "odt", "ods", "odp", "zip" -> ZIP_MAGIC;
            case "doc", "dot", "xls", "ppt", "pps", "msg" -> OLE2_MAGIC;
            case "rtf" -> RTF_MAGIC;
            default -> null;
        };
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix, int length) {
        if (bytes.length < length || prefix.length < length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the bytes end with a whole end-of-central-directory record (and its comment). */
    private static boolean hasZipEnd(byte[] tail) {
        for (int at = tail.length - 22; at >= 0; at--) {
            if (tail[at] == ZIP_END[0] && tail[at + 1] == ZIP_END[1] && tail[at + 2] == ZIP_END[2]
                    && tail[at + 3] == ZIP_END[3]) {
                int comment = (tail[at + 20] & 0xFF) | (tail[at + 21] & 0xFF) << 8;
                return at + 22 + comment <= tail.length;
            }
        }
        return false;
    }

    private static int indexOf(byte[] bytes, byte[] what) {
        outer:
        for (int i = 0; i + what.length <= bytes.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (bytes[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
