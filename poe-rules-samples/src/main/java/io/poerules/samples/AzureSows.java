package io.poerules.samples;

import static io.poerules.samples.Doc.row;
import static io.poerules.samples.Doc.sign;
import static io.poerules.samples.Doc.widths;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Statements of work for Azure projects: complete ones in PDF, HTML and TXT, and ones that each
 * miss exactly one thing a reviewer asks for.
 */
final class AzureSows {

    private AzureSows() {
    }

    static void addTo(Catalog c) {
        c.pdf("sow-azure-datacentre-exit-signed.pdf", datacentreExit());
        c.html("sow-azure-virtual-desktop-signed.html", virtualDesktop());
        c.txt("sow-azure-site-recovery-signed.txt", siteRecovery());
        c.docx("sow-azure-customer-not-named.docx", customerNotNamed());
        c.pdf("sow-azure-customer-signature-blank.pdf", customerSignatureBlank());
        c.pdf("sow-azure-signed-undated.pdf", signedUndated());
        c.pdf("sow-azure-no-business-need.pdf", noBusinessNeed());
        c.docx("sow-azure-no-architecture.docx", noArchitecture());
        c.html("sow-azure-no-benefits.html", noBenefits());
        c.pdf("sow-cloud-migration-no-product-named.pdf", noProductNamed());
    }

    /** Complete and signed: the model Azure SOW. */
    static Doc datacentreExit() {
        return Doc.builder("Statement of Work - Datacentre Exit to Microsoft Azure", "Fabrikam Consulting Ltd",
                        LocalDateTime.of(2026, 2, 24, 16, 20))
                .footer("Fabrikam Consulting Ltd \u2013 Confidential \u2013 SOW FAB-CON-2026-014 v1.2")
                .title("Statement of Work")
                .subtitle("Datacentre Exit to Microsoft Azure \u2013 Phase 1")
                .subtitle("SOW reference FAB-CON-2026-014 | Version 1.2 | 20 February 2026")
                .para("This Statement of Work is entered into between Contoso Pharmaceuticals Ltd (\"Customer\") and "
                        + "Fabrikam Consulting Ltd (\"Partner\") under the Master Consulting Agreement between the parties "
                        + "dated 3 November 2025. It describes the services the Partner will deliver for the project below.")
                .lines("Project name: Datacentre Exit to Microsoft Azure \u2013 Phase 1",
                        "Customer domain: contosopharma.com",
                        "Customer tenant ID: 6c1f3a9e-2b47-4d8a-9f0e-5a7b3c2d1e40",
                        "Azure subscription ID: 0b9d4e12-73a5-4c6f-8e21-d4f5a6b7c8d9",
                        "Start date: 2 March 2026",
                        "Planned completion: 26 June 2026")
                .heading("1. Background and Business Need")
                .para("Contoso Pharmaceuticals runs its research and manufacturing applications from a leased datacentre "
                        + "in Reading, UK. The lease expires in September 2026, and the VMware vSphere 6.7 cluster that hosts "
                        + "42 production virtual machines reaches end of support at the same time. Renewing both would need a "
                        + "capital outlay of about GBP 1.4 million and would not solve the capacity shortages the batch "
                        + "systems suffer every month-end.",
                        "Contoso therefore needs to leave the datacentre before the lease ends, without disrupting its "
                        + "GxP-validated systems, on a platform that can grow with the new clinical-trials data programme.")
                .heading("2. Scope of Work")
                .para("The Partner will carry out the following activities:")
                .bullets("Assess the current on-premises environment with Azure Migrate, including dependency mapping for "
                                + "all 42 virtual machines and 6 SQL Server instances.",
                        "Design the Azure landing zone (management groups, hub-and-spoke networking, Azure Policy and "
                                + "role-based access control) in line with the Cloud Adoption Framework.",
                        "Build the landing zone in the Customer's subscription with infrastructure as code (Bicep) and hand "
                                + "over the templates.",
                        "Migrate 42 virtual machines to Azure Virtual Machines in three waves, with a test migration and a "
                                + "cut-over rehearsal for each wave.",
                        "Migrate the LIMS and batch-record databases from SQL Server 2014 to Azure SQL Managed Instance.",
                        "Configure Azure Backup and Azure Site Recovery for all migrated workloads and test a failover to "
                                + "the UK West region.",
                        "Configure Azure Monitor and Log Analytics alerts and dashboards for the Customer's operations team.",
                        "Deliver two knowledge-transfer sessions for the Customer's infrastructure team.")
                .heading("3. Deliverables")
                .table(widths(2.2, 4, 1.5), row("Deliverable", "Description", "Due"), List.of(
                        row("Discovery and assessment report", "Inventory, dependency maps, sizing and cost estimate", "20 March 2026"),
                        row("Solution design document", "Landing zone, network, identity, security and backup design", "10 April 2026"),
                        row("Migration runbook", "Wave plan, cut-over and rollback steps for each workload", "24 April 2026"),
                        row("As-built documentation", "Configuration of the deployed Azure environment", "19 June 2026"),
                        row("Knowledge-transfer sessions", "Two three-hour sessions, recorded", "26 June 2026")))
                .heading("4. Target Architecture")
                .para("The target architecture replaces the Reading datacentre. Workloads that run on the on-premises VMware "
                        + "cluster today are migrated to Azure Virtual Machines in the UK South region; the SQL Server 2014 "
                        + "instances are replaced by Azure SQL Managed Instance; the on-premises tape backup is replaced by "
                        + "Azure Backup with geo-redundant storage.",
                        "A hub virtual network hosts Azure Firewall and an ExpressRoute gateway that connects the Customer's "
                        + "offices and the Slough manufacturing site. Spoke networks separate production, validation and "
                        + "development workloads. Microsoft Entra ID remains the identity provider and is extended to the Azure "
                        + "resources through role-based access control and Privileged Identity Management. Azure Site Recovery "
                        + "replicates the production virtual machines to UK West for disaster recovery.")
                .heading("5. Project Timeline")
                .table(widths(4, 2), row("Milestone", "Target date"), List.of(
                        row("Project kick-off", "2 March 2026"),
                        row("Assessment complete", "20 March 2026"),
                        row("Landing zone ready", "17 April 2026"),
                        row("Wave 1 (non-production) migrated", "8 May 2026"),
                        row("Waves 2 and 3 (production) migrated", "12 June 2026"),
                        row("Project closure and handover", "26 June 2026")))
                .heading("6. Expected Outcomes")
                .bullets("Exit the Reading datacentre before the lease ends and avoid about GBP 1.4 million of hardware and "
                                + "lease renewal costs.",
                        "Scale compute on demand for month-end batch processing instead of buying peak capacity.",
                        "Improve the recovery time objective for GxP-validated systems from 48 hours to 4 hours.",
                        "Reduce infrastructure running costs by an estimated 28% over three years.")
                .heading("7. Assumptions")
                .bullets("The Customer provides a project manager and access to application owners.",
                        "Azure consumption is billed to the Customer under its Enterprise Agreement.",
                        "Application testing and GxP revalidation remain the Customer's responsibility.")
                .heading("8. Fees")
                .para("Fixed fee of GBP 186,400 excluding VAT, invoiced against the milestones in section 5.")
                .heading("9. Signatures")
                .para("By signing below, the parties agree to this Statement of Work.")
                .signatures(
                        sign("For and on behalf of Contoso Pharmaceuticals Ltd (Customer)",
                                "Signature: /s/ Maria Garcia", "Name: Maria Garcia", "Title: Chief Information Officer",
                                "Date: 24 February 2026"),
                        sign("For and on behalf of Fabrikam Consulting Ltd (Partner)",
                                "Signature: /s/ James Whitfield", "Name: James Whitfield", "Title: Director, Cloud Services",
                                "Date: 23 February 2026"))
                .build();
    }

