package io.poerules.samples;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes a "scanned" PDF: each page is one 1-bit image of rendered text, with no text layer.
 *
 * <p>Reproducible on any machine: glyph outlines come from the Liberation Sans font inside the
 * PDFBox jar (not from system fonts), are flattened by {@code java.awt.geom} (strict IEEE arithmetic
 * since Java 17) and filled by the scanline filler below (not by Java2D's rasterizer, which may
 * change between JDKs); rotation uses {@link StrictMath}; the noise comes from a seeded
 * {@link Random}, whose algorithm is specified; the image is encoded with RunLengthDecode by hand
 * instead of Flate (see {@link Reproducible}).
 */
final class ScanRenderer {

    /** One line of text on a scanned page, at a position in points from the top left. */
    record Line(float x, float y, float size, boolean bold, String text) {
    }

    /** A hand-written signature stroke, in points from the top left. */
    record Scribble(float x, float y, float width) {
    }

    private static final float DPI = 150;
    private static final float SCALE = DPI / 72f;
    private static final int W = Math.round(PDRectangle.A4.getWidth() * SCALE);
    private static final int H = Math.round(PDRectangle.A4.getHeight() * SCALE);

    private final TrueTypeFont font;
    private final boolean[] black = new boolean[W * H];
    private final AffineTransform page;

    private ScanRenderer(TrueTypeFont font, double skewDegrees) {
        this.font = font;
        double rad = skewDegrees * StrictMath.PI / 180;
        double cos = StrictMath.cos(rad);
        double sin = StrictMath.sin(rad);
        double cx = W / 2.0;
        double cy = H / 2.0;
        this.page = new AffineTransform(cos, sin, -sin, cos, cx - cos * cx + sin * cy, cy - sin * cx - cos * cy);
    }

