package io.poerules.samples;

import static io.poerules.samples.Doc.row;
import static io.poerules.samples.Doc.sign;
import static io.poerules.samples.Doc.widths;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents of the engagement bundles in {@code poe-rules-samples/engagements}: each bundle is the
 * set of documents a partner submits for one claim. Some prove the claim only together (a statement of
 * work without the customer's signature and the customer's approving email), some fail for one reason
 * a reviewer gives for the engagement as a whole. Each bundle's {@code claim.json} and
 * {@code expected.json} are written by hand beside the documents.
 */
final class EngagementSamples {

    private EngagementSamples() {
    }

    /** The bundles by folder name, each with its documents. */
    static Map<String, Catalog> bundles() {
        Map<String, Catalog> bundles = new LinkedHashMap<>();
        bundles.put("sow-unsigned-plus-approval-email", new Catalog()
                .pdf("sow-coho-winery-platform-unsigned.pdf", cohoSowUnsigned())
                .add("email-coho-approves-completion.eml", EngagementSamples::cohoApproval));
        bundles.put("po-plus-quote-with-plan", new Catalog()
                .pdf("po-fourth-coffee-endpoint-rollout.pdf", fourthCoffeePurchaseOrder())
                .docx("quote-fourth-coffee-endpoint-rollout-with-plan.docx", fourthCoffeeQuote()));
        bundles.put("stale-acknowledgement", new Catalog()
                .docx("sow-tailwind-backup-dr-signed-2025.docx", tailwindSowSignedOctober2025())
                .add("email-tailwind-approves-2025.eml", EngagementSamples::tailwindApproval2025));
        bundles.put("wrong-customer-document", new Catalog()
                .txt("sow-woodgrove-virtual-desktop-signed.txt", woodgroveSow())
                .html("change-request-2-lucerne-publishing.html", lucerneChangeRequest()));
        bundles.put("missing-claimed-workload", new Catalog()
                .docx("sow-margies-travel-m365-signed.docx", margiesTravelSow())
                .add("email-margies-travel-signoff.eml", EngagementSamples::margiesTravelSignoff));
        bundles.put("usage-advisory-sow-plus-managed-service", new Catalog()
                .pdf("sow-relecloud-m365-advisory-signed.pdf", relecloudAdvisorySow())
                .pdf("managed-service-agreement-relecloud-m365.pdf", relecloudManagedService()));
        bundles.put("no-acknowledgement-partner-signed-only", new Catalog()
                .pdf("sow-proseware-aks-partner-signed.pdf", prosewareSowPartnerSignedOnly())
                .add("email-proseware-completion-no-reply.eml", EngagementSamples::prosewareCompletion));
        bundles.put("no-acknowledgement-receipt-only", new Catalog()
                .docx("sow-wingtip-intune-unsigned.docx", wingtipSowUnsigned())
                .add("email-wingtip-received-only.eml", EngagementSamples::wingtipReceivedOnly));
        bundles.put("msa-without-amendment", new Catalog()
                .pdf("msa-graphic-design-institute.pdf", CommercialSamples.msaAlone()));
        bundles.put("msa-plus-sow", new Catalog()
                .pdf("msa-graphic-design-institute.pdf", CommercialSamples.msaAlone())
                .docx("sow-1-graphic-design-institute-teams-signed.docx", graphicDesignInstituteSow()));
        return bundles;
    }

    // ---- sow-unsigned-plus-approval-email: only together -------------------------------------------