    /** Complete and signed, as an HTML page exported from the partner's document portal. */
    static Doc virtualDesktop() {
        return Doc.builder("SOW ASH-2026-11 - Azure Virtual Desktop for Seasonal Staff", "Fabrikam Consulting Ltd",
                        LocalDateTime.of(2026, 9, 18, 11, 5))
                .footer("Fabrikam Consulting Ltd | Exported from the Fabrikam engagement portal | SOW ASH-2026-11")
                .title("Statement of Work \u2013 Azure Virtual Desktop for Seasonal Staff")
                .subtitle("Alpine Ski House AG \u00b7 SOW ASH-2026-11 \u00b7 issued 14 September 2026")
                .para("This Statement of Work is entered into between Alpine Ski House AG (\"Customer\") and Fabrikam "
                        + "Consulting Ltd (\"Partner\"). It sets out the services Fabrikam will provide to give the Customer's "
                        + "resort staff virtual desktops ahead of the 2026/27 winter season.")
                .heading("Business Drivers")
                .para("Alpine Ski House hires about 600 seasonal employees each winter across its four resorts. Today they "
                        + "share PCs connected to a Remote Desktop Services farm on five ageing servers in the Davos office. "
                        + "Performance drops at every 8 am shift change, and setting up a new hire takes up to two days.",
                        "The Customer wants desktops that can be issued in minutes, grow with the season and be switched off "
                        + "in summer, without buying more servers.")
                .heading("Scope of Work")
                .bullets("Assess the existing Remote Desktop Services farm, user profiles and 35 line-of-business applications.",
                        "Design the Azure Virtual Desktop host pools, FSLogix profile storage on Azure Files and the network "
                                + "connection to the resorts.",
                        "Build Windows 11 multi-session images in Azure Compute Gallery and package applications with MSIX app attach.",
                        "Configure autoscaling plans that follow the shift patterns and scale to zero outside the season.",
                        "Migrate 600 seasonal and 120 permanent users to Azure Virtual Desktop in two waves.",
                        "Deliver two admin training sessions and a briefing for the helpdesk.")
                .heading("Deliverables")
                .bullets("Solution design document", "Golden image build guide", "Migration runbook",
                        "As-built documentation", "Knowledge-transfer session recordings")
                .heading("Solution Architecture")
                .para("Azure Virtual Desktop replaces the on-premises Remote Desktop Services farm; its five servers in Davos "
                        + "will be decommissioned after the second wave. Session hosts run in the Switzerland North region. "
                        + "User profiles are stored on Azure Files Premium with FSLogix. The resorts reach Azure over the "
                        + "existing SD-WAN through Azure Virtual WAN. Identities stay in the on-premises Active Directory and "
                        + "are synchronised to Microsoft Entra ID; Azure Monitor with AVD Insights watches the host pools.")
                .heading("Benefits")
                .bullets("New seasonal staff have a working desktop on their first morning instead of after two days.",
                        "Compute costs follow the season: the Customer pays for peak capacity only while it is used.",
                        "Consistent sign-in and application performance at shift changes, thanks to autoscaling.",
                        "The hardware refresh of the Davos servers planned for 2027 is no longer needed.")
                .heading("Project Timeline")
                .table(widths(3, 1.4), row("Milestone", "Date"), List.of(
                        row("Kick-off", "2026-09-21"),
                        row("Design approved", "2026-10-02"),
                        row("Wave 1: ticketing and rental staff", "2026-10-30"),
                        row("Wave 2: hotel and ski school staff", "2026-11-20"),
                        row("Handover to the Customer's IT team", "2026-11-27")))
                .heading("Customer Acceptance")
                .signatures(
                        sign("CUSTOMER ACCEPTANCE \u2013 Alpine Ski House AG",
                                "Signature: Lukas Weber", "Name: Lukas Weber", "Title: Head of IT", "Date: 2026-09-18"),
                        sign("PARTNER \u2013 Fabrikam Consulting Ltd",
                                "Signature: /s/ Elena Petrova", "Name: Elena Petrova", "Title: Delivery Manager", "Date: 2026-09-17"))
                .build();
    }