    /** Renders pages of lines (and signature scribbles) to an image-only PDF. */
    static byte[] render(Doc meta, String seed, List<List<Line>> pages, List<List<Scribble>> scribbles) {
        try (InputStream ttf = PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf");
             TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf));
             PDDocument pdf = new PDDocument()) {
            Reproducible.pdfInfo(pdf, meta, seed);
            for (int i = 0; i < pages.size(); i++) {
                ScanRenderer r = new ScanRenderer(font, 0.45 - 0.3 * i);
                for (Line line : pages.get(i)) {
                    r.text(line);
                }
                List<Scribble> signatures = scribbles.get(i);
                for (int k = 0; k < signatures.size(); k++) {
                    r.scribble(signatures.get(k), new Random(seed.hashCode() * 31L + i * 7L + k));
                }
                r.noise(new Random(seed.hashCode() + i));
                PDPage p = new PDPage(PDRectangle.A4);
                pdf.addPage(p);
                PDImageXObject image = new PDImageXObject(pdf, new ByteArrayInputStream(runLength(r.packed())),
                        COSName.RUN_LENGTH_DECODE, W, H, 1, PDDeviceGray.INSTANCE);
                try (PDPageContentStream cs = new PDPageContentStream(pdf, p, PDPageContentStream.AppendMode.OVERWRITE, false)) {
                    cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void text(Line line) throws IOException {
        double x = line.x() * SCALE;
        double baseline = line.y() * SCALE;
        double unit = line.size() * SCALE / font.getUnitsPerEm();
        for (int i = 0; i < line.text().length(); i++) {
            int gid = font.getUnicodeCmapLookup().getGlyphId(line.text().charAt(i));
            GlyphData glyph = font.getGlyph().getGlyph(gid);
            if (glyph != null) {
                GeneralPath path = glyph.getPath();
                AffineTransform at = new AffineTransform(page);
                at.concatenate(new AffineTransform(unit, 0, 0, -unit, x, baseline));
                fill(at.createTransformedShape(path));
                if (line.bold()) {
                    at = new AffineTransform(page);
                    at.concatenate(new AffineTransform(unit, 0, 0, -unit, x + 0.9, baseline));
                    fill(at.createTransformedShape(path));
                }
            }
            x += font.getAdvanceWidth(gid) * unit + (line.bold() ? 0.6 : 0);
        }
    }

    /** A hand-written signature: cursive loops of varying height, then an underline flourish. */
    private void scribble(Scribble s, Random random) {
        double x0 = s.x() * SCALE;
        double y0 = s.y() * SCALE;
        double w = s.width() * SCALE;
        int loops = 6 + random.nextInt(3);
        double[] heights = new double[loops];
        for (int i = 0; i < loops; i++) {
            heights[i] = 8 + random.nextDouble() * (i == 0 ? 34 : 20);
        }
        int steps = 900;
        for (int t = 0; t <= steps; t++) {
            double u = t / (double) steps;
            double phase = 2 * StrictMath.PI * loops * u;
            int k = Math.min(loops - 1, (int) (u * loops));
            double x = x0 + w * 0.8 * u - 7 * StrictMath.sin(phase);
            double y = y0 - heights[k] * (0.5 - 0.5 * StrictMath.cos(phase)) + 8 * u;
            dot(x, y, 1.4);
        }
        for (int t = 0; t <= 300; t++) {
            double u = t / 300.0;
            dot(x0 - 6 + w * u, y0 + 14 - 6 * StrictMath.sin(StrictMath.PI * u), 1.1);
        }
    }

    private void noise(Random random) {
        for (int i = 0; i < 140; i++) {
            dot(random.nextInt(W), random.nextInt(H), random.nextInt(3) == 0 ? 1.2 : 0.6);
        }
    }

    private void dot(double x, double y, double radius) {
        double[] p = new double[2];
        page.transform(new double[] {x, y}, 0, p, 0, 1);
        int r = (int) StrictMath.ceil(radius);
        for (int j = -r; j <= r; j++) {
            for (int i = -r; i <= r; i++) {
                int px = (int) StrictMath.floor(p[0]) + i;
                int py = (int) StrictMath.floor(p[1]) + j;
                double dx = px + 0.5 - p[0];
                double dy = py + 0.5 - p[1];
                if (dx * dx + dy * dy <= radius * radius && px >= 0 && py >= 0 && px < W && py < H) {
                    black[py * W + px] = true;
                }
            }
        }
    }

    /** Fills a shape with the non-zero winding rule, sampling pixel centres. */
    private void fill(Shape shape) {
        List<double[]> edges = new ArrayList<>();
        double[] c = new double[6];
        double sx = 0;
        double sy = 0;
        double lx = 0;
        double ly = 0;
        for (PathIterator it = shape.getPathIterator(null, 0.2); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_MOVETO) {
                if (lx != sx || ly != sy) {
                    edges.add(new double[] {lx, ly, sx, sy});
                }
                sx = c[0];
                sy = c[1];
                lx = sx;
                ly = sy;
            } else if (type == PathIterator.SEG_LINETO) {
                edges.add(new double[] {lx, ly, c[0], c[1]});
                lx = c[0];
                ly = c[1];
            } else if (type == PathIterator.SEG_CLOSE) {
                edges.add(new double[] {lx, ly, sx, sy});
                lx = sx;
                ly = sy;
            }
        }
        if (lx != sx || ly != sy) {
            edges.add(new double[] {lx, ly, sx, sy});
        }
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] e : edges) {
            minY = Math.min(minY, Math.min(e[1], e[3]));
            maxY = Math.max(maxY, Math.max(e[1], e[3]));
        }
        int from = Math.max(0, (int) StrictMath.floor(minY));
        int to = Math.min(H - 1, (int) StrictMath.ceil(maxY));
        double[] xs = new double[edges.size()];
        int[] dirs = new int[edges.size()];
        for (int row = from; row <= to; row++) {
            double yc = row + 0.5;
            int n = 0;
            for (double[] e : edges) {
                double y0 = e[1];
                double y1 = e[3];
                if (y0 <= yc && y1 > yc || y1 <= yc && y0 > yc) {
                    xs[n] = e[0] + (yc - y0) * (e[2] - e[0]) / (y1 - y0);
                    dirs[n] = y1 > y0 ? 1 : -1;
                    n++;
                }
            }
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Double.compare(xs[a], xs[b]));
            int winding = 0;
            for (int k = 0; k < n; k++) {
                int i = order[k];
                int before = winding;
                winding += dirs[i];
                if (before == 0 && winding != 0 && k + 1 < n) {
                    double start = xs[i];
                    int w = winding;
                    int m = k + 1;
                    for (; m < n; m++) {
                        w += dirs[order[m]];
                        if (w == 0) {
                            break;
                        }
                    }
                    double end = xs[order[Math.min(m, n - 1)]];
                    int a = Math.max(0, (int) StrictMath.ceil(start - 0.5));
                    int b = Math.min(W - 1, (int) StrictMath.floor(end - 0.5));
                    for (int x = a; x <= b; x++) {
                        black[row * W + x] = true;
                    }
                }
            }
        }
    }

    /** Rows of 1-bit pixels, most significant bit first, 1 = white (DeviceGray). */
    private byte[] packed() {
        int stride = (W + 7) / 8;
        byte[] out = new byte[stride * H];
        Arrays.fill(out, (byte) 0xff);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                if (black[y * W + x]) {
                    out[y * stride + x / 8] &= (byte) ~(0x80 >> (x % 8));
                }
            }
        }
        return out;
    }

    /** PDF RunLengthDecode (PackBits) encoding. */
    static byte[] runLength(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < data.length) {
            int run = 1;
            while (i + run < data.length && run < 128 && data[i + run] == data[i]) {
                run++;
            }
            if (run > 1) {
                out.write(257 - run);
                out.write(data[i]);
                i += run;
                continue;
            }
            int start = i;
            int len = 0;
            while (i < data.length && len < 128 && (i + 1 >= data.length || data[i + 1] != data[i])) {
                i++;
                len++;
            }
            if (len == 0) {
                len = 1;
                i++;
            }
            out.write(len - 1);
            out.write(data, start, len);
        }
        out.write(128);
        return out.toByteArray();
    }
}
