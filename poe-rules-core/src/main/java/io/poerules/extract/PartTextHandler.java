package io.poerules.extract;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the body text of one part from Tika's XHTML events, marking page starts with a form feed
 * and charging every character to the document's {@link TextBudget}.
 */
final class PartTextHandler extends DefaultHandler {

    private final TextBudget budget;
    private final StringBuilder text = new StringBuilder();
    private int pages;
    private int headDepth;

    PartTextHandler(TextBudget budget) {
        this.budget = budget;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        String name = localName.isEmpty() ? qName : localName;
        if (name.equals("head")) {
            headDepth++;
        } else if (name.equals("div") && "page".equals(atts.getValue("class"))) {
            if (pages > 0) {
                append("\f");
            }
            pages++;
        } else if (isBreak(name)) {
            append("\n");
        } else if (name.equals("td") || name.equals("th")) {
            append("\t");
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        String name = localName.isEmpty() ? qName : localName;
        if (name.equals("head")) {
            headDepth--;
        } else if (isBreak(name)) {
            append("\n");
        }
    }

    private static boolean isBreak(String name) {
        return switch (name) {
            case "p", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "div", "table", "blockquote", "pre" -> true;
            default -> false;
        };
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (headDepth == 0) {
            append(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    private void append(String s) throws SAXException {
        append(s.toCharArray(), 0, s.length());
    }

    private void append(char[] ch, int start, int length) throws SAXException {
        int granted = budget.take(length);
        for (int i = start; i < start + granted; i++) {
            char c = ch[i];
            if (c != '\r' && c != '\u0000') {
                text.append(c == '\u00A0' ? ' ' : c);
            }
        }
    }

    /** Whether the part had page divisions (a PDF). */
    boolean paged() {
        return pages > 0;
    }

    /** The collected text with runs of blank lines collapsed. */
    String text() {
        return text.toString().replaceAll("[ \t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }
}