    /** Complete and signed, typed as plain text. */
    static Doc siteRecovery() {
        return Doc.builder("Statement of Work - Disaster Recovery to Azure", "Fabrikam Consulting Ltd",
                        LocalDateTime.of(2026, 3, 16, 9, 30))
                .title("STATEMENT OF WORK")
                .subtitle("Disaster Recovery to Azure for Proseware, Inc.")
                .subtitle("Reference: PSW-DR-2026-02    Date: March 12, 2026")
                .lines("", "Client: Proseware, Inc.", "Vendor: Fabrikam Consulting Ltd", "Project: Disaster recovery to Azure",
                        "Azure subscription ID: 2a3b4c5d-6e7f-4081-92a3-b4c5d6e7f809")
                .heading("1. PROBLEM STATEMENT")
                .para("Proseware runs its billing platform and customer portal on 18 virtual machines in a single "
                        + "on-premises datacenter in Denver. There is no secondary site: a recovery test in November 2025 "
                        + "showed that a full restore from tape would take four to five days. Proseware's largest customers "
                        + "now require a documented recovery time objective of 8 hours as a condition of their contracts.")
                .heading("2. SERVICES")
                .para("Fabrikam will:")
                .bullets("Assess the 18 virtual machines, their dependencies and recovery priorities.",
                        "Design the disaster recovery architecture and recovery runbooks with the Proseware operations team.",
                        "Configure Azure Site Recovery replication of the 18 VMware virtual machines to the Azure West US 2 region.",
                        "Configure Azure Backup for the SQL Server databases with 35-day retention and yearly long-term backups.",
                        "Run two disaster recovery drills (a test failover and a planned failover) and document the results.",
                        "Train the Proseware operations team to run failover and failback.")
                .heading("3. WORK PRODUCTS")
                .bullets("DR solution design", "Recovery runbook for each application tier", "DR drill reports",
                        "As-built documentation")
                .heading("4. TARGET ARCHITECTURE")
                .para("The solution extends the existing on-premises infrastructure with Azure as the secondary site; the "
                        + "Denver datacenter remains the primary site. Azure Site Recovery continuously replicates the billing, "
                        + "portal and database servers to West US 2. Recovery plans start the database tier first, then the "
                        + "application and web tiers, and switch DNS to the recovered portal. A site-to-site VPN connects "
                        + "Denver to the recovery virtual network. Azure Backup replaces the weekly tape backup of the SQL "
                        + "Server databases.")
                .heading("5. EXPECTED OUTCOMES")
                .bullets("Recovery time objective of 4 hours and recovery point objective of 15 minutes for the billing "
                                + "platform, against 4 to 5 days today.",
                        "Meet the contractual recovery requirements of Proseware's top 20 customers.",
                        "Avoid building a second datacenter (estimated at USD 900,000).")
                .heading("6. MILESTONES")
                .table(widths(3, 2), row("Milestone", "Date"), List.of(
                        row("Kick-off", "March 23, 2026"),
                        row("Design sign-off", "April 10, 2026"),
                        row("Replication complete", "May 8, 2026"),
                        row("DR drill 1 (test failover)", "May 20, 2026"),
                        row("DR drill 2 and handover", "June 12, 2026")))
                .heading("7. ACCEPTANCE")
                .signatures(
                        sign("Accepted for Proseware, Inc. (Client)",
                                "Signature: /s/ Daniel Brooks", "Name: Daniel Brooks", "Title: VP Infrastructure",
                                "Date: March 16, 2026"),
                        sign("Fabrikam Consulting Ltd (Vendor)",
                                "Signature: /s/ Raj Patel", "Name: Raj Patel", "Title: Project Manager", "Date: March 13, 2026"))
                .build();
    }

