package io.poerules.samples;

/**
 * Partner-customer emails: an approving reply to a completion summary, a customer returning the
 * countersigned SOW as a PDF attachment, and a reply that only acknowledges receipt.
 */
final class EmailSamples {

    private EmailSamples() {
    }

    static void addTo(Catalog c) {
        c.add("email-customer-approves-migration.eml", EmailSamples::approval);
        c.add("email-countersigned-sow-attached.eml", EmailSamples::countersignedSow);
        c.add("email-customer-received-only.eml", EmailSamples::receivedOnly);
    }

    /** The customer's reply approves the completion of the work summarised in the quoted partner email. */
    static byte[] approval() {
        String body = """
                Hi Raj,

                We approve the completion of the migration work described below and confirm that Fabrikam delivered the \
                services listed in your summary. The new environment has been running in production since 27 July without \
                issues, and the team is happy with the handover.

                Thanks to you and the team for a smooth project.

                Kind regards,
                Olivia Bennett
                Chief Information Officer
                Wide World Importers
                +44 20 7946 0123

                From: Raj Patel <raj.patel@fabrikamconsulting.com>
                Sent: Wednesday, August 12, 2026 4:35 PM
                To: Olivia Bennett <olivia.bennett@wideworldimporters.com>
                Cc: Mark Hughes <mark.hughes@wideworldimporters.com>
                Subject: Completion confirmation - Azure migration of the Wide World Importers ERP and file servers

                Dear Olivia,

                As agreed at Monday's steering meeting, please find below a summary of the work Fabrikam Consulting Ltd \
                delivered for Wide World Importers under SOW WWI-2026-03. I would be grateful if you could confirm by reply \
                that the project is complete.

                Business need
                Your Dynamics AX 2012 ERP, its SQL Server databases and the company file servers ran on ageing Hyper-V hosts \
                in the Southampton office. Two host failures in 2025 stopped order processing for a day each, and the \
                hardware was due for replacement this year.

                Work completed
                - Assessed the 23 on-premises servers with Azure Migrate and agreed the migration waves with your IT team.
                - Designed and built the Azure landing zone, site-to-site VPN and network security groups in UK South.
                - Migrated 23 Hyper-V virtual machines, including the Dynamics AX 2012 application and database servers, \
                to Azure Virtual Machines.
                - Moved 4.5 TB of file shares to Azure Files, with Azure File Sync caching in the Southampton office.
                - Configured Azure Backup for all virtual machines and file shares, and Azure Monitor alerts for your \
                operations team.
                - Ran two knowledge-transfer sessions for your IT team on 29 and 30 July.

                Architecture
                The migrated servers now run in Azure and replace the Hyper-V hosts, which were decommissioned on 7 August. \
                The Southampton office keeps a single Azure File Sync server for fast local access; everything else is \
                served from Azure over the VPN, and Azure Backup has replaced the on-premises tape rotation.

                Benefits
                - No single point of failure: the ERP runs on Azure Virtual Machines with a 99.9% SLA and daily backups.
                - The GBP 240,000 hardware refresh planned for 2026 is no longer needed.
                - Month-end processing finishes in 3 hours instead of 7, because the database server was sized for peak load.

                Deliverables handed over
                - Solution design document (v1.3)
                - Migration runbook and cut-over records
                - As-built documentation
                - Knowledge-transfer recordings

                Azure subscription ID: 7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2910

                Best regards,
                Raj Patel
                Project Manager
                Fabrikam Consulting Ltd
                """;
        return Eml.message()
                .header("From", "Olivia Bennett <olivia.bennett@wideworldimporters.com>")
                .header("To", "Raj Patel <raj.patel@fabrikamconsulting.com>")
                .header("Cc", "Mark Hughes <mark.hughes@wideworldimporters.com>, Fabrikam Projects <projects@fabrikamconsulting.com>")
                .header("Date", "Fri, 14 Aug 2026 09:12:44 +0100")
                .header("Subject", "RE: Completion confirmation - Azure migration of the Wide World Importers ERP and file servers")
                .header("Message-ID", "<DB9PR02MB7214A1C3E2@wideworldimporters.com>")
                .header("In-Reply-To", "<AM0PR07MB5521F0B9D4@fabrikamconsulting.com>")
                .header("References", "<AM0PR07MB5521F0B9D4@fabrikamconsulting.com>")
                .header("Thread-Topic", "Completion confirmation - Azure migration of the Wide World Importers ERP and file servers")
                .body(body)
                .build();
    }

