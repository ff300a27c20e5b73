package io.poerules.map;

import io.poerules.map.lexicon.PhraseMatcher;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an email's text into the messages of its thread: the newest message, then each message quoted below
 * it, newest first. A quoted message starts at a block of header lines ("From: ... Sent: ... To: ... Subject:",
 * in any language of the lexicon: "Von: ... Gesendet: ...", "De : ... Envoyé : ..."), perhaps after a separator
 * ("-----Original Message-----"), or at a reply's introduction ("On Tue, 4 Aug 2026 at 10:02, Jane Doe
 * &lt;jane@contoso.com&gt; wrote:", "Am ... schrieb ...:"), and runs to the next. Lines quoted with {@code >}
 * are read without it. Immutable and thread-safe.
 */
final class EmailThread {

    /** The quote marks of a quoted reply's line ("> > "). */
    private static final Pattern QUOTE_MARKS = Pattern.compile("^(?:>\\s?)+");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
    /** A header field's colon after its label, perhaps after spaces ("From :"). */
    private static final Pattern COLON_AFTER_LABEL = Pattern.compile("^[ \\t]*:.*");
    /** What stands between a header field's label and its value: spaces, bold marks, a colon. */
    private static final Pattern LABEL_END = Pattern.compile("^[ \\t*]*:?[ \\t*]*");

    /** The fields of a header block. */
    enum Field { FROM, SENT, TO, CC, SUBJECT }

    /**
     * A message of the thread.
     *
     * @param from        its sender as written, or {@code null} (for the newest, the email's own headers say)
     * @param sentWritten the date line as written, or {@code null}
     * @param to          its recipients as written, or {@code null}
     * @param subject     its subject, or {@code null}
     * @param start       offset where its header block or introduction starts (0 for the newest message)
     * @param bodyStart   offset where its text starts
     * @param end         offset past its text
     * @param newest      whether it is the newest message, the one the email's own headers describe
     */
    record Message(String from, String sentWritten, String to, String subject, int start, int bodyStart, int end,
                   boolean newest) {
        boolean isNewest() {
            return newest;
        }
    }

    private static final Pattern QUOTE_PREFIX = Pattern.compile("^[\\s>*|]*");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+'\\-]+@[\\w\\-]+(?:\\.[\\w\\-]+)+");
    private static final int HEADER_SPAN = 8;
    /** A name and address after a reply's verb: "Jane Doe &lt;jane@contoso.com&gt;". */
    private static final int SENDER_WORDS = 6;
    private static final Pattern SENDER = Pattern.compile(
            "(?:[\"“]?\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){0,4}[\"”]?\\s*)?[<\\[(]?(?:mailto:)?"
                    + EMAIL.pattern() + "[>\\])]?");

    private final Map<Field, PhraseMatcher> labels = new EnumMap<>(Field.class);
    private final PhraseMatcher replyIntros;
    private final PhraseMatcher separators;

    /**
     * @param headerLabels per field, its labels ("From", "Von", "De")
     * @param replyIntros  the verbs of a reply's introduction ("wrote", "schrieb", "a écrit")
     * @param separators   lines that start quoted history ("-----Original Message-----")
     */
    EmailThread(Map<Field, List<String>> headerLabels, List<String> replyIntros, List<String> separators) {
        headerLabels.forEach((field, list) -> labels.put(field, PhraseMatcher.of(list)));
        for (Field f : Field.values()) {
            labels.putIfAbsent(f, PhraseMatcher.of(List.of()));
        }
        this.replyIntros = PhraseMatcher.of(replyIntros);
        this.separators = PhraseMatcher.of(separators);
    }

    /** The messages of a text, newest first; the newest runs to the first quoted message or separator. */
    List<Message> split(String text) {
        List<String> lines = text.lines().toList();
        int[] offsets = offsets(text, lines);
        List<Message> out = new ArrayList<>();
        int newestEnd = text.length();
        int i = 0;
        List<Message> quoted = new ArrayList<>();
        while (i < lines.size()) {
            String line = unquoted(lines.get(i));
            Field field = fieldOf(line);
            if (field == Field.FROM && isHeaderBlock(lines, i)) {
                int start = separatorAbove(lines, offsets, i);
                Map<Field, String> values = new EnumMap<>(Field.class);
                int j = i;
                while (j < lines.size() && j < i + HEADER_SPAN) {
                    String l = unquoted(lines.get(j));
                    Field f = fieldOf(l);
                    if (f == null && !(l.isBlank() && j + 1 < lines.size() && fieldOf(unquoted(lines.get(j + 1))) != null)) {
                        break;
                    }
                    if (f != null) {
                        values.putIfAbsent(f, valueOf(l, f));
                    }
                    j++;
                }
                quoted.add(new Message(values.get(Field.FROM), values.get(Field.SENT), values.get(Field.TO),
                        values.get(Field.SUBJECT), start, j < lines.size() ? offsets[j] : text.length(), text.length(),
                        false));
                i = j;
                continue;
            }
            PhraseMatcher.Match intro = isIntroduction(line) ? replyIntros.find(line) : null;
            if (intro != null) {
                quoted.add(new Message(senderIn(line, intro), line, null, null, offsets[i], i + 1 < lines.size()
                        ? offsets[i + 1] : text.length(), text.length(), false));
            } else if (quoted.isEmpty() && i > 0 && separators.findStartingBy(line, 0) != null
                    && separators.findStartingBy(line, 0).start() == 0 && newestEnd == text.length()) {
                newestEnd = offsets[i];
            }
            i++;
        }
        if (!quoted.isEmpty()) {
            newestEnd = Math.min(newestEnd, quoted.get(0).start());
        }
        out.add(new Message(null, null, null, null, 0, 0, newestEnd, true));
        for (int q = 0; q < quoted.size(); q++) {
            Message m = quoted.get(q);
            int end = q + 1 < quoted.size() ? quoted.get(q + 1).start() : text.length();
            out.add(new Message(m.from(), m.sentWritten(), m.to(), m.subject(), m.start(), Math.min(m.bodyStart(), end),
                    end, false));
        }
        return out;
    }