    /** The customer's name was never filled into the template: PARTIES fails. */
    static Doc customerNotNamed() {
        return Doc.builder("Statement of Work - Windows Server 2012 R2 Migration to Azure", "Fabrikam Consulting Ltd",
                        LocalDateTime.of(2026, 4, 9, 15, 0))
                .footer("Fabrikam Consulting Ltd \u2013 SOW template v4")
                .title("Statement of Work: Windows Server 2012 R2 Migration to Azure")
                .subtitle("Prepared for: [Customer Name]")
                .subtitle("Prepared by: Fabrikam Consulting Ltd")
                .para("This Statement of Work is entered into between [Customer Name] (\"Customer\") and Fabrikam Consulting "
                        + "Ltd (\"Partner\"). It covers the migration of the Customer's remaining Windows Server 2012 R2 "
                        + "workloads to Microsoft Azure.")
                .heading("Background and Business Need")
                .para("The Customer still runs 31 Windows Server 2012 R2 servers on premises, hosting its warehouse "
                        + "management, print and reporting applications. Extended Security Updates for these servers end in "
                        + "October 2026; after that date they receive no security fixes, which the Customer's cyber insurer "
                        + "has flagged as a renewal condition. The server hardware is also seven years old.")
                .heading("Scope of Work")
                .bullets("Assess the 31 servers and their applications with Azure Migrate and agree a target for each.",
                        "Design the Azure landing zone, network connectivity and backup policies.",
                        "Upgrade or rebuild the applications on Windows Server 2022 where the vendor supports it.",
                        "Migrate 24 servers to Azure Virtual Machines and retire the remaining 7.",
                        "Connect the servers that must stay on premises for now to Azure Arc and manage their patching with "
                                + "Azure Update Manager.",
                        "Configure Azure Backup and Azure Monitor for all migrated servers.")
                .heading("Deliverables")
                .bullets("Assessment report and migration plan", "Solution design document", "Migration runbook",
                        "As-built documentation", "Knowledge-transfer session for the IT team")
                .heading("Solution Architecture")
                .para("The migrated servers replace the on-premises Windows Server 2012 R2 estate: they run as Azure Virtual "
                        + "Machines in a spoke network connected to the Customer's sites through a site-to-site VPN. Azure Arc "
                        + "extends Azure management to the servers that remain on premises, so that all servers are patched "
                        + "and monitored from one place.")
                .heading("Customer Benefits")
                .bullets("All servers on a supported operating system before Extended Security Updates end.",
                        "No hardware refresh of the on-premises servers.",
                        "One patching and monitoring process for Azure and on-premises servers.")
                .heading("Milestones")
                .table(widths(3, 1.5), row("Milestone", "Date"), List.of(
                        row("Assessment complete", "24 April 2026"),
                        row("Landing zone ready", "15 May 2026"),
                        row("Migration complete", "10 July 2026"),
                        row("Handover", "24 July 2026")))
                .heading("Signatures")
                .signatures(
                        sign("For and on behalf of [Customer Name] (Customer)",
                                "Signature: /s/ Helen Carter", "Name: Helen Carter", "Title: IT Director", "Date: 9 April 2026"),
                        sign("For and on behalf of Fabrikam Consulting Ltd (Partner)",
                                "Signature: /s/ James Whitfield", "Name: James Whitfield", "Title: Director, Cloud Services",
                                "Date: 7 April 2026"))
                .build();
    }