    /** A complete Azure SOW; the partner signed it, the customer's block is blank. */
    static Doc cohoSowUnsigned() {
        return Doc.builder("Statement of Work - Winery Operations Platform on Azure", "Fabrikam Consulting Ltd",
                        LocalDateTime.of(2026, 5, 4, 14, 0))
                .footer("Fabrikam Consulting Ltd \u2013 SOW FAB-COHO-2026-02 v1.0")
                .title("Statement of Work")
                .subtitle("Winery Operations Platform on Azure")
                .subtitle("SOW reference FAB-COHO-2026-02 | Version 1.0 | 4 May 2026")
                .para("This Statement of Work is entered into between Coho Winery (\"Customer\") and Fabrikam Consulting "
                        + "Ltd (\"Partner\"). It describes the services the Partner will deliver to move the Customer's "
                        + "operations applications to Microsoft Azure.")
                .lines("Customer domain: cohowinery.com",
                        "Azure subscription ID: 3f9a1c7e-52b8-4d06-9e1f-8a7b6c5d4e31",
                        "Start date: 11 May 2026",
                        "Planned completion: 11 September 2026")
                .heading("1. Business Need")
                .para("Coho Winery runs its harvest planning, cellar management and order applications on four ageing "
                        + "Windows servers in the Napa office. The servers and the SQL Server 2012 database they share are "
                        + "out of support, and during the 2025 harvest an outage stopped grape intake for a full day.",
                        "The Customer needs its operations applications on a supported platform that stays up through the "
                        + "harvest peak, before the 2026 harvest begins in September.")
                .heading("2. Scope of Work")
                .para("The Partner will carry out the following activities:")
                .bullets("Assess the four servers, the SQL Server 2012 database and the applications' dependencies with Azure Migrate.",
                        "Design the Azure landing zone, networking and identity for the operations applications.",
                        "Migrate the harvest planning and order databases to Azure SQL Managed Instance.",
                        "Move the three web applications to Azure App Service with deployment slots.",
                        "Configure Azure Backup and Azure Monitor alerts for the migrated workloads.",
                        "Train the Customer's two IT staff to operate the new environment.")
                .heading("3. Deliverables")
                .table(widths(2.4, 4), row("Deliverable", "Description"), List.of(
                        row("Assessment report", "Inventory, dependencies, sizing and cost estimate"),
                        row("Solution design document", "Landing zone, network, identity and backup design"),
                        row("Migration runbook", "Cut-over and rollback steps for each application"),
                        row("As-built documentation", "Configuration of the deployed Azure environment")))
                .heading("4. Solution Architecture")
                .para("The Azure platform replaces the four on-premises servers in the Napa office. The databases move to "
                        + "Azure SQL Managed Instance and the web applications to Azure App Service in the West US 2 region; "
                        + "the office connects over a site-to-site VPN, and the on-premises servers are decommissioned after "
                        + "cut-over.")
                .heading("5. Benefits")
                .bullets("No single point of failure during the harvest: the applications run with a 99.95% SLA.",
                        "The planned server refresh of about USD 90,000 is no longer needed.",
                        "Cellar and order data are backed up daily to geo-redundant storage.")
                .heading("6. Fees")
                .para("Fixed fee of USD 64,500, invoiced at the milestones agreed in the project plan.")
                .heading("7. Signatures")
                .signatures(
                        sign("For and on behalf of Coho Winery (Customer)",
                                "Signature: ______________________", "Name: ______________________",
                                "Title: ______________________", "Date: ______________________"),
                        sign("For and on behalf of Fabrikam Consulting Ltd (Partner)",
                                "Signature: /s/ James Whitfield", "Name: James Whitfield", "Title: Director, Cloud Services",
                                "Date: 4 May 2026"))
                .build();
    }

    /** The customer approves the completed work by email; the quoted partner message is short. */
    static byte[] cohoApproval() {
        String body = """
                Hi James,

                We approve the completed work under SOW FAB-COHO-2026-02 and confirm that Fabrikam delivered the \
                services it describes. The harvest applications have run on Azure since the cut-over without an outage.

                Thank you to the whole team.

                Best regards,
                Elena Ruiz
                Operations Director
                Coho Winery

                From: James Whitfield <james.whitfield@fabrikamconsulting.com>
                Sent: Friday, September 11, 2026 3:20 PM
                To: Elena Ruiz <elena.ruiz@cohowinery.com>
                Subject: FAB-COHO-2026-02 complete - request for sign-off

                Dear Elena,

                The cut-over to Azure took place on 9 September and the handover session was held yesterday, so the \
                work in SOW FAB-COHO-2026-02 is now complete. Please reply to confirm you accept it.

                Kind regards,
                James Whitfield
                Director, Cloud Services, Fabrikam Consulting Ltd
                """;
        return Eml.message()
                .header("From", "Elena Ruiz <elena.ruiz@cohowinery.com>")
                .header("To", "James Whitfield <james.whitfield@fabrikamconsulting.com>")
                .header("Date", "Mon, 14 Sep 2026 08:45:10 -0700")
                .header("Subject", "RE: FAB-COHO-2026-02 complete - request for sign-off")
                .header("Message-ID", "<BY5PR04MB6932C1@cohowinery.com>")
                .header("In-Reply-To", "<DM6PR11MB4410A2@fabrikamconsulting.com>")
                .body(body)
                .build();
    }

    // ---- po-plus-quote-with-plan --------------------------------------------------------------------

