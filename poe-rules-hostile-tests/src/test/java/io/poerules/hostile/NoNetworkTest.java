package io.poerules.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.api.DocumentReport;
import io.poerules.api.Isolation;
import io.poerules.api.PoeValidator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionRemoteGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Documents that point at a server on this machine in every way their formats allow (external entities,
 * DTDs, XInclude, schema locations, images, style sheets, scripts, frames, linked pictures, external
 * relationships, external-body parts, URI and remote actions) are validated in this JVM and in a child
 * JVM; the server must never see a connection.
 */
class NoNetworkTest {

    private static ServerSocket server;
    private static final List<String> CONNECTIONS = new CopyOnWriteArrayList<>();
    private static Path dir;
    private static final List<Path> DOCUMENTS = new ArrayList<>();

    @BeforeAll
    static void listenAndWrite() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    CONNECTIONS.add(s.getRemoteSocketAddress().toString());
                } catch (IOException e) {
                    return;
                }
            }
        }, "no-network-server");
        accept.setDaemon(true);
        accept.start();
        dir = Corpus.work(NoNetworkTest.class);
        String url = "http://127.0.0.1:" + server.getLocalPort();
        write("entity.xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"" + url + "/entity\">]><x>&e;</x>");
        write("dtd.xml", "<?xml version=\"1.0\"?><!DOCTYPE x SYSTEM \"" + url + "/dtd\"><x>Statement of Work</x>");
        write("parameter-entity.xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY % p SYSTEM \"" + url
                + "/parameter\"> %p;]><x>Statement of Work</x>");
        write("xinclude.xml", "<?xml version=\"1.0\"?><x xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\""
                + url + "/xinclude\"/></x>");
        write("schema.xml", "<?xml version=\"1.0\"?><x xmlns=\"urn:x\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-"
                + "instance\" xsi:schemaLocation=\"urn:x " + url + "/schema.xsd\">Statement of Work</x>");
        write("entity.svg", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY e SYSTEM \"" + url + "/svg\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><text>&e;</text>"
                + "<image xlink:href=\"" + url + "/svg-image.png\"/></svg>");
        write("page.html", "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"" + url + "/xhtml.dtd\">"
                + "<html><head><base href=\"" + url + "/\"><meta http-equiv=\"refresh\" content=\"0; url=" + url
                + "/refresh\"><link rel=\"stylesheet\" href=\"" + url + "/style.css\"><script src=\"" + url
                + "/script.js\"></script></head><body background=\"" + url + "/background.png\"><h1>Statement of Work"
                + "</h1><img src=\"" + url + "/image.png\"><iframe src=\"" + url + "/frame.html\"></iframe><object data=\""
                + url + "/object.pdf\"></object><embed src=\"" + url + "/embed.swf\"></body></html>");
        write("page.xhtml", "<?xml version=\"1.0\"?><!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"" + url
                + "/xhtml.dtd\" [<!ENTITY e SYSTEM \"" + url + "/xhtml-entity\">]><html xmlns=\"http://www.w3.org/1999/"
                + "xhtml\"><body><p>&e;</p></body></html>");
        write("include-picture.rtf", "{\\rtf1\\ansi {\\field{\\*\\fldinst INCLUDEPICTURE \"" + url + "/rtf.png\" \\\\d}"
                + "{\\fldrslt}}Statement of Work\\par {\\field{\\*\\fldinst INCLUDETEXT \"" + url + "/rtf.txt\"}{\\fldrslt}}}");
        write("external-body.eml", "From: Raj <raj@contoso.example>\r\nTo: Sam <sam@fabrikam.example>\r\nSubject: SOW\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/html"
                + "\r\n\r\n<p>We approve.</p><img src=\"" + url + "/mail.png\">\r\n--b\r\nContent-Type: message/external-body;"
                + " access-type=URL; URL=\"" + url + "/external-body\"\r\n\r\nContent-Type: application/pdf\r\n\r\n--b--\r\n");
        DOCUMENTS.add(HostileFiles.replaceEntry(Corpus.samples().resolve("sow-m365-modern-workplace-signed.docx"),
                dir.resolve("entity.docx"), "word/document.xml", os -> os.write(("<?xml version=\"1.0\"?><!DOCTYPE w:document"
                        + " [<!ENTITY e SYSTEM \"" + url + "/docx-entity\">]><w:document xmlns:w=\"http://schemas.openxmlformats"
                        + ".org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&e;</w:t></w:r></w:p></w:body>"
                        + "</w:document>").getBytes(StandardCharsets.UTF_8))));
        DOCUMENTS.add(linkedDocx(dir.resolve("linked.docx"), url));
        DOCUMENTS.add(linkedXlsx(dir.resolve("linked.xlsx"), url));
        DOCUMENTS.add(linkedPdf(dir.resolve("linked.pdf"), url));
        DOCUMENTS.add(linkedOdt(dir.resolve("linked.odt"), url));
    }

    private static void write(String name, String content) throws IOException {
        DOCUMENTS.add(Files.writeString(dir.resolve(name), content));
    }

    private static Path linkedDocx(Path out, String url) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream os = Files.newOutputStream(out)) {
            doc.createParagraph().createRun().setText("Statement of Work, with a linked picture and template.");
            doc.getPackagePart().addExternalRelationship(url + "/linked-image.png",
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image");
            doc.getPackagePart().addExternalRelationship(url + "/template.dotx",
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate");
            doc.getPackagePart().addExternalRelationship(url + "/frame.html",
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/frame");
            doc.createParagraph().createHyperlinkRun(url + "/hyperlink").setText("the plan");
            doc.write(os);
        }
        return out;
    }

    private static Path linkedXlsx(Path out, String url) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(out)) {
            book.createSheet("PO").createRow(0).createCell(0).setCellValue("Purchase order");
            book.getPackagePart().addExternalRelationship(url + "/external-workbook.xlsx",
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath");
            book.write(os);
        }
        return out;
    }

    private static Path linkedPdf(Path out, String url) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(72, 700, 200, 20));
            PDActionURI uri = new PDActionURI();
            uri.setURI(url + "/pdf-uri");
            link.setAction(uri);
            PDAnnotationLink remote = new PDAnnotationLink();
            remote.setRectangle(new PDRectangle(72, 650, 200, 20));
            PDActionRemoteGoTo goTo = new PDActionRemoteGoTo();
            PDFileSpecification spec = new PDSimpleFileSpecification();
            ((PDSimpleFileSpecification) spec).setFile(url + "/remote.pdf");
            goTo.setFile(spec);
            remote.setAction(goTo);
            page.getAnnotations().add(link);
            page.getAnnotations().add(remote);
            doc.save(out.toFile());
        }
        return out;
    }

    private static Path linkedOdt(Path out, String url) throws IOException {
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(out))) {
            z.putNextEntry(new ZipEntry("mimetype"));
            z.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            z.write(("<?xml version=\"1.0\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:"
                    + "manifest:1.0\"><manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd."
                    + "oasis.opendocument.text\"/></manifest:manifest>").getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("content.xml"));
            Writer w = new OutputStreamWriter(z, StandardCharsets.UTF_8);
            w.write("<?xml version=\"1.0\"?><!DOCTYPE office:document-content [<!ENTITY e SYSTEM \"" + url + "/odt-entity\">]>"
                    + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                    + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:draw=\"urn:oasis:names:tc:"
                    + "opendocument:xmlns:drawing:1.0\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><office:body><office:"
                    + "text><text:p>Statement of Work &e;</text:p><draw:frame><draw:image xlink:href=\"" + url
                    + "/odt-image.png\"/></draw:frame></office:text></office:body></office:document-content>");
            w.flush();
            z.closeEntry();
        }
        return out;
    }

    @AfterAll
    static void close() throws IOException {
        server.close();
        Corpus.deleteTree(dir);
    }

    @Test
    void nothingConnectsWhileDocumentsAreReadInProcess() throws Exception {
        try (PoeValidator validator = PoeValidator.builder().referenceDate(Corpus.REFERENCE_DATE).build()) {
            List<DocumentReport> reports = validator.validateAll(DOCUMENTS).documents();
            assertThat(reports).hasSize(DOCUMENTS.size()).allSatisfy(Expect::wellFormed);
        }
        Thread.sleep(300);
        assertThat(CONNECTIONS).as("connections to the local server").isEmpty();
    }

    @Test
    void nothingConnectsWhileDocumentsAreReadInAChild() throws Exception {
        try (PoeValidator validator = PoeValidator.builder().referenceDate(Corpus.REFERENCE_DATE)
                .isolation(Isolation.forked().withWorkers(1).withMaxHeapMegabytes(128)).build()) {
            List<DocumentReport> reports = validator.validateAll(DOCUMENTS).documents();
            assertThat(reports).hasSize(DOCUMENTS.size()).allSatisfy(Expect::wellFormed);
        }
        Thread.sleep(300);
        assertThat(CONNECTIONS).as("connections to the local server").isEmpty();
    }

    @Test
    void theServerDoesCountConnections() throws IOException {
        int before = CONNECTIONS.size();
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            s.getOutputStream().write(1);
        }
        long until = System.currentTimeMillis() + 5_000;
        while (CONNECTIONS.size() == before && System.currentTimeMillis() < until) {
            Thread.onSpinWait();
        }
        assertThat(CONNECTIONS).hasSize(before + 1);
        CONNECTIONS.remove(CONNECTIONS.size() - 1);
    }
}