    /** Partner signed, the customer's block left blank: CUSTOMER_ACKNOWLEDGEMENT fails. */
    static Doc customerSignatureBlank() {
        return Doc.builder("Statement of Work - Integration Platform Modernisation", "Fabrikam Consulting Ltd",
                        LocalDateTime.of(2026, 7, 2, 10, 40))
                .footer("Fabrikam Consulting Ltd \u2013 SOW BYA-2026-07 \u2013 for signature")
                .title("Statement of Work")
                .subtitle("Integration Platform Modernisation | Blue Yonder Airlines | SOW BYA-2026-07 | 1 July 2026")
                .para("This Statement of Work is entered into between Blue Yonder Airlines (\"Customer\") and Fabrikam "
                        + "Consulting Ltd (\"Partner\") and describes the modernisation of the Customer's integration platform.")
                .heading("Problem Statement")
                .para("Blue Yonder Airlines exchanges crew, flight and baggage messages between 27 systems through BizTalk "
                        + "Server 2016 on four on-premises servers. Mainstream support has ended, only two people in the "
                        + "company can change the integrations, and message backlogs during disruption days delay crew "
                        + "rostering by up to two hours.")
                .heading("Engagement Activities")
                .bullets("Review the 64 BizTalk orchestrations and maps and rank them by business criticality.",
                        "Design the target integration platform on Azure Integration Services.",
                        "Rebuild the integrations as Azure Logic Apps and Azure Functions, published through Azure API Management.",
                        "Replace the BizTalk message box with Azure Service Bus queues and topics.",
                        "Migrate the integrations in four releases, running old and new in parallel for each release.",
                        "Train six developers from the Customer's integration team.")
                .heading("Deliverables")
                .bullets("Integration inventory and migration plan", "Solution design document",
                        "Source code and deployment pipelines", "Operations runbook", "Training materials")
                .heading("Target Architecture")
                .para("Azure Integration Services replaces the on-premises BizTalk Server farm. Azure API Management is the "
                        + "single entry point for partner and internal APIs; Logic Apps (Standard) run the workflows inside "
                        + "a virtual network; Azure Service Bus decouples the crew, flight and baggage systems; the on-premises "
                        + "systems connect through the existing ExpressRoute circuit. Azure Monitor and Application Insights "
                        + "trace every message end to end. The four BizTalk servers are decommissioned after the last release.")
                .heading("Benefits")
                .bullets("Messages keep flowing on disruption days: Service Bus absorbs peaks that stall BizTalk today.",
                        "Integrations can be changed by any developer who knows .NET or Logic Apps.",
                        "Retire BizTalk and SQL Server Enterprise licences worth about USD 140,000 a year.")
                .heading("Implementation Plan")
                .table(widths(3.5, 1.6), row("Milestone", "Date"), List.of(
                        row("Design approved", "August 7, 2026"),
                        row("Release 1: crew rostering", "September 18, 2026"),
                        row("Release 2: flight operations", "October 16, 2026"),
                        row("Releases 3 and 4: baggage and partners", "November 20, 2026")))
                .heading("Acceptance")
                .para("The Customer's signature below confirms its agreement to this Statement of Work.")
                .signatures(
                        sign("For and on behalf of Blue Yonder Airlines (Customer)",
                                "Signature: ______________", "Name: ______________", "Title: ______________",
                                "Date: ______________"),
                        sign("For and on behalf of Fabrikam Consulting Ltd (Partner)",
                                "Signature: /s/ Elena Petrova", "Name: Elena Petrova", "Title: Delivery Manager",
                                "Date: 2 July 2026"))
                .build();
    }

