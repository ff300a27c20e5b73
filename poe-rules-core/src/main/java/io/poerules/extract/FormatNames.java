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
        if (type.contains("wordprocessingml") || type.contains("ms-word") || type.equals("application/msword")
                || type.contains("ole-drm")) {
            return "Word document";
        }
        if (type.contains("spreadsheetml") || type.contains("ms-excel")) {
            return "Excel workbook";
        }
        if (type.contains("presentationml") || type.contains("ms-powerpoint")) {
            return "PowerPoint presentation";
        }
        if (type.contains("ooxml") || type.equals("application/x-tika-msoffice")) {
            return "Office document";
        }
        if (type.contains("opendocument")) {
            return "OpenDocument file";
        }
        if (type.equals("application/vnd.ms-outlook")) {
            return "Outlook message";
        }
        if (type.startsWith("message/") || type.equals("application/mbox")) {
            return "email";
        }
        if (type.contains("rtf")) {
            return "RTF document";
        }
        if (type.contains("html")) {
            return "HTML page";
        }
        if (type.equals("application/zip")) {
            return "ZIP archive";
        }
        if (type.equals("application/applefile")) {
            return "AppleSingle file";
        }
        if (type.startsWith("image/")) {
            return "image";
        }
        if (type.equals("text/plain")) {
            return "text file";
        }
        if (type.contains("xml")) {
            return "XML file";
        }
        if (type.startsWith("text/")) {
            return "text file";
        }
        return "document (" + contentType + ")";
    }

    /** What a file holds, with an article: "a ZIP archive", "an email", "plain text". */
    static String holding(String contentType) {
        if ("text/plain".equals(contentType)) {
            return "plain text";
        }
        String name = describe(contentType);
        boolean vowel = "aeiouAEIOU".indexOf(name.charAt(0)) >= 0;
        return (vowel ? "an " : "a ") + name;
    }
}