    /**
     * The text of a message without the {@code >} that quote its lines. The newest message's own lines only: what
     * it quotes with {@code >} and no header says whose it is.
     */
    static String textOf(String text, Message m) {
        StringBuilder out = new StringBuilder();
        for (String line : text.substring(m.bodyStart(), m.end()).split("\n", -1)) {
            if (!line.startsWith(">")) {
                out.append(line).append('\n');
            } else if (!m.isNewest()) {
                out.append(QUOTE_MARKS.matcher(line).replaceFirst("")).append('\n');
            } else {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** Where each line starts: past the line break of the line before ("\n", "\r\n" or "\r"). */
    private static int[] offsets(String text, List<String> lines) {
        int[] offsets = new int[lines.size()];
        int at = 0;
        for (int i = 0; i < lines.size(); i++) {
            offsets[i] = at;
            at += lines.get(i).length();
            if (at < text.length() && text.charAt(at) == '\r') {
                at++;
            }
            if (at < text.length() && text.charAt(at) == '\n') {
                at++;
            }
        }
        return offsets;
    }

    /** Where a header block's message starts: at a separator line right above it, else at the block. */
    private int separatorAbove(List<String> lines, int[] offsets, int from) {
        for (int k = from - 1; k >= Math.max(0, from - 2); k--) {
            String l = unquoted(lines.get(k));
            if (l.isBlank()) {
                continue;
            }
            PhraseMatcher.Match m = separators.findStartingBy(l, 0);
            return m != null && m.start() == 0 ? offsets[k] : offsets[from];
        }
        return offsets[from];
    }

    /** Whether a From line opens a header block: another header field follows within a few lines. */
    private boolean isHeaderBlock(List<String> lines, int from) {
        for (int k = from + 1; k < lines.size() && k < from + HEADER_SPAN; k++) {
            Field f = fieldOf(unquoted(lines.get(k)));
            if (f != null && f != Field.FROM) {
                return true;
            }
        }
        return false;
    }

    /**
     * A reply's introduction: a short line with an address or a date that ends with a colon, its verb at the end
     * ("On ..., Jane Doe &lt;jane@contoso.com&gt; wrote:") or before the sender ("Am ... schrieb Jane Doe
     * &lt;jane@contoso.com&gt;:").
     */
    private boolean isIntroduction(String line) {
        String l = line.strip();
        if (!l.endsWith(":") || l.length() > 200) {
            return false;
        }
        PhraseMatcher.Match m = replyIntros.find(l);
        if (m == null || !(l.contains("@") || HAS_DIGIT.matcher(l).matches())) {
            return false;
        }
        String after = PartText.stripEnd(l.substring(m.end()), ":").strip();
        return after.isEmpty() || EMAIL.matcher(after).find() && PartText.wordCount(after) <= SENDER_WORDS;
    }

    /** The sender an introduction names: the name and address around its address, else the words before its verb. */
    private static String senderIn(String line, PhraseMatcher.Match intro) {
        Matcher address = SENDER.matcher(line);
        if (address.find()) {
            return address.group().strip();
        }
        return line.substring(0, intro.start()).strip();
    }

    /** The field a header line opens ("From:", "Von:", "De :"), or {@code null}. */
    private Field fieldOf(String line) {
        for (Field f : Field.values()) {
            PhraseMatcher.Match m = labels.get(f).findStartingBy(line, 0);
            if (m != null && m.start() == 0) {
                String rest = line.substring(m.end());
                if (COLON_AFTER_LABEL.matcher(rest).matches() || rest.startsWith("\t")) {
                    return f;
                }
            }
        }
        return null;
    }

    private String valueOf(String line, Field f) {
        PhraseMatcher.Match m = labels.get(f).findStartingBy(line, 0);
        return LABEL_END.matcher(line.substring(m.end())).replaceFirst("").strip();
    }

    private static String unquoted(String line) {
        Matcher m = QUOTE_PREFIX.matcher(line);
        return m.lookingAt() ? line.substring(m.end()) : line;
    }
}