    /** Signed by name, but no date anywhere: DATES fails. */
    static Doc signedUndated() {
        return Doc.builder("Statement of Work - Claims Database Migration to Azure SQL Managed Instance",
                        "Fabrikam Consulting Ltd", LocalDateTime.of(2026, 5, 19, 14, 10))
                .footer("Fabrikam Consulting Ltd \u2013 Confidential")
                .title("Statement of Work")
                .subtitle("Claims Database Migration to Azure SQL Managed Instance")
                .lines("Customer: Humongous Insurance", "Partner: Fabrikam Consulting Ltd",
                        "Engagement reference: HUM-CLM-07")
                .heading("Background and Business Need")
                .para("Humongous Insurance processes motor and home claims in an application backed by eleven SQL Server 2014 "
                        + "databases on a two-node on-premises cluster. The cluster is out of support, storage is 92% full, "
                        + "and the nightly fraud-scoring job no longer finishes before the claims team starts work. The "
                        + "insurer needs a supported, scalable database platform without rewriting the claims application.")
                .heading("Scope of Work")
                .bullets("Assess the eleven databases with Azure Migrate and the Data Migration Assistant.",
                        "Design an Azure SQL Managed Instance (Business Critical) deployment with a failover group.",
                        "Migrate the databases with the Log Replay Service to keep downtime under one hour.",
                        "Tune the fraud-scoring job and the ten slowest queries after migration.",
                        "Configure Azure Monitor alerts, Microsoft Defender for SQL and automated backups.",
                        "Hand over to the database administrators in a half-day workshop.")
                .heading("Deliverables")
                .bullets("Assessment report", "Solution design document", "Migration runbook", "Performance tuning report",
                        "As-built documentation")
                .heading("Solution Architecture")
                .para("Azure SQL Managed Instance replaces the on-premises SQL Server 2014 cluster. The claims application "
                        + "servers stay on premises for now and reach the managed instance over the existing ExpressRoute "
                        + "circuit through a private endpoint. A failover group in a second region provides disaster recovery. "
                        + "The old cluster is retired after a four-week parallel run.")
                .heading("Benefits")
                .bullets("A supported database platform with built-in high availability.",
                        "The fraud-scoring job finishes in about three hours instead of running into the working day.",
                        "Storage grows on demand; no new storage array is needed.")
                .heading("Project Timeline")
                .table(widths(3, 2), row("Stage", "Duration"), List.of(
                        row("Assessment and design", "Weeks 1-3"),
                        row("Build and test migration", "Weeks 4-7"),
                        row("Production migration and tuning", "Weeks 8-10"),
                        row("Parallel run and handover", "Weeks 11-14")))
                .heading("Signatures")
                .signatures(
                        sign("For and on behalf of Humongous Insurance (Customer)",
                                "Signature: /s/ Laura Chen", "Name: Laura Chen", "Title: Head of Claims Technology",
                                "Date: ______________"),
                        sign("For and on behalf of Fabrikam Consulting Ltd (Partner)",
                                "Signature: /s/ Tom Fischer", "Name: Tom Fischer", "Title: Principal Consultant",
                                "Date: ______________"))
                .build();
    }

    /** Complete except that it never says why the customer needs the project: BUSINESS_NEED fails. */
    static Doc noBusinessNeed() {
        return Doc.builder("Statement of Work - Editorial Web Applications on Azure", "Fabrikam Consulting Ltd",
                        LocalDateTime.of(2026, 6, 11, 12, 0))
                .footer("Fabrikam Consulting Ltd \u2013 SOW LUC-2026-03")
                .title("Statement of Work")
                .subtitle("Editorial Web Applications on Azure | SOW LUC-2026-03 | June 8, 2026")
                .para("This Statement of Work is entered into between Lucerne Publishing (\"Customer\") and Fabrikam "
                        + "Consulting Ltd (\"Partner\").")
                .heading("Scope of Work")
                .para("Fabrikam will move the Customer's three editorial web applications (manuscript tracking, rights "
                        + "management and the author portal) to Azure:")
                .bullets("Assess the three applications, their IIS configuration and their SQL Server databases.",
                        "Design the target environment on Azure App Service and Azure SQL Database.",
                        "Migrate the three applications to Azure App Service with the App Service Migration Assistant.",
                        "Migrate the four databases to Azure SQL Database and update connection strings.",
                        "Configure deployment slots, Azure Front Door and Azure Monitor alerts.",
                        "Deliver a handover session for the Customer's web team.")
                .heading("Deliverables")
                .bullets("Assessment report", "Solution design document", "Migration runbook", "As-built documentation")
                .heading("Solution Architecture")
                .para("Azure App Service (Premium v3) replaces the on-premises IIS web farm, and Azure SQL Database replaces "
                        + "the on-premises SQL Server; the web farm and database server are switched off after cut-over. "
                        + "Azure Front Door publishes the author portal with a web "
                        + "application firewall. The applications reach the on-premises rights archive through a VNet-integrated "
                        + "hybrid connection.")
                .heading("Benefits")
                .bullets("Authors and editors get faster page loads through Azure Front Door.",
                        "Deployment slots let the web team release changes without downtime.",
                        "Patching of web and database servers is handled by the platform.")
                .heading("Project Timeline")
                .table(widths(3, 2), row("Milestone", "Target date"), List.of(
                        row("Kick-off", "June 22, 2026"),
                        row("Author portal live on Azure", "July 24, 2026"),
                        row("All applications live on Azure", "August 28, 2026")))
                .heading("Signatures")
                .signatures(
                        sign("For and on behalf of Lucerne Publishing (Customer)",
                                "Signature: /s/ Anna Schmidt", "Name: Anna Schmidt", "Title: Head of Digital Publishing",
                                "Date: June 12, 2026"),
                        sign("For and on behalf of Fabrikam Consulting Ltd (Partner)",
                                "Signature: /s/ Raj Patel", "Name: Raj Patel", "Title: Project Manager", "Date: June 9, 2026"))
                .build();
    }

