package io.poerules.extract;

import io.poerules.api.ErrorCode;
import io.poerules.api.ReportError;
import org.apache.tika.exception.AccessPermissionException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.exception.ZeroByteFileException;

/** Turns a parser's exception into a report error a user can act on: a code and a one-line message. */
final class ExtractionFailures {

    private ExtractionFailures() {
    }

    static ReportError classify(Throwable e, String contentType) {
        String kind = FormatNames.describe(contentType);
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException || isPasswordMessage(t)) {
                return new ReportError(ErrorCode.ENCRYPTED, "The " + kind + " is password- or DRM-protected; "
                        + "submit an unprotected copy");
            }
            if (t instanceof AccessPermissionException) {
                return new ReportError(ErrorCode.ENCRYPTED, "The " + kind + " forbids text extraction (its "
                        + "permissions are restricted); submit an unrestricted copy");
            }
            if (t instanceof ZeroByteFileException) {
                return new ReportError(ErrorCode.EMPTY, "The input is empty (0 bytes)");
            }
            if (t instanceof UnsupportedFormatException) {
                return new ReportError(ErrorCode.UNSUPPORTED_TYPE, "The format of this " + kind
                        + " is not supported: " + describe(t));
            }
            if (t instanceof StackOverflowError) {
                return new ReportError(ErrorCode.CORRUPT, "The " + kind + " is nested too deeply to parse");
            }
            if (t instanceof OutOfMemoryError) {
                return new ReportError(ErrorCode.TOO_LARGE, "The " + kind + " needs more memory than is available "
                        + "to parse it");
            }
        }
        return new ReportError(ErrorCode.CORRUPT, "The " + kind + " could not be parsed; it may be damaged or "
                + "not what its name says (" + describe(e) + ")");
    }

    private static boolean isPasswordMessage(Throwable t) {
        String m = t.getMessage();
        return m != null && (m.contains("password") || m.contains("Password")) && !m.contains("no password");
    }

    /** The innermost useful message of an exception, on one line, without a stack trace. */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getMessage();
        }
        String name = root.getClass().getSimpleName();
        String text = message == null || message.isBlank() ? name : name + ": " + message;
        text = text.replaceAll("\\s+", " ").strip();
        return text.length() > 300 ? text.substring(0, 299) + "…" : text;
    }
}
