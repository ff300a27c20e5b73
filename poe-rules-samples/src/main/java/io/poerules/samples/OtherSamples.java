package io.poerules.samples;

import static io.poerules.samples.Doc.sign;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Files that are not readable POE: a scanned SOW without a text layer, documents of a kind that is
 * no proof of execution (a meeting agenda, a newsletter), and a password-protected SOW.
 */
final class OtherSamples {

    private OtherSamples() {
    }

    static void addTo(Catalog c) {
        c.add("scan-signed-sow-image-only.pdf", OtherSamples::scannedSow);
        c.docx("agenda-steering-committee-meeting.docx", agenda());
        c.html("newsletter-customer-spotlight.html", newsletter());
        c.add("sow-password-protected.pdf", () -> PdfRenderer.render(passwordProtectedSow(), "sow-password-protected.pdf",
                "TailwindSOW-2026"));
    }

    /** Lays out the lines of a scanned page from the top, in points. */
    private static final class ScanPage {
        private final List<ScanRenderer.Line> lines = new ArrayList<>();
        private final List<ScanRenderer.Scribble> scribbles = new ArrayList<>();
        private float y = 86;

        ScanPage line(float size, boolean bold, String text) {
            y += size * 1.45f;
            lines.add(new ScanRenderer.Line(72, y, size, bold, text));
            return this;
        }

        ScanPage text(String... texts) {
            for (String t : texts) {
                line(10.5f, false, t);
            }
            return this;
        }

        ScanPage heading(String text) {
            gap(8);
            return line(12, true, text);
        }

        ScanPage signature() {
            gap(14);
            line(10.5f, false, "Signature:");
            scribbles.add(new ScanRenderer.Scribble(140, y - 2, 120));
            return gap(4);
        }

        ScanPage gap(float points) {
            y += points;
            return this;
        }
    }

    /** A signed SOW that was printed, signed by hand and scanned: no text layer. EXTRACTABLE_TEXT fails. */
    static byte[] scannedSow() {
        ScanPage p1 = new ScanPage()
                .line(18, true, "STATEMENT OF WORK")
                .line(12, false, "Azure Backup and Azure Site Recovery for Fourth Coffee")
                .line(10, false, "SOW FC-2026-03  |  14 April 2026")
                .gap(10)
                .text("This Statement of Work is entered into between Fourth Coffee Ltd (\"Customer\") and",
                        "Fabrikam Consulting Ltd (\"Partner\").")
                .heading("Background and Business Need")
                .text("Fourth Coffee's roastery and 60 cafes depend on an order and stock system that runs on two",
                        "servers in the Portland roastery. There is no off-site copy of the data, and a server failure",
                        "in January 2026 stopped deliveries to the cafes for a day.")
                .heading("Scope of Work")
                .text("- Assess the two servers, their databases and the recovery requirements.",
                        "- Configure Azure Backup for the servers and SQL Server databases with 30-day retention.",
                        "- Configure Azure Site Recovery replication of both servers to the West US 2 region.",
                        "- Run a failover test with the Customer's IT team and document the results.")
                .heading("Deliverables")
                .text("Solution design document; recovery runbook; failover test report.")
                .heading("Solution Architecture")
                .text("Azure extends the existing on-premises servers with an off-site recovery site: Azure Site",
                        "Recovery replicates both servers to West US 2, and Azure Backup replaces the USB disk backups.")
                .heading("Benefits")
                .text("Orders and stock can be recovered within 4 hours instead of being rebuilt by hand; backups",
                        "are kept off site for 30 days; no second server room is needed.");
        ScanPage p2 = new ScanPage()
                .heading("Customer Acceptance")
                .gap(6)
                .line(10.5f, true, "For and on behalf of Fourth Coffee Ltd (Customer)")
                .signature()
                .text("Name: Jun Wang", "Title: IT Manager", "Date: 14 April 2026")
                .gap(24)
                .line(10.5f, true, "For and on behalf of Fabrikam Consulting Ltd (Partner)")
                .signature()
                .text("Name: Elena Petrova", "Title: Delivery Manager", "Date: 10 April 2026");
        Doc meta = Doc.builder("Scanned document", "Fourth Coffee Ltd", LocalDateTime.of(2026, 4, 15, 8, 31)).build();
        return ScanRenderer.render(meta, "scan-signed-sow-image-only.pdf", List.of(p1.lines, p2.lines),
                List.of(p1.scribbles, p2.scribbles));
    }