    /** Complete except that it never describes the architecture: SOLUTION_ARCHITECTURE fails. */
    static Doc noArchitecture() {
        return Doc.builder("Statement of Work - Customer Service Assistant", "Fabrikam Consulting Ltd",
                        LocalDateTime.of(2026, 8, 5, 9, 45))
                .footer("Fabrikam Consulting Ltd \u2013 SOW CM-2026-02")
                .title("Statement of Work: Customer Service Assistant")
                .subtitle("Consolidated Messenger | SOW CM-2026-02 | 3 August 2026")
                .lines("Customer: Consolidated Messenger", "Partner: Fabrikam Consulting Ltd",
                        "Azure subscription ID: 8c7d6e5f-4a3b-4c2d-9e1f-0a9b8c7d6e5f")
                .heading("Background and Business Need")
                .para("Consolidated Messenger's contact centre answers about 45,000 customer questions a month, two thirds "
                        + "of them about where a parcel is or how to rearrange a delivery. Waiting times reached 14 minutes in "
                        + "the 2025 peak season and the company cannot recruit enough seasonal agents. It needs to answer "
                        + "routine questions automatically, in English and Spanish, around the clock.")
                .heading("Scope of Work")
                .bullets("Run two discovery workshops with contact-centre leads to select the first 25 customer intents.",
                        "Build a customer-service assistant with Azure OpenAI Service and Azure AI Bot Service.",
                        "Index the delivery policies and help articles in Azure AI Search so that answers cite their source.",
                        "Configure content filtering and hand-off to a human agent for complaints and claims.",
                        "Test the assistant with 500 real, anonymised conversations and tune the prompts.",
                        "Train the contact-centre content team to maintain answers and monitor quality.")
                .heading("Deliverables")
                .bullets("Intent catalogue and conversation design guide", "Test and evaluation report",
                        "Operations handbook", "Training session for the content team")
                .heading("Benefits")
                .bullets("Routine parcel questions answered immediately, at any hour, in two languages.",
                        "Agents spend their time on complaints and claims instead of tracking look-ups.",
                        "Fewer seasonal agents needed for the 2026 peak.")
                .heading("Milestones")
                .table(widths(3, 1.5), row("Milestone", "Date"), List.of(
                        row("Intents agreed", "28 August 2026"),
                        row("Pilot on the website (10% of traffic)", "2 October 2026"),
                        row("Full launch", "6 November 2026")))
                .heading("Customer Acceptance")
                .signatures(
                        sign("For and on behalf of Consolidated Messenger (Customer)",
                                "DocuSigned by: Carmen Ortiz", "Name: Carmen Ortiz", "Title: Director of Customer Operations",
                                "Date: 6 August 2026"),
                        sign("For and on behalf of Fabrikam Consulting Ltd (Partner)",
                                "DocuSigned by: Tom Fischer", "Name: Tom Fischer", "Title: Principal Consultant, Data & AI",
                                "Date: 5 August 2026"))
                .build();
    }

    /** Complete except that it never says what the customer gains: CUSTOMER_BENEFITS fails. */
    static Doc noBenefits() {
        return Doc.builder("Statement of Work SV-2026-04 - Media Archive Migration", "Fabrikam Consulting Ltd",
                        LocalDateTime.of(2026, 4, 28, 10, 0))
                .footer("Fabrikam Consulting Ltd | SOW SV-2026-04")
                .title("Statement of Work \u2013 Media Archive Migration to Azure")
                .subtitle("Southridge Video \u00b7 SOW SV-2026-04 \u00b7 April 27, 2026")
                .para("This Statement of Work is entered into between Southridge Video (\"Customer\") and Fabrikam Consulting "
                        + "Ltd (\"Partner\") for the migration of the Customer's media archive.")
                .heading("Background and Business Need")
                .para("Southridge Video keeps 1.8 PB of finished programmes and raw footage on an LTO-6 tape library and a "
                        + "600 TB on-premises NAS. The tape library goes out of vendor support in December 2026, and "
                        + "restoring a programme for re-licensing can take three days. The Customer needs a new home for the "
                        + "archive before the support contract ends.")
                .heading("Scope of Work")
                .bullets("Inventory the tape and NAS archive and classify content by access frequency.",
                        "Design the storage tiers, naming and metadata model on Azure Blob Storage.",
                        "Migrate 1.8 PB from tape to the Azure Blob Storage archive tier using Azure Data Box.",
                        "Migrate 600 TB from the NAS to the cool tier over the existing ExpressRoute circuit.",
                        "Deploy transcoding workers on Azure Virtual Machines (Spot) for restore and re-licensing requests.",
                        "Configure lifecycle management policies, Azure Monitor alerts and role-based access.")
                .heading("Deliverables")
                .bullets("Archive inventory and classification report", "Storage design document", "Data Box migration log",
                        "As-built documentation", "Operator guide for restore requests")
                .heading("Solution Architecture")
                .para("Azure Blob Storage replaces the on-premises tape library and NAS. Finished programmes sit in the archive "
                        + "tier, footage that is requested more than once a year in the cool tier. A catalogue in Azure Cosmos "
                        + "DB holds the programme metadata that lives in spreadsheets today. Restore requests start a "
                        + "transcoding job on Spot virtual machines and deliver the file to the editing suites through the "
                        + "existing ExpressRoute connection. The tape library and NAS are decommissioned after verification.")
                .heading("Project Timeline")
                .table(widths(3, 1.5), row("Milestone", "Date"), List.of(
                        row("Kick-off", "May 4, 2026"),
                        row("Design approved", "May 22, 2026"),
                        row("NAS content migrated", "July 10, 2026"),
                        row("Tape content migrated", "September 25, 2026"),
                        row("Handover", "October 9, 2026")))
                .heading("Signatures")
                .signatures(
                        sign("For and on behalf of Southridge Video (Customer)",
                                "Signature: /s/ Marcus Johnson", "Name: Marcus Johnson", "Title: Head of Media Operations",
                                "Date: April 28, 2026"),
                        sign("For and on behalf of Fabrikam Consulting Ltd (Partner)",
                                "Signature: /s/ Elena Petrova", "Name: Elena Petrova", "Title: Delivery Manager",
                                "Date: April 27, 2026"))
                .build();
    }

