package io.poerules.extract;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Scanned documents for OCR tests: lines of text drawn into an image, with the font inside PDFBox. */
public final class Scans {

    private Scans() {
    }

    /**
     * Skips the calling test when {@code tesseract} (with English) is not installed, and fails it in CI
     * ({@code CI=true}), where {@code .ci/run} installs it.
     */
    public static void requireTesseract() {
        if (OcrSettings.tesseractAvailable()) {
            return;
        }
        String message = "tesseract with English data is not installed: install tesseract-ocr and tesseract-ocr-eng "
                + "(see README, OCR)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message);
        }
        assumeTrue(false, message);
    }

    /** A page image of the lines, 150 dpi, black on white. */
    public static BufferedImage page(List<String> lines) throws IOException {
        Font font;
        try (InputStream ttf = PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            font = Font.createFont(Font.TRUETYPE_FONT, ttf).deriveFont(24f);
        } catch (java.awt.FontFormatException e) {
            throw new IOException(e);
        }
        BufferedImage image = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(font);
            int y = 150;
            for (String line : lines) {
                g.drawString(line, 120, y);
                y += 44;
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** A PNG file of the lines. */
    public static Path png(Path file, List<String> lines) throws IOException {
        ImageIO.write(page(lines), "png", file.toFile());
        return file;
    }

    /** An image-only PDF: one page per list of lines, each page one image, no text layer. */
    public static Path pdf(Path file, List<List<String>> pages) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                PDImageXObject image = LosslessFactory.createFromImage(pdf, page(lines));
                try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                    cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            Files.write(file, out.toByteArray());
        }
        return file;
    }

    /** A PDF whose first page has a text layer (the lines in Helvetica) and whose second page is a scan. */
    public static Path textThenScanPdf(Path file, List<String> textLines, List<String> scanLines) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage text = new PDPage(PDRectangle.A4);
            pdf.addPage(text);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, text)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.setLeading(18);
                cs.newLineAtOffset(72, 760);
                for (String line : textLines) {
                    cs.showText(line);
                    cs.newLine();
                }
                cs.endText();
            }
            PDPage scan = new PDPage(PDRectangle.A4);
            pdf.addPage(scan);
            PDImageXObject image = LosslessFactory.createFromImage(pdf, page(scanLines));
            try (PDPageContentStream cs = new PDPageContentStream(pdf, scan)) {
                cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            pdf.save(file.toFile());
        }
        return file;
    }
}