    /** The customer's purchase order: approved, but its lines only refer to the quotation. */
    static Doc fourthCoffeePurchaseOrder() {
        return Doc.builder("Purchase Order FC-PO-2026-117", "Fourth Coffee",
                        LocalDateTime.of(2026, 3, 3, 9, 30))
                .footer("Fourth Coffee \u2013 Procurement \u2013 FC-PO-2026-117")
                .title("Purchase Order")
                .lines("PO Number: FC-PO-2026-117",
                        "PO Date: 3 March 2026",
                        "Customer: Fourth Coffee",
                        "Vendor: Fabrikam Consulting Ltd",
                        "Vendor quotation: FAB-Q-2026-0342",
                        "Customer domain: fourthcoffee.com")
                .table(widths(0.5, 4.2, 1, 1.3), row("Line", "Description", "Qty", "Amount (USD)"), List.of(
                        row("1", "Endpoint management rollout, fixed fee, as per quotation FAB-Q-2026-0342", "1", "38,600.00"),
                        row("2", "Hypercare, four weeks, as per quotation FAB-Q-2026-0342", "1", "6,400.00")))
                .lines("Total: USD 45,000.00",
                        "Payment terms: 30 days from invoice")
                .heading("Approval")
                .signatures(
                        sign("Approved for Fourth Coffee (Customer)",
                                "Signature: /s/ Daniel Brooks", "Name: Daniel Brooks", "Title: Head of IT",
                                "Date: 3 March 2026"))
                .build();
    }

    /** The quotation the purchase order refers to: the services, the plan and the partner's role. */
    static Doc fourthCoffeeQuote() {
        return Doc.builder("Quotation FAB-Q-2026-0342 - Endpoint Management Rollout", "Fabrikam Consulting Ltd",
                        LocalDateTime.of(2026, 2, 20, 11, 0))
                .footer("Fabrikam Consulting Ltd \u2013 Quotation FAB-Q-2026-0342")
                .title("Quotation")
                .subtitle("Endpoint Management Rollout for Fourth Coffee")
                .lines("Quote Number: FAB-Q-2026-0342",
                        "Date: 20 February 2026",
                        "Valid until: 31 March 2026",
                        "Prepared for: Fourth Coffee",
                        "Prepared by: Fabrikam Consulting Ltd",
                        "Microsoft 365 tenant ID: 2d7c4e91-0b3a-4f65-a8d2-7e1f9c3b5a60",
                        "Licensing: Microsoft 365 E5 under the Customer's Enterprise Agreement (EA)")
                .heading("Services")
                .bullets("Design Microsoft Intune compliance policies, configuration profiles and Windows Autopilot "
                                + "deployment for the Customer's 620 store and office laptops.",
                        "Deploy Microsoft Defender for Endpoint to every laptop and the 140 store tablets through Intune.",
                        "Enrol the laptops and tablets of the 38 stores in three waves with the Customer's IT team.",
                        "Train the Fourth Coffee service desk on device management and Defender alerts.",
                        "Provide four weeks of hypercare support after the last wave.")
                .heading("Our Role")
                .para("Fabrikam acts as the Customer's advisor throughout the deployment: we recommend the policy baseline, "
                        + "review each wave with the IT team before it starts, and advise on the alerts Defender raises.")
                .heading("Deliverables")
                .bullets("Intune and Defender design document", "Wave plan and enrolment runbook",
                        "Service desk training materials", "Hypercare closure report")
                .heading("Implementation Plan")
                .table(widths(1.2, 3.5, 1.5), row("Phase", "Activities", "Timing"), List.of(
                        row("Phase 1", "Design, pilot with 20 laptops at head office", "Weeks 1-3"),
                        row("Phase 2", "Waves 1 to 3: 38 stores", "Weeks 4-9"),
                        row("Phase 3", "Hypercare and handover", "Weeks 10-13")))
                .heading("Pricing")
                .table(widths(4, 1.5), row("Item", "Price (USD)"), List.of(
                        row("Endpoint management rollout (fixed fee)", "38,600.00"),
                        row("Hypercare, four weeks", "6,400.00"),
                        row("Total", "45,000.00")))
                .heading("Acceptance")
                .para("To accept this quotation, please issue a purchase order that refers to quote number FAB-Q-2026-0342.")
                .build();
    }

    // ---- stale-acknowledgement -----------------------------------------------------------------------