    /** Services described in detail, but no Microsoft product or workload named: PRODUCTS fails. */
    static Doc noProductNamed() {
        return Doc.builder("Statement of Work - Research Data Platform Cloud Migration", "Fabrikam Consulting Ltd",
                        LocalDateTime.of(2026, 5, 6, 11, 15))
                .footer("Fabrikam Consulting Ltd \u2013 Confidential \u2013 SOW TR-2026-01")
                .title("Statement of Work")
                .subtitle("Research Data Platform Cloud Migration | SOW TR-2026-01 | 5 May 2026")
                .para("This Statement of Work is entered into between Trey Research Inc. (\"Customer\") and Fabrikam "
                        + "Consulting Ltd (\"Partner\").")
                .heading("Background and Business Need")
                .para("Trey Research stores instrument data from its laboratories on an on-premises storage cluster and "
                        + "analyses it on a 12-node compute cluster that is fully booked most weeks. Scientists wait up to "
                        + "four days for a compute slot, and the storage cluster will be full by the end of the year.")
                .heading("Scope of Work")
                .bullets("Assess the storage and compute clusters, data flows and access patterns.",
                        "Design the target cloud platform: landing zone, network, identity and cost controls.",
                        "Migrate 420 TB of instrument data to cloud object storage with checksum verification.",
                        "Migrate the analysis pipelines to an elastic compute service that scales with the job queue.",
                        "Move the results database to a managed relational database service.",
                        "Train the research computing team to operate the platform.")
                .heading("Deliverables")
                .bullets("Assessment report", "Target design document", "Migration runbook", "Operations handbook")
                .heading("Our Role")
                .para("Fabrikam acts as advisor to the Trey Research cloud team throughout the migration: we chair the weekly "
                        + "design review, recommend best practice for cost and security, and coach the team as it takes over "
                        + "operations.")
                .heading("Target Architecture")
                .para("The cloud platform replaces the on-premises storage and compute clusters, which will be retired after "
                        + "the migration. Instrument data lands in object storage through a private connection from the "
                        + "laboratories; analysis jobs run on compute nodes created on demand; results are kept in the managed "
                        + "relational database and shown in the existing web dashboard.")
                .heading("Expected Outcomes")
                .bullets("Scientists start analysis jobs within minutes instead of waiting days for a slot.",
                        "Storage grows with the data, with no capacity ceiling.",
                        "Compute is paid for only while jobs run.")
                .heading("Milestones")
                .table(widths(3, 1.5), row("Milestone", "Date"), List.of(
                        row("Design approved", "29 May 2026"),
                        row("Data migrated", "31 July 2026"),
                        row("Pipelines live", "11 September 2026")))
                .heading("Signatures")
                .signatures(
                        sign("For and on behalf of Trey Research Inc. (Customer)",
                                "Signature: /s/ Robert Young", "Name: Robert Young", "Title: Director of Research Computing",
                                "Date: 7 May 2026"),
                        sign("For and on behalf of Fabrikam Consulting Ltd (Partner)",
                                "Signature: /s/ James Whitfield", "Name: James Whitfield", "Title: Director, Cloud Services",
                                "Date: 5 May 2026"))
                .build();
    }
}
