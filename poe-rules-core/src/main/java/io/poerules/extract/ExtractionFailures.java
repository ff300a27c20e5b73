package io.poerules.extract;

import io.poerules.api.ErrorCode;
import io.poerules.api.ReportError;
import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.tika.exception.AccessPermissionException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.exception.ZeroByteFileException;

/**
 * Turns a parser's exception into a report error a user can act on: a code and a one-line message that
 * says what is wrong with the file and what to do, with the parser's own words in brackets at most.
 */
final class ExtractionFailures {

    /** How much larger than its compressed size a part of a ZIP-based file may be (POI's default). */
    static final int MAX_INFLATE_RATIO = 100;
    /**
     * The largest part of a ZIP-based Office file that is unpacked: 16 MiB, the XML of thousands of pages.
     * Tika buffers a text run whole, so this also bounds the memory one run can take.
     */
    static final long MAX_ZIP_ENTRY_BYTES = 16L * 1024 * 1024;

    private static final Pattern RIGHTS_MANAGEMENT = Pattern.compile("\\b(drm|irm|rights management)\\b");

    private ExtractionFailures() {
    }

    static ReportError classify(Throwable e, String contentType) {
        String kind = FormatNames.describe(contentType);
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage();
            if (t instanceof EncryptedDocumentException || isPasswordMessage(m)) {
                return encrypted(kind, contentType, m);
            }
            if (t instanceof AccessPermissionException) {
                return new ReportError(ErrorCode.ENCRYPTED, "The " + kind + " forbids copying its text (its "
                        + "permissions are restricted); submit a copy without restrictions");
            }
            if (t instanceof ZeroByteFileException) {
                return new ReportError(ErrorCode.EMPTY, "The input is empty (0 bytes)");
            }
            if (t instanceof UnsupportedFormatException) {
                return new ReportError(ErrorCode.UNSUPPORTED_TYPE, "This version of the " + kind
                        + " format is not supported (" + describe(t) + "); save it in a current format");
            }
            if (t instanceof StackOverflowError) {
                return new ReportError(ErrorCode.CORRUPT, "The " + kind + " is nested too deeply to read; it may "
                        + "be damaged or built to exhaust readers");
            }
            if (t instanceof OutOfMemoryError) {
                return new ReportError(ErrorCode.TOO_LARGE, "Reading the " + kind + " needed more memory than is "
                        + "available; it may be built to exhaust readers. Split it, or validate it in isolation mode "
                        + "with a larger heap");
            }
            ReportError known = byMessage(m, kind);
            if (known != null) {
                return known;
            }
        }
        return new ReportError(ErrorCode.CORRUPT, "The " + kind + " is damaged and could not be read (" + describe(e)
                + "); open it and save it again, or submit the original");
    }

    /** A failure recognised by the parser's words, or {@code null}. */
    static ReportError byMessage(String m, String kind) {
        if (m.contains("Zip bomb detected") && m.contains("max size")
                || m.contains("MAX_ENTRY_SIZE") && m.contains("exceed")) {
            return new ReportError(ErrorCode.TOO_LARGE, "A part of the " + kind + " unpacks to more than "
                    + MAX_ZIP_ENTRY_BYTES / (1024 * 1024) + " MiB, more than a document needs: it was not read "
                    + "(it may be a zip bomb)");
        }
        if (m.contains("Zip bomb detected") || m.contains("Suspected zip bomb")) {
            return new ReportError(ErrorCode.TOO_LARGE, "The " + kind + " unpacks to more than "
                    + MAX_INFLATE_RATIO + " times its size, as zip bombs do: it was not read");
        }
        if (m.contains("DOCTYPE is disallowed") || m.contains("entity expansions")
                || m.contains("JAXP00010") || m.contains("accessExternalDTD")) {
            return new ReportError(ErrorCode.CORRUPT, "The " + kind + " holds XML that declares entities, which "
                    + "document editors do not write; it may be built to attack readers and was not read");
        }
        if (m.contains("past the end of the file") || m.contains("Unexpected end of")
                || m.contains("Truncated") || m.contains("truncated")) {
            return new ReportError(ErrorCode.CORRUPT, "The " + kind + " is incomplete (its data ends before its "
                    + "structure does): it was probably cut short when it was copied, uploaded or attached; submit "
                    + "the complete file");
        }
        return null;
    }

    private static ReportError encrypted(String kind, String contentType, String message) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String m = message.toLowerCase(Locale.ROOT);
        if (type.contains("drm") || RIGHTS_MANAGEMENT.matcher(m).find()) {
            return new ReportError(ErrorCode.ENCRYPTED, "The " + kind + " is protected with Rights Management "
                    + "(DRM) and its text cannot be read; submit an unprotected copy");
        }
        return new ReportError(ErrorCode.ENCRYPTED, "The " + kind + " is password-protected; submit a copy without a "
                + "password");
    }

    private static boolean isPasswordMessage(String m) {
        return (m.contains("password") || m.contains("Password")) && !m.contains("no password");
    }

    /** Why a file could not be read, in words: "it no longer exists", "permission denied". */
    static String describeIo(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "it no longer exists";
        }
        if (e instanceof FileNotFoundException) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("No such file") || message.contains("does not exist")) {
                return "it does not exist";
            }
            if (message.contains("ermission denied")) {
                return "permission denied";
            }
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        if (e instanceof EOFException) {
            return "it ended unexpectedly";
        }
        return describe(e);
    }

    /**
     * The innermost useful message of an exception, on one line, without a stack trace: the message alone
     * when there is one, the exception's simple name otherwise.
     */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getMessage();
        }
        String text = message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
        text = text.replaceAll("\\s+", " ").strip();
        return text.length() > 200 ? text.substring(0, 199) + "…" : text;
    }
}