    /** A complete Azure SOW, signed by the customer 13 months before the claim. */
    static Doc tailwindSowSignedOctober2025() {
        return Doc.builder("Statement of Work - Backup and Disaster Recovery on Azure", "Fabrikam Consulting Ltd",
                        LocalDateTime.of(2025, 10, 28, 10, 0))
                .footer("Fabrikam Consulting Ltd \u2013 SOW FAB-TWT-2025-09")
                .title("Statement of Work")
                .subtitle("Backup and Disaster Recovery on Azure | SOW FAB-TWT-2025-09 | 20 October 2025")
                .para("This Statement of Work is entered into between Tailwind Traders (\"Customer\") and Fabrikam "
                        + "Consulting Ltd (\"Partner\").")
                .lines("Customer domain: tailwindtraders.com")
                .heading("1. Business Need")
                .para("Tailwind Traders backs up its 60 on-premises servers to tape, and a restore test in August 2025 took "
                        + "four days. The Customer's insurer now asks for a disaster recovery plan that restores the order "
                        + "systems within eight hours.")
                .heading("2. Scope of Work")
                .bullets("Assess the 60 servers and agree recovery objectives for each application.",
                        "Configure Azure Backup for all servers and the file shares, replacing the tape backup.",
                        "Configure Azure Site Recovery for the 14 order-processing servers to the Azure West US region.",
                        "Run a full disaster recovery test and document the results.")
                .heading("3. Deliverables")
                .bullets("Recovery design document", "Disaster recovery runbook", "Test report")
                .heading("4. Solution Architecture")
                .para("Azure extends the Customer's on-premises datacenter: Azure Backup replaces the tape library, and Azure "
                        + "Site Recovery replicates the order-processing servers to Azure, where they start in a recovery "
                        + "network when the datacenter fails.")
                .heading("5. Benefits")
                .bullets("Order systems restored within four hours instead of four days.",
                        "No more tape handling or off-site tape storage costs.")
                .heading("6. Signatures")
                .signatures(
                        sign("For and on behalf of Tailwind Traders (Customer)",
                                "Signature: /s/ Grace Kim", "Name: Grace Kim", "Title: IT Director",
                                "Date: 28 October 2025"),
                        sign("For and on behalf of Fabrikam Consulting Ltd (Partner)",
                                "Signature: /s/ Oliver Grant", "Name: Oliver Grant", "Title: Account Director",
                                "Date: 27 October 2025"))
                .build();
    }

    /** The customer's approval of the same work, two days after the signature: stale as well. */
    static byte[] tailwindApproval2025() {
        String body = """
                Hi Oliver,

                We approve the disaster recovery work and confirm the test results. Thanks for the quick turnaround.

                Grace Kim
                IT Director, Tailwind Traders

                -----Original Message-----
                From: Oliver Grant <oliver.grant@fabrikamconsulting.com>
                Sent: Thursday, October 29, 2025 6:02 PM
                To: Grace Kim <grace.kim@tailwindtraders.com>
                Subject: FAB-TWT-2025-09 - disaster recovery test passed

                Hi Grace,

                The disaster recovery test passed this afternoon: the order systems were running in Azure after three \
                hours and forty minutes. Please confirm you accept the work.

                Oliver
                """;
        return Eml.message()
                .header("From", "Grace Kim <grace.kim@tailwindtraders.com>")
                .header("To", "Oliver Grant <oliver.grant@fabrikamconsulting.com>")
                .header("Date", "Fri, 30 Oct 2025 09:15:00 -0700")
                .header("Subject", "RE: FAB-TWT-2025-09 - disaster recovery test passed")
                .header("Message-ID", "<SN6PR08MB4781D2@tailwindtraders.com>")
                .body(body)
                .build();
    }

    // ---- wrong-customer-document ---------------------------------------------------------------------

    /** A complete, signed Azure SOW for the claim's customer, typed as plain text. */
    static Doc woodgroveSow() {
        return Doc.builder("Statement of Work - Azure Virtual Desktop for Branch Staff", "Fabrikam Consulting Ltd",
                        LocalDateTime.of(2026, 6, 1, 9, 0))
                .title("STATEMENT OF WORK")
                .subtitle("Azure Virtual Desktop for Branch Staff - SOW FAB-WGB-2026-04")
                .lines("Customer: Woodgrove Bank",
                        "Partner: Fabrikam Consulting Ltd",
                        "Customer domain: woodgrovebank.com",
                        "Date: 1 June 2026")
                .heading("1. Business Need")
                .para("Woodgrove Bank's 900 branch staff use desktops served by a Citrix farm on ten servers that reach end "
                        + "of support in December 2026. Log-on takes up to four minutes at the start of each day, and the "
                        + "Bank must renew the Citrix licences or move before the end of the year.")
                .heading("2. Scope of Work")
                .bullets("Assess the Citrix farm, the 900 user profiles and the 45 branch applications.",
                        "Design Azure Virtual Desktop host pools, FSLogix profiles on Azure Files and the network connection "
                                + "to the branches.",
                        "Build the host pools and migrate the branch applications and user profiles.",
                        "Migrate the branches in five waves and decommission the Citrix servers.",
                        "Train the Bank's desktop support team.")
                .heading("3. Deliverables")
                .bullets("Design document", "Migration runbook", "As-built documentation", "Support team training")
                .heading("4. Solution Architecture")
                .para("Azure Virtual Desktop replaces the on-premises Citrix farm. Host pools run in the Bank's Azure "
                        + "subscription in the East US 2 region, profiles are stored on Azure Files, and branches connect "
                        + "over the existing ExpressRoute circuit.")
                .heading("5. Benefits")
                .bullets("Log-on in under 40 seconds.", "No Citrix licence renewal, saving about USD 210,000 a year.",
                        "Desktops scale down at night and at weekends.")
                .heading("6. Acceptance")
                .signatures(
                        sign("For and on behalf of Woodgrove Bank (Customer)",
                                "Signature: /s/ Priya Raman", "Name: Priya Raman", "Title: Head of Branch Technology",
                                "Date: 15 October 2026"),
                        sign("For and on behalf of Fabrikam Consulting Ltd (Partner)",
                                "Signature: /s/ James Whitfield", "Name: James Whitfield", "Title: Director, Cloud Services",
                                "Date: 14 October 2026"))
                .build();
    }

