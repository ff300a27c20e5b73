package io.poerules.extract;

import io.poerules.api.ErrorCode;
import io.poerules.api.ReportError;

/**
 * Whether a text-based file (text, HTML, email) holds readable text. Its bytes are decoded with a guessed
 * character set, so binary data named {@code .txt} decodes to characters all the same: control characters,
 * undecodable bytes ({@code U+FFFD}), private-use and unassigned characters. Real text in any language has
 * almost none of them.
 */
final class TextCheck {

    /** Fewer characters than this say too little to judge. */
    static final int MIN_CHARACTERS = 256;
    /** The share of unreadable characters above which a text is not text. */
    static final double MAX_UNREADABLE = 0.10;

    private TextCheck() {
    }

    /**
     * A {@link ErrorCode#CORRUPT} error when the main part of a text-based file is not readable text,
     * otherwise {@code null}.
     *
     * @param binary whether the content was detected as binary data (not as any text format)
     */
    static ReportError unreadable(DocumentPart main, boolean binary) {
        if (!isTextBased(main.contentType())) {
            return null;
        }
        String kind = FormatNames.describe(main.contentType());
        String text = main.text();
        int characters = 0;
        int unreadable = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            characters++;
            if (isUnreadable(c, text, i)) {
                unreadable++;
            }
        }
        if (binary && characters == 0) {
            return new ReportError(ErrorCode.CORRUPT, "The " + kind + " holds binary data, not text; it may be "
                    + "damaged or not what its name says");
        }
        if (characters >= MIN_CHARACTERS && unreadable > characters * MAX_UNREADABLE) {
            return new ReportError(ErrorCode.CORRUPT, "The " + kind + " does not hold readable text: "
                    + Math.round(100.0 * unreadable / characters) + "% of its characters are control characters or "
                    + "could not be decoded; it may be binary data, damaged, or in an unknown encoding");
        }
        return null;
    }

    private static boolean isTextBased(String type) {
        return type.startsWith("text/") || type.startsWith("message/") || type.equals("application/mbox")
                || type.equals("application/xhtml+xml") || type.equals("application/rtf");
    }

    private static boolean isUnreadable(char c, String text, int i) {
        if (c == '\uFFFD' || c < 0x20 || c >= 0x7F && c <= 0x9F) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        int type = Character.getType(c);
        return type == Character.PRIVATE_USE || type == Character.UNASSIGNED;
    }
}
