package io.poerules.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class SampleGenerator {

    record Sample(String fileName, Supplier<byte[]> content) {
    }

    static List<Sample> samples() {
        Doc d = Doc.builder("Test SOW", "Fabrikam", LocalDateTime.of(2026, 3, 1, 9, 0)).footer("Fabrikam Consulting Ltd - Confidential")
                .title("Statement of Work").subtitle("Azure migration | SOW-2026-014")
                .heading("1. Background and Business Need").para("Contoso needs stuff. ".repeat(20))
                .heading("2. Scope of Work").bullets("Assess the current on-premises environment and dependencies", "Design the Azure landing zone")
                .numbered("One thing", "Two thing")
                .lines("Customer: Contoso Pharmaceuticals Ltd", "Partner: Fabrikam Consulting Ltd")
                .table(Doc.widths(1, 3, 1), Doc.row("Phase", "Description", "Date"), List.of(Doc.row("1", "Discovery and assessment of all workloads in the Reading datacentre", "2026-03-12"), Doc.row("2", "Build", "March 12, 2026")))
                .signatures(Doc.sign("For and on behalf of Contoso Pharmaceuticals Ltd (Customer)", "Signature: /s/ Maria Garcia", "Name: Maria Garcia", "Title: CIO", "Date: 12 March 2026"),
                        Doc.sign("For and on behalf of Fabrikam Consulting Ltd (Partner)", "Signature: ______________", "Name: ______________", "Date: ______________"))
                .pageBreak().heading("Annex").para("Last page – “quoted” £5 • bullet").build();
        List<Sample> s = new ArrayList<>();
        s.add(new Sample("t.pdf", () -> PdfRenderer.render(d, "t")));
        s.add(new Sample("t-enc.pdf", () -> PdfRenderer.render(d, "t", "secret")));
        s.add(new Sample("t.docx", () -> DocxRenderer.render(d)));
        s.add(new Sample("t.html", () -> HtmlRenderer.render(d).getBytes(StandardCharsets.UTF_8)));
        s.add(new Sample("t.txt", () -> TextRenderer.render(d, 78).getBytes(StandardCharsets.UTF_8)));
        s.add(new Sample("t.eml", () -> Eml.message().header("From", "A <a@contoso.com>").header("Subject", "Hi").body(TextRenderer.render(d, 76)).attach("t.pdf", "application/pdf", PdfRenderer.render(d, "t"), "----=_NextPart_000_0001").build()));
        s.add(new Sample("t-scan.pdf", () -> ScanRenderer.render(d, "scan", List.of(List.of(new ScanRenderer.Line(64, 80, 18, true, "STATEMENT OF WORK"), new ScanRenderer.Line(64, 110, 10, false, "This Statement of Work is entered into between Contoso Ltd and Fabrikam."))), List.of(List.of(new ScanRenderer.Scribble(80, 300, 120))))));
        s.add(new Sample("t.xlsx", () -> { try (Xlsx x = new Xlsx()) { return x.sheet("Purchase Order", 6, 50, 10, 12).row(Xlsx.Style.TITLE, "PURCHASE ORDER").row(Xlsx.Style.HEADER, "Line", "Description", "Qty", "Amount").row(Xlsx.Style.CELL, 1, "Intune onboarding: configure compliance policies", 1, 12500.0).wide(Xlsx.Style.NOTE, "Approved by: Grace Liu, Procurement Director", 1).write("PO", "Tailspin", LocalDateTime.of(2026, 4, 7, 10, 0)); } catch (java.io.IOException e) { throw new java.io.UncheckedIOException(e); } }));
        return s;
    }

    public static List<Path> generate(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (Sample s : samples()) {
            Path p = dir.resolve(s.fileName());
            Files.write(p, s.content().get());
            out.add(p);
        }
        return out;
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "documents");
        for (Path p : generate(dir)) {
            System.out.println(p + " " + Files.size(p));
        }
    }
}