    /** A change request filed in the wrong bundle: it is for another customer. */
    static Doc lucerneChangeRequest() {
        return Doc.builder("Change Request No. 2 - Lucerne Publishing", "Fabrikam Consulting Ltd",
                        LocalDateTime.of(2026, 7, 14, 16, 0))
                .title("Change Request No. 2")
                .subtitle("Change to SOW FAB-LUC-2026-01 (Azure Virtual Desktop for Editorial Staff)")
                .lines("Customer: Lucerne Publishing",
                        "Partner: Fabrikam Consulting Ltd",
                        "Date: 14 July 2026")
                .heading("Description of the Change")
                .para("Lucerne Publishing asks the Partner to add the 80 freelance editors to the Azure Virtual Desktop "
                        + "host pools built under the SOW, with a separate host pool and conditional access for them.")
                .heading("Additional Activities")
                .bullets("Design a separate host pool for freelance editors.",
                        "Configure conditional access for freelance accounts.",
                        "Onboard the 80 freelance editors and update the support runbook.")
                .heading("Approval")
                .signatures(
                        sign("For and on behalf of Lucerne Publishing (Customer)",
                                "Signature: /s/ Tom Becker", "Name: Tom Becker", "Title: IT Manager",
                                "Date: 16 July 2026"),
                        sign("For and on behalf of Fabrikam Consulting Ltd (Partner)",
                                "Signature: /s/ James Whitfield", "Name: James Whitfield", "Title: Director, Cloud Services",
                                "Date: 14 July 2026"))
                .build();
    }

    // ---- missing-claimed-workload ----------------------------------------------------------------------

    /** A signed Microsoft 365 SOW for Exchange Online and Teams, with the partner's advisory role. */
    static Doc margiesTravelSow() {
        return Doc.builder("Statement of Work - Microsoft 365 Collaboration", "Fabrikam Consulting Ltd",
                        LocalDateTime.of(2026, 4, 6, 10, 0))
                .footer("Fabrikam Consulting Ltd \u2013 SOW FAB-MT-2026-05")
                .title("Statement of Work")
                .subtitle("Microsoft 365 Collaboration for Margie's Travel | SOW FAB-MT-2026-05 | 6 April 2026")
                .para("This Statement of Work is entered into between Margie's Travel (\"Customer\") and Fabrikam "
                        + "Consulting Ltd (\"Partner\").")
                .lines("Customer domain: margiestravel.com",
                        "Agreement: Microsoft Enterprise Agreement (EA)")
                .heading("Engagement Overview")
                .para("Margie's Travel is moving its 420 agents from on-premises Exchange 2016 and a hosted chat tool to "
                        + "Microsoft 365 E3. This SOW covers the Partner's part in deploying the workloads and helping the "
                        + "agents adopt them.")
                .heading("Services")
                .numbered("Run a deployment planning workshop and agree the rollout plan for Exchange Online and Microsoft Teams.",
                        "Migrate 420 mailboxes from Exchange 2016 to Exchange Online in three batches.",
                        "Configure Microsoft Teams policies, teams for each branch and the customer-service call queues.",
                        "Train 25 champions and deliver eight end-user sessions on Microsoft Teams.",
                        "Provide 60 days of post-go-live support through the Fabrikam service desk.")
                .heading("Our Role")
                .para("Fabrikam acts as the Customer's advisor throughout the deployment, leads the adoption workshops and "
                        + "reviews the Customer's configuration decisions at the weekly steering meeting.")
                .heading("Deliverables")
                .bullets("Deployment plan", "Mailbox migration runbook", "Teams governance guide", "Adoption report")
                .heading("Customer Acceptance")
                .signatures(
                        sign("Margie's Travel (Customer)",
                                "Signature: /s/ Chloe Dubois", "Name: Chloe Dubois", "Title: IT Programme Manager",
                                "Date: 8 April 2026"),
                        sign("Fabrikam Consulting Ltd (Partner)",
                                "Signature: /s/ Sam Wilson", "Name: Sam Wilson", "Title: Engagement Manager",
                                "Date: 6 April 2026"))
                .build();
    }

