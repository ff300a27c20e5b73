package io.poerules.report;

/**
 * Escapes untrusted text for HTML element content and double-quoted attribute values: markup characters
 * become character references, and the characters that could hide or reorder what a reader sees (C0 and C1
 * controls, bidirectional overrides, line and paragraph separators) become visible escapes such as
 * {@code \x1B} or {@code \u202E}, as in the text report.
 */
final class Html {

    private Html() {
    }

    /** Escaped text; {@code null} is empty. Tabs and line feeds are kept. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        escape(text, 0, text.length(), out);
        return out.toString();
    }

    /** Appends the escaped characters {@code start} to {@code end} of {@code text}. */
    static void escape(String text, int start, int end, StringBuilder out) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\t', '\n' -> out.append(c);
                default -> {
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                        out.append(String.format("\\x%02X", (int) c));
                    } else if (c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                            || (c >= '\u2066' && c <= '\u2069') || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04X", (int) c));
                    } else if (Character.isSurrogate(c) && !validSurrogate(text, i)) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    private static boolean validSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