    /** The customer sends back the countersigned SOW; the PDF is generated in memory and attached. */
    static byte[] countersignedSow() {
        String body = """
                Hi Ben,

                Please find attached the SOW for the Dynamics 365 Customer Service rollout, countersigned on our side today. \
                Our procurement team will issue the PO this week.

                Looking forward to the kick-off on the 29th.

                Best,
                Sofia Rossi
                Director, Patient Services
                Lamna Healthcare Company
                """;
        String attachment = "Lamna-AD-SOW-2026-07-countersigned.pdf";
        return Eml.message()
                .header("From", "Sofia Rossi <sofia.rossi@lamnahealthcare.com>")
                .header("To", "Ben Carter <ben.carter@adatumconsulting.com>")
                .header("Cc", "Procurement <procurement@lamnahealthcare.com>")
                .header("Date", "Tue, 16 Jun 2026 16:02:31 -0500")
                .header("Subject", "Countersigned SOW - Dynamics 365 Customer Service rollout (AD-LHC-2026-07)")
                .header("Message-ID", "<CH2PR11MB4410C7A1F3@lamnahealthcare.com>")
                .body(body)
                .attach(attachment, "application/pdf", PdfRenderer.render(OnlineServicesSows.dynamicsCustomerService(), attachment),
                        "----=_NextPart_000_01A4_01DCFD8E.5B2E3C10")
                .build();
    }

    /** The customer only acknowledges receipt of the completion summary: no approval. */
    static byte[] receivedOnly() {
        String body = """
                Hi Sam,

                Received, thanks - we'll review and come back to you next week.

                Regards,
                Chloe

                Chloe Dubois
                IT Programme Manager | Margie's Travel

                -----Original Message-----
                From: Sam Wilson <sam.wilson@fabrikamconsulting.com>
                Sent: Monday, October 19, 2026 5:10 PM
                To: Chloe Dubois <chloe.dubois@margiestravel.com>
                Subject: Booking engine migration to Azure - completion summary and request for sign-off

                Hi Chloe,

                The booking engine has now been live on Azure for two weeks, so I am writing to ask for your sign-off of \
                the migration that Fabrikam Consulting Ltd delivered for Margie's Travel under SOW MT-2026-02. A summary \
                follows.

                Business need
                The booking engine ran on twelve physical servers in a colocation facility whose contract ends in December \
                2026. Capacity was fixed, so every holiday-season sale slowed searches to 8 seconds or more and lost bookings.

                Work completed
                - Assessed the booking engine, its SQL Server databases and 14 partner integrations.
                - Designed the Azure environment and the cut-over plan with your architects.
                - Migrated the application servers to Azure Virtual Machine Scale Sets with autoscaling.
                - Migrated the booking and pricing databases to Azure SQL Database (Business Critical).
                - Configured Azure Front Door with a web application firewall in front of the booking site.
                - Set up Azure Monitor dashboards and alerts and trained your operations team.

                Architecture
                Azure replaces the colocation servers entirely: Azure Front Door routes traffic to scale sets in two \
                regions, the databases run in Azure SQL Database with geo-replication, and the partner integrations reach \
                Azure over the existing VPN. The colocation contract will not be renewed.

                Benefits
                - Search response under 1.5 seconds during the October sale, with twice the usual traffic.
                - Capacity grows automatically for peaks and shrinks overnight.
                - Exit from the colocation contract, saving about EUR 180,000 a year.

                Deliverables
                - Solution design document
                - Migration runbook
                - As-built documentation
                - Operations handover session (recorded)

                Could you reply to confirm that the work is complete and accepted?

                Thanks,
                Sam Wilson
                Engagement Manager, Fabrikam Consulting Ltd
                """;
        return Eml.message()
                .header("From", "Chloe Dubois <chloe.dubois@margiestravel.com>")
                .header("To", "Sam Wilson <sam.wilson@fabrikamconsulting.com>")
                .header("Cc", "Luis Fernandez <luis.fernandez@margiestravel.com>")
                .header("Date", "Tue, 20 Oct 2026 08:47:05 +0200")
                .header("Subject", "RE: Booking engine migration to Azure - completion summary and request for sign-off")
                .header("Message-ID", "<PA4PR09MB6630E2B17C@margiestravel.com>")
                .header("In-Reply-To", "<AM0PR07MB5521A8D6E0@fabrikamconsulting.com>")
                .header("References", "<AM0PR07MB5521A8D6E0@fabrikamconsulting.com>")
                .body(body)
                .build();
    }
}