    /** The customer signs off the completed deployment by email. */
    static byte[] margiesTravelSignoff() {
        String body = """
                Hi Sam,

                We approve the completed Microsoft 365 deployment under SOW FAB-MT-2026-05. All 420 agents are on \
                Exchange Online and Microsoft Teams, and the call queues are working well.

                Regards,
                Chloe Dubois
                IT Programme Manager | Margie's Travel

                -----Original Message-----
                From: Sam Wilson <sam.wilson@fabrikamconsulting.com>
                Sent: Tuesday, August 25, 2026 4:40 PM
                To: Chloe Dubois <chloe.dubois@margiestravel.com>
                Subject: FAB-MT-2026-05 - support period ended, request for sign-off

                Hi Chloe,

                The 60-day support period ended last week. Please reply to confirm the work is complete and accepted.

                Sam
                """;
        return Eml.message()
                .header("From", "Chloe Dubois <chloe.dubois@margiestravel.com>")
                .header("To", "Sam Wilson <sam.wilson@fabrikamconsulting.com>")
                .header("Date", "Wed, 26 Aug 2026 10:05:00 +0200")
                .header("Subject", "RE: FAB-MT-2026-05 - support period ended, request for sign-off")
                .header("Message-ID", "<AM9PR01MB7741E3@margiestravel.com>")
                .body(body)
                .build();
    }

    // ---- usage-advisory-sow-plus-managed-service ---------------------------------------------------------

    /** A signed Microsoft 365 SOW: deployment with the partner's advisory role. */
    static Doc relecloudAdvisorySow() {
        return Doc.builder("Statement of Work - Microsoft 365 Deployment Advisory", "Fabrikam Consulting Ltd",
                        LocalDateTime.of(2026, 1, 19, 12, 0))
                .footer("Fabrikam Consulting Ltd \u2013 SOW FAB-REL-2026-01")
                .title("Statement of Work")
                .subtitle("Microsoft 365 Deployment Advisory | SOW FAB-REL-2026-01 | 19 January 2026")
                .para("This Statement of Work is entered into between Relecloud Ltd (\"Customer\") and Fabrikam Consulting "
                        + "Ltd (\"Partner\").")
                .lines("Customer domain: relecloud.com",
                        "Licensing: Microsoft 365 E5 under the Customer's Enterprise Agreement (EA)")
                .heading("Engagement Overview")
                .para("Relecloud's own IT team is deploying Microsoft 365 E5 to its 2,400 users. The Customer engages the "
                        + "Partner to advise it through the deployment.")
                .heading("Services")
                .bullets("Run a deployment planning workshop for Exchange Online, SharePoint Online and Microsoft Teams.",
                        "Review the Customer's Microsoft Intune and Entra ID conditional access design before each rollout wave.",
                        "Attend the weekly deployment steering meeting and recommend corrective actions.",
                        "Coach the Customer's administrators through the first mailbox migration batch.")
                .heading("Our Role")
                .para("Fabrikam acts in an advisory role throughout the deployment; the Customer's IT team performs the "
                        + "configuration and migration work with our guidance.")
                .heading("Deliverables")
                .bullets("Deployment plan review", "Configuration review reports for each wave", "Advisory closure report")
                .heading("Signatures")
                .signatures(
                        sign("For and on behalf of Relecloud Ltd (Customer)",
                                "Signature: /s/ Ahmed Hassan", "Name: Ahmed Hassan", "Title: Chief Information Officer",
                                "Date: 21 January 2026"),
                        sign("For and on behalf of Fabrikam Consulting Ltd (Partner)",
                                "Signature: /s/ Oliver Grant", "Name: Oliver Grant", "Title: Account Director",
                                "Date: 19 January 2026"))
                .build();
    }

    /** The managed-service agreement that followed the deployment, signed by both parties. */
    static Doc relecloudManagedService() {
        return Doc.builder("Managed Service Agreement - Microsoft 365", "Fabrikam Consulting Ltd",
                        LocalDateTime.of(2026, 6, 29, 15, 0))
                .footer("Fabrikam Consulting Ltd \u2013 Contract FAB-REL-MS-2026-07")
                .title("Managed Service Contract")
                .subtitle("Microsoft 365 managed service for Relecloud | Contract FAB-REL-MS-2026-07")
                .para("This contract is made on 29 June 2026 between Relecloud Ltd (\"Customer\") and Fabrikam Consulting "
                        + "Ltd (\"Provider\").")
                .heading("1. Managed Services")
                .bullets("Monitor Exchange Online, SharePoint Online and Microsoft Teams service health 24x7.",
                        "Manage Microsoft Intune device compliance and configuration policies for 2,650 devices.",
                        "Operate the service desk for the Customer's staff, with response times by priority.",
                        "Hold a monthly service review of incidents, changes and Microsoft 365 usage.")
                .heading("2. Deliverables")
                .bullets("Service operations runbook", "Monthly service reports")
                .heading("3. Term and Charges")
                .para("The managed service runs for 24 months from 1 July 2026 and is charged at GBP 6.80 per user per month.")
                .heading("4. Signatures")
                .signatures(
                        sign("Signed for and on behalf of Relecloud Ltd (Customer)",
                                "Signature: /s/ Ahmed Hassan", "Name: Ahmed Hassan", "Title: Chief Information Officer",
                                "Date: 1 July 2026"),
                        sign("Signed for and on behalf of Fabrikam Consulting Ltd (Provider)",
                                "Signature: /s/ Oliver Grant", "Name: Oliver Grant", "Title: Account Director",
                                "Date: 29 June 2026"))
                .build();
    }