    /** A steering committee agenda: about the project, but no kind of POE. DOCUMENT_TYPE fails. */
    static Doc agenda() {
        return Doc.builder("Steering Committee Meeting 4 - Agenda", "Raj Patel", LocalDateTime.of(2026, 5, 12, 16, 45))
                .title("Project Steering Committee \u2013 Agenda")
                .subtitle("Contoso Pharmaceuticals datacentre exit \u00b7 Meeting 4")
                .lines("Date: Thursday 14 May 2026, 10:00\u201311:30",
                        "Location: Board Room 2, Reading, and online",
                        "Chair: Maria Garcia (Contoso Pharmaceuticals)",
                        "Attendees: Maria Garcia, Peter Novak, Sarah Kim (Contoso Pharmaceuticals); James Whitfield, "
                                + "Raj Patel (Fabrikam Consulting)",
                        "Apologies: Tom Fischer")
                .heading("Agenda")
                .numbered("Welcome and actions from meeting 3 (10 min) \u2013 Maria Garcia",
                        "Migration status: wave 1 results on Azure Virtual Machines and wave 2 readiness (20 min) \u2013 Raj Patel",
                        "Azure SQL Managed Instance cut-over approach for the LIMS database (15 min) \u2013 Peter Novak",
                        "Azure cost report for April and reserved instance proposal (15 min) \u2013 Sarah Kim",
                        "Risks and issues: GxP revalidation schedule, ExpressRoute circuit lead time (15 min)",
                        "Change requests CR-07 and CR-08 for decision (10 min)",
                        "Any other business and date of the next meeting (5 min)")
                .heading("Papers")
                .bullets("Wave 1 migration report (circulated 12 May)", "RAID log v9", "Change requests CR-07 and CR-08")
                .para("Next meeting: Thursday 11 June 2026, same time.")
                .build();
    }

    /** A partner's marketing newsletter with a customer story: no kind of POE. DOCUMENT_TYPE fails. */
    static Doc newsletter() {
        return Doc.builder("Fabrikam Insider - Autumn 2026", "Fabrikam Consulting Ltd Marketing",
                        LocalDateTime.of(2026, 10, 1, 7, 0))
                .footer("You receive Fabrikam Insider because you subscribed at fabrikamconsulting.com. Unsubscribe any time.")
                .title("Fabrikam Insider \u2013 Autumn 2026")
                .subtitle("News and customer stories from Fabrikam Consulting")
                .heading("Customer spotlight: Coho Winery takes its online shop to Azure")
                .para("When Coho Winery's web shop slowed to a crawl during last year's Christmas rush, the family-owned "
                        + "winery decided it was time to move. Over eight weeks this summer our team moved the shop to Azure "
                        + "App Service and its order database to Azure SQL Database, and set up Azure Front Door to keep pages "
                        + "fast for customers across Europe.",
                        "\"The autumn release sold out in two days and the site never blinked,\" says Isabel Moreau, Coho "
                        + "Winery's head of e-commerce. \"We should have done this years ago.\"")
                .heading("Webinar: keeping Azure costs under control")
                .para("Join our FinOps lead on 12 November 2026 at 14:00 for a practical hour on budgets, reservations and "
                        + "right-sizing in Azure Cost Management. Registration is free.")
                .heading("We're growing")
                .para("Fabrikam has opened a new office in Manchester and welcomed 14 new consultants this quarter, including "
                        + "our first apprentices in cloud engineering.")
                .heading("Meet the team")
                .para("Elena Petrova leads our delivery team for infrastructure projects. In her spare time she coaches a "
                        + "youth football team and is learning to make cheese.")
                .build();
    }

    /** A complete SOW, encrypted with a user password the validator does not have: ERROR. */
    static Doc passwordProtectedSow() {
        return Doc.builder("Statement of Work - Tailwind Traders Azure Kubernetes Service", "Fabrikam Consulting Ltd",
                        LocalDateTime.of(2026, 8, 21, 13, 0))
                .footer("Fabrikam Consulting Ltd \u2013 SOW TWT-2026-09 \u2013 protected copy")
                .title("Statement of Work")
                .subtitle("Container Platform on Azure Kubernetes Service | Tailwind Traders | SOW TWT-2026-09")
                .para("This Statement of Work is entered into between Tailwind Traders (\"Customer\") and Fabrikam Consulting "
                        + "Ltd (\"Partner\").")
                .heading("Business Need")
                .para("Tailwind Traders' e-commerce services run on 20 on-premises virtual machines that are scaled by hand "
                        + "before every promotion.")
                .heading("Scope of Work")
                .bullets("Assess the 11 services and their dependencies.",
                        "Deploy Azure Kubernetes Service clusters for staging and production.",
                        "Migrate the 11 services to AKS with Helm charts and GitHub Actions pipelines.",
                        "Train the platform team.")
                .heading("Deliverables")
                .bullets("Platform design document", "Helm charts and pipelines", "Operations runbook")
                .heading("Solution Architecture")
                .para("Azure Kubernetes Service replaces the on-premises virtual machines; Azure Container Registry stores "
                        + "images and Azure Monitor collects logs and metrics.")
                .heading("Benefits")
                .bullets("Services scale automatically during promotions.", "Releases take minutes instead of a weekend.")
                .heading("Signatures")
                .signatures(
                        sign("For and on behalf of Tailwind Traders (Customer)",
                                "Signature: /s/ Nora Jensen", "Name: Nora Jensen", "Title: CTO", "Date: 21 August 2026"),
                        sign("For and on behalf of Fabrikam Consulting Ltd (Partner)",
                                "Signature: /s/ Raj Patel", "Name: Raj Patel", "Title: Project Manager", "Date: 20 August 2026"))
                .build();
    }
}
