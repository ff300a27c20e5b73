package io.poerules.samples;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A sample document's content, independent of its file format: a title, metadata and a list of
 * blocks that {@link PdfRenderer}, {@link DocxRenderer}, {@link HtmlRenderer} and {@link TextRenderer}
 * lay out.
 *
 * @param title    the document title (also written into the file's metadata)
 * @param author   the author written into the metadata
 * @param created  the fixed creation and modification time written into the metadata (UTC)
 * @param footer   a running footer, or {@code null}
 * @param blocks   the content
 */
record Doc(String title, String author, LocalDateTime created, String footer, List<Block> blocks) {

    Doc {
        blocks = List.copyOf(blocks);
    }

    /** A piece of content. */
    sealed interface Block {
    }

    /** The large title line at the top. */
    record Title(String text) implements Block {
    }

    /** A smaller line under the title (reference, version). */
    record Subtitle(String text) implements Block {
    }

    /** A section heading. */
    record Heading(String text) implements Block {
    }

    /** A heading inside a section. */
    record Subheading(String text) implements Block {
    }

    /** A paragraph, wrapped by the renderer. */
    record Para(String text) implements Block {
    }

    /** A bulleted or numbered list. */
    record Items(boolean numbered, List<String> items) implements Block {
        Items {
            items = List.copyOf(items);
        }
    }

    /** Lines kept exactly as written, one per line ({@code Label: value}). */
    record Lines(List<String> lines) implements Block {
        Lines {
            lines = List.copyOf(lines);
        }
    }

    /** A table; {@code widths} are relative column widths. */
    record Table(List<String> header, List<List<String>> rows, double[] widths) implements Block {
        Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            widths = widths.clone();
        }
    }

    /** Signature blocks, each a caption line (the party) followed by its lines. */
    record Signatures(List<SignBlock> blocks) implements Block {
        Signatures {
            blocks = List.copyOf(blocks);
        }
    }

    /** One party's signature block. */
    record SignBlock(String caption, List<String> lines) {
        SignBlock {
            lines = List.copyOf(lines);
        }
    }

    /** Starts a new page where the format has pages. */
    record PageBreak() implements Block {
    }

    static Builder builder(String title, String author, LocalDateTime created) {
        return new Builder(title, author, created);
    }

    /** Collects blocks in reading order. */
    static final class Builder {
        private final String title;
        private final String author;
        private final LocalDateTime created;
        private String footer;
        private final List<Block> blocks = new ArrayList<>();

        private Builder(String title, String author, LocalDateTime created) {
            this.title = title;
            this.author = author;
            this.created = created;
        }

        Builder footer(String text) {
            footer = text;
            return this;
        }

        Builder title(String text) {
            blocks.add(new Title(text));
            return this;
        }

        Builder subtitle(String text) {
            blocks.add(new Subtitle(text));
            return this;
        }

        Builder heading(String text) {
            blocks.add(new Heading(text));
            return this;
        }

        Builder subheading(String text) {
            blocks.add(new Subheading(text));
            return this;
        }

        Builder para(String... paragraphs) {
            for (String p : paragraphs) {
                blocks.add(new Para(p));
            }
            return this;
        }

        Builder bullets(String... items) {
            blocks.add(new Items(false, Arrays.asList(items)));
            return this;
        }

        Builder numbered(String... items) {
            blocks.add(new Items(true, Arrays.asList(items)));
            return this;
        }

        Builder lines(String... lines) {
            blocks.add(new Lines(Arrays.asList(lines)));
            return this;
        }

        Builder table(double[] widths, List<String> header, List<List<String>> rows) {
            blocks.add(new Table(header, rows, widths));
            return this;
        }

        Builder signatures(SignBlock... signBlocks) {
            blocks.add(new Signatures(Arrays.asList(signBlocks)));
            return this;
        }

        Builder pageBreak() {
            blocks.add(new PageBreak());
            return this;
        }

        Doc build() {
            return new Doc(title, author, created, footer, blocks);
        }
    }

    static SignBlock sign(String caption, String... lines) {
        return new SignBlock(caption, Arrays.asList(lines));
    }

    static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

    static double[] widths(double... w) {
        return w;
    }
}