    // ---- no-acknowledgement-partner-signed-only ----------------------------------------------------------

    /** A complete Azure SOW that only the partner signed: there is no customer block at all. */
    static Doc prosewareSowPartnerSignedOnly() {
        return Doc.builder("Statement of Work - Order Platform on Azure Kubernetes Service", "Fabrikam Consulting Ltd",
                        LocalDateTime.of(2026, 3, 16, 9, 0))
                .footer("Fabrikam Consulting Ltd \u2013 SOW FAB-PRO-2026-03")
                .title("Statement of Work")
                .subtitle("Order Platform on Azure Kubernetes Service | SOW FAB-PRO-2026-03 | 16 March 2026")
                .para("This Statement of Work is entered into between Proseware, Inc. (\"Customer\") and Fabrikam "
                        + "Consulting Ltd (\"Partner\").")
                .lines("Customer domain: proseware.com")
                .heading("1. Business Need")
                .para("Proseware's order platform runs as a monolith on six on-premises virtual machines. Releases take a "
                        + "weekend of downtime, and the platform cannot keep up with the order peaks of its new online shop.")
                .heading("2. Scope of Work")
                .bullets("Assess the order platform and split it into eight services with the Customer's developers.",
                        "Build Azure Kubernetes Service clusters for test and production with infrastructure as code.",
                        "Set up build and release pipelines that deploy each service without downtime.",
                        "Migrate the order database to Azure SQL Database.",
                        "Configure Azure Monitor dashboards and alerts for the services.")
                .heading("3. Deliverables")
                .bullets("Service design document", "Cluster templates and pipelines", "Operations runbook")
                .heading("4. Solution Architecture")
                .para("Azure Kubernetes Service replaces the six on-premises virtual machines; the order database moves to "
                        + "Azure SQL Database, and the online shop reaches the services through Azure Front Door.")
                .heading("5. Benefits")
                .bullets("Releases without downtime, several times a week.",
                        "Capacity that grows with the order peaks of the online shop.")
                .heading("6. Signature")
                .signatures(
                        sign("For and on behalf of Fabrikam Consulting Ltd (Partner)",
                                "Signature: /s/ James Whitfield", "Name: James Whitfield", "Title: Director, Cloud Services",
                                "Date: 16 March 2026"))
                .build();
    }

    /** The partner's completion notice; the customer never replied. */
    static byte[] prosewareCompletion() {
        String body = """
                Dear Martin,

                We have completed the work under SOW FAB-PRO-2026-03: the eight order services run on Azure Kubernetes \
                Service in production since 2 July, and the handover to your operations team took place on 9 July.

                Please let us know if you have any questions.

                Kind regards,
                James Whitfield
                Director, Cloud Services, Fabrikam Consulting Ltd
                """;
        return Eml.message()
                .header("From", "James Whitfield <james.whitfield@fabrikamconsulting.com>")
                .header("To", "Martin Novak <martin.novak@proseware.com>")
                .header("Date", "Fri, 10 Jul 2026 17:30:00 +0100")
                .header("Subject", "FAB-PRO-2026-03 - work completed")
                .header("Message-ID", "<LO2P265MB3391F4@fabrikamconsulting.com>")
                .body(body)
                .build();
    }

    // ---- no-acknowledgement-receipt-only -------------------------------------------------------------------

