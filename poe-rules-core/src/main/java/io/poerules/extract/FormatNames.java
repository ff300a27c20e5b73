package io.poerules.extract;

import java.util.Locale;

/** Readable names of document formats for messages ("PDF document" rather than "application/pdf"). */
final class FormatNames {

    private FormatNames() {
    }

    static String describe(String contentType) {
        if (contentType == null) {
            return "document";
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        if (type.equals("application/pdf")) {
            return "PDF document";
        }
        if (type.contains("wordprocessingml") || type.equals("application/msword") || type.contains("ole-drm")) {
            return "Word document";
        }
        if (type.contains("spreadsheetml") || type.equals("application/vnd.ms-excel")) {
            return "Excel workbook";
        }
        if (type.contains("presentationml") || type.equals("application/vnd.ms-powerpoint")) {
            return "PowerPoint presentation";
        }
        if (type.contains("ooxml-protected")) {
            return "Office document";
        }
        if (type.contains("opendocument")) {
            return "OpenDocument file";
        }
        if (type.equals("application/vnd.ms-outlook")) {
            return "Outlook message";
        }
        if (type.startsWith("message/")) {
            return "email";
        }
        if (type.contains("rtf")) {
            return "RTF document";
        }
        if (type.contains("html")) {
            return "HTML page";
        }
        if (type.startsWith("text/")) {
            return "text file";
        }
        return "document (" + contentType + ")";
    }
}