    /** A complete Online Services SOW with the customer's block left blank. */
    static Doc wingtipSowUnsigned() {
        return Doc.builder("Statement of Work - Intune Device Management and Support", "Fabrikam Consulting Ltd",
                        LocalDateTime.of(2026, 5, 18, 10, 0))
                .footer("Fabrikam Consulting Ltd \u2013 SOW FAB-WTT-2026-06")
                .title("Statement of Work")
                .subtitle("Intune Device Management and Support | SOW FAB-WTT-2026-06 | 18 May 2026")
                .para("This Statement of Work is entered into between Wingtip Toys (\"Customer\") and Fabrikam Consulting "
                        + "Ltd (\"Partner\").")
                .lines("Customer domain: wingtiptoys.com",
                        "Agreement: Microsoft Enterprise Agreement (EA)")
                .heading("Services")
                .bullets("Design Microsoft Intune compliance policies and configuration profiles for 900 laptops.",
                        "Enrol the laptops with Windows Autopilot in four waves.",
                        "Configure Microsoft Defender for Endpoint through Intune.",
                        "Provide six months of support for device management through the Fabrikam service desk.")
                .heading("Deliverables")
                .bullets("Intune design document", "Enrolment runbook", "Monthly support reports")
                .heading("Customer Acceptance")
                .signatures(
                        sign("For and on behalf of Wingtip Toys (Customer)",
                                "Signature: ______________________", "Name: ______________________",
                                "Date: ______________________"),
                        sign("For and on behalf of Fabrikam Consulting Ltd (Partner)",
                                "Signature: /s/ Sam Wilson", "Name: Sam Wilson", "Title: Engagement Manager",
                                "Date: 18 May 2026"))
                .build();
    }

    /** The customer only confirms the sign-off request arrived. */
    static byte[] wingtipReceivedOnly() {
        String body = """
                Hi Sam,

                Received, thanks - we'll review and come back to you next week.

                Regards,
                Ava
                IT Manager | Wingtip Toys

                -----Original Message-----
                From: Sam Wilson <sam.wilson@fabrikamconsulting.com>
                Sent: Monday, September 14, 2026 5:10 PM
                To: Ava Patel <ava.patel@wingtiptoys.com>
                Subject: FAB-WTT-2026-06 - request for sign-off

                Hi Ava,

                All 900 laptops are enrolled in Intune and the support period is under way. Could you reply to confirm \
                that the deployment is complete and accepted?

                Thanks,
                Sam Wilson
                Engagement Manager, Fabrikam Consulting Ltd
                """;
        return Eml.message()
                .header("From", "Ava Patel <ava.patel@wingtiptoys.com>")
                .header("To", "Sam Wilson <sam.wilson@fabrikamconsulting.com>")
                .header("Date", "Tue, 15 Sep 2026 09:02:00 -0700")
                .header("Subject", "RE: FAB-WTT-2026-06 - request for sign-off")
                .header("Message-ID", "<CH2PR12MB4152B7@wingtiptoys.com>")
                .body(body)
                .build();
    }

    // ---- msa-plus-sow --------------------------------------------------------------------------------------

    /** A statement of work under the MSA of the msa bundles: it describes the engagement the MSA alone does not. */
    static Doc graphicDesignInstituteSow() {
        return Doc.builder("Statement of Work No. 1 - Microsoft Teams Rollout", "Fabrikam Consulting Ltd",
                        LocalDateTime.of(2026, 3, 9, 10, 0))
                .footer("Fabrikam Consulting Ltd \u2013 SOW No. 1 under the Master Services Agreement of 2 March 2026")
                .title("Statement of Work No. 1")
                .subtitle("Microsoft Teams Rollout | under the Master Services Agreement dated 2 March 2026")
                .para("This Statement of Work is entered into under the Master Services Agreement dated 2 March 2026 "
                        + "between Graphic Design Institute (\"Customer\") and Fabrikam Consulting Ltd (\"Supplier\").")
                .lines("Customer domain: graphicdesigninstitute.com",
                        "Agreement: Enterprise Agreement (EA)")
                .heading("Services")
                .bullets("Run a planning workshop for Microsoft Teams classes, staff teams and meeting rooms.",
                        "Configure Microsoft Teams policies for 3,200 students and 260 staff.",
                        "Migrate the staff file shares to SharePoint Online team sites.",
                        "Train 30 staff champions and deliver four adoption sessions for lecturers.",
                        "Provide 90 days of post-go-live support through the Supplier's service desk.")
                .heading("Our Role")
                .para("The Supplier advises the Customer's IT team throughout the deployment and leads the change "
                        + "management programme for lecturers.")
                .heading("Deliverables")
                .bullets("Teams governance plan", "Migration runbook", "Adoption report")
                .heading("Signatures")
                .signatures(
                        sign("For and on behalf of Graphic Design Institute (Customer)",
                                "Signature: /s/ Samuel Adeyemi", "Name: Samuel Adeyemi", "Title: Director of Operations",
                                "Date: 10 March 2026"),
                        sign("For and on behalf of Fabrikam Consulting Ltd (Supplier)",
                                "Signature: /s/ Oliver Grant", "Name: Oliver Grant", "Title: Account Director",
                                "Date: 9 March 2026"))
                .build();
    }
}
