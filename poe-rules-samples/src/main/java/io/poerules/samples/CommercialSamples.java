package io.poerules.samples;

import static io.poerules.samples.Doc.row;
import static io.poerules.samples.Doc.sign;
import static io.poerules.samples.Doc.widths;

import io.poerules.samples.Xlsx.Style;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The other accepted kinds: purchase orders, quotations, master service agreements with and without
 * an amendment, and a proof-of-concept completion report.
 */
final class CommercialSamples {

    private CommercialSamples() {
    }

    static void addTo(Catalog c) {
        c.add("po-m365-managed-service-approved.xlsx", CommercialSamples::purchaseOrderWithServices);
        c.add("po-licences-sku-lines-only.xlsx", CommercialSamples::purchaseOrderSkuOnly);
        c.docx("quote-aks-modernisation-with-plan-accepted.docx", quoteWithPlan());
        c.pdf("quote-purview-rollout-no-plan-accepted.pdf", quoteWithoutPlan());
        c.pdf("msa-with-amendment-1-synapse.pdf", msaWithAmendment());
        c.pdf("msa-m365-managed-services-no-amendment.pdf", msaAlone());
        c.pdf("poc-azure-openai-completion-report-approved.pdf", pocReport());
    }

    /** A purchase order whose lines describe the services in detail, approved by the customer. */
    static byte[] purchaseOrderWithServices() {
        try (Xlsx x = new Xlsx()) {
            x.sheet("Purchase Order", 6, 62, 24, 6, 10, 14, 14)
                    .row(Style.TITLE, "PURCHASE ORDER")
                    .row(Style.PLAIN, "Tailspin Toys Ltd, Procurement, 21 Harbour Road, Bristol BS1 5TT")
                    .blank()
                    .row(Style.PLAIN, "PO Number: TT-PO-2026-0388")
                    .row(Style.PLAIN, "PO Date: 2026-04-07")
                    .row(Style.PLAIN, "Customer: Tailspin Toys Ltd")
                    .row(Style.PLAIN, "Vendor: Fabrikam Consulting Ltd")
                    .row(Style.PLAIN, "Vendor quotation: FAB-Q-2026-0131")
                    .row(Style.PLAIN, "Customer domain: tailspintoys.com")
                    .row(Style.PLAIN, "Microsoft 365 tenant ID: 3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7")
                    .row(Style.PLAIN, "Licensing: Microsoft 365 E3 under the Customer's Enterprise Agreement (EA)")
                    .blank()
                    .row(Style.HEADER, "Line", "Service description", "Workload", "Qty", "Unit", "Unit price (GBP)", "Amount (GBP)")
                    .row(Style.CELL, 1, "Microsoft Intune deployment: design and configure compliance policies, configuration "
                            + "profiles and Windows Autopilot; enrol 850 Windows laptops and 300 iPhones; deliver the Intune "
                            + "configuration workbook.", "Microsoft Intune", 1, "Fixed fee", 24500.0, 24500.0).tall(4)
                    .row(Style.CELL, 2, "Microsoft 365 managed service: 24x7 monitoring of Exchange Online, SharePoint Online and "
                            + "Microsoft Teams service health; incident and change management through the Fabrikam service "
                            + "desk; licence management; monthly service review report.", "Microsoft 365 E3", 12, "Month",
                            6200.0, 74400.0).tall(4)
                    .row(Style.CELL, 3, "User adoption and change management: set up a champions network, deliver six Microsoft "
                            + "Teams training sessions and track active usage in the Microsoft 365 usage reports.",
                            "Microsoft Teams", 1, "Fixed fee", 9800.0, 9800.0).tall(3)
                    .row(Style.CELL, 4, "Security advisory: quarterly review of Microsoft Defender for Endpoint alerts and Secure "
                            + "Score, with written recommendations to the Customer's IT manager.",
                            "Microsoft Defender for Endpoint", 4, "Quarter", 1750.0, 7000.0).tall(3)
                    .row(Style.BOLD, null, null, null, null, null, "Total (GBP)", 115700.0)
                    .blank()
                    .wide(Style.NOTE, "Deliverables: Intune configuration workbook; managed service runbook; monthly service "
                            + "review reports; adoption plan and training materials.", 2)
                    .wide(Style.NOTE, "Service period: 1 May 2026 to 30 April 2027, as described in Fabrikam quotation "
                            + "FAB-Q-2026-0131.", 1)
                    .blank()
                    .row(Style.BOLD, "Authorised for and on behalf of Tailspin Toys Ltd (Customer)")
                    .row(Style.PLAIN, "Approved by: Grace Liu")
                    .row(Style.PLAIN, "Title: Procurement Director")
                    .row(Style.PLAIN, "Signature: /s/ Grace Liu")
                    .row(Style.PLAIN, "Date: 2026-04-07")
                    .blank()
                    .row(Style.BOLD, "Supplier acknowledgement: Fabrikam Consulting Ltd")
                    .row(Style.PLAIN, "Accepted by: Oliver Grant, Account Director")
                    .row(Style.PLAIN, "Date: 2026-04-09");
            return x.write("Purchase Order TT-PO-2026-0388", "Tailspin Toys Ltd", LocalDateTime.of(2026, 4, 7, 15, 12));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A purchase order of part numbers and licence counts only: SERVICE_DETAIL fails. */
    static byte[] purchaseOrderSkuOnly() {
        try (Xlsx x = new Xlsx()) {
            x.sheet("PO WT-45102", 6, 22, 48, 8, 14, 14)
                    .row(Style.TITLE, "Purchase Order WT-45102")
                    .blank()
                    .row(Style.PLAIN, "Order date: 3 June 2026")
                    .row(Style.PLAIN, "Customer: Wingtip Toys Inc.")
                    .row(Style.PLAIN, "Vendor: Fabrikam Consulting Ltd")
                    .row(Style.PLAIN, "Bill to: Wingtip Toys Inc., Accounts Payable, 400 Lake Street, Seattle, WA 98101")
                    .row(Style.PLAIN, "Payment terms: Net 30")
                    .blank()
                    .row(Style.HEADER, "Line", "Part number", "Description", "Qty", "Unit price (USD)", "Amount (USD)")
                    .row(Style.CELL, 1, "MS-M365-E3-P1Y", "Microsoft 365 E3 (annual commitment)", 250, 432.0, 108000.0)
                    .row(Style.CELL, 2, "MS-INTUNE-P1-P1Y", "Microsoft Intune Plan 1 (annual)", 250, 96.0, 24000.0)
                    .row(Style.CELL, 3, "MS-ENTRA-P2-P1Y", "Microsoft Entra ID P2 (annual)", 40, 108.0, 4320.0)
                    .row(Style.CELL, 4, "MS-TRPRO-P1Y", "Microsoft Teams Rooms Pro (annual)", 6, 480.0, 2880.0)
                    .row(Style.CELL, 5, "FAB-MSVC-M365-M", "Managed service \u2013 Microsoft 365 (monthly)", 12, 2900.0, 34800.0)
                    .row(Style.BOLD, null, null, null, null, "Total (USD)", 174000.0)
                    .blank()
                    .row(Style.BOLD, "Approved for Wingtip Toys Inc. (Customer)")
                    .row(Style.PLAIN, "Signature: /s/ Kevin Brown")
                    .row(Style.PLAIN, "Name: Kevin Brown")
                    .row(Style.PLAIN, "Title: IT Procurement Manager")
                    .row(Style.PLAIN, "Date: June 3, 2026");
            return x.write("Purchase Order WT-45102", "Wingtip Toys Inc.", LocalDateTime.of(2026, 6, 3, 16, 40));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A quotation with an implementation plan (phases, weeks, milestones), accepted by the customer. */
    static Doc quoteWithPlan() {
        return Doc.builder("Quotation Q-2026-0417 - Order Portal Modernisation on AKS", "Fabrikam Consulting Ltd",
                        LocalDateTime.of(2026, 6, 2, 18, 30))
                .footer("Fabrikam Consulting Ltd \u2013 Quotation Q-2026-0417")
                .title("Quotation Q-2026-0417")
                .subtitle("Modernisation of the Litware Order Portal on Azure Kubernetes Service (AKS)")
                .lines("Prepared for: Litware, Inc. (attn. Carlos Mendes, VP Engineering)",
                        "Prepared by: Fabrikam Consulting Ltd",
                        "Quote date: May 12, 2026",
                        "Valid until: June 30, 2026")
                .heading("Background")
                .para("Litware's order portal is a monolithic Java application on six on-premises WebLogic servers with an "
                        + "Oracle database. Releases happen once a quarter because every change needs a full regression cycle, "
                        + "and the portal was down for three hours during the Black Friday 2025 peak. Litware asked Fabrikam to "
                        + "quote for moving the portal to containers on Azure.")
                .heading("Proposed Services")
                .bullets("Containerise the order portal and its four batch services and publish the images to Azure Container Registry.",
                        "Deploy Azure Kubernetes Service (AKS) clusters for test and production with autoscaling and Azure Policy.",
                        "Migrate the Oracle order database to Azure Database for PostgreSQL flexible server, including schema "
                                + "conversion and data validation.",
                        "Set up CI/CD pipelines in GitHub Actions with blue-green deployment to AKS.",
                        "Configure Azure Monitor and Application Insights dashboards and alerts.",
                        "Run two workshops to train Litware's developers and operators.")
                .subheading("Deliverables")
                .bullets("Architecture and design document", "Helm charts and pipeline definitions", "Operations runbook",
                        "Handover workshop")
                .heading("Proposed Architecture")
                .para("The new architecture replaces the six on-premises WebLogic servers and the Oracle database server. Azure "
                        + "Application Gateway with a web application firewall fronts the production AKS cluster; Azure Database "
                        + "for PostgreSQL holds the order data; Azure Key Vault stores secrets and certificates. The on-premises "
                        + "ERP system stays where it is and is reached over a site-to-site VPN.")
                .heading("Implementation Plan")
                .table(widths(2.2, 0.8, 3.2, 2), row("Phase", "Weeks", "Activities", "Milestone"), List.of(
                        row("Phase 1 \u2013 Discovery and design", "1-2", "Code review, dependency analysis, target design",
                                "Design sign-off"),
                        row("Phase 2 \u2013 Platform build", "3-5", "AKS clusters, networking, registry, pipelines",
                                "Platform ready"),
                        row("Phase 3 \u2013 Migration", "6-10", "Containerise services, migrate database, test",
                                "Production cut-over (target August 11, 2026)"),
                        row("Phase 4 \u2013 Stabilise and hand over", "11-12", "Hypercare, runbook, training",
                                "Project closure")))
                .para("Work starts within two weeks of the signed acceptance of this quotation.")
                .heading("Business Benefits")
                .bullets("Release weekly instead of quarterly.",
                        "Scale automatically for seasonal peaks such as Black Friday.",
                        "Retire the WebLogic and Oracle licences, saving about USD 310,000 a year.")
                .heading("Pricing")
                .table(widths(4, 1.5), row("Item", "Amount (USD)"), List.of(
                        row("Professional services, fixed fee", "148,000"),
                        row("Hypercare (2 weeks)", "12,000"),
                        row("Total", "160,000")))
                .para("Azure consumption is billed to Litware separately under its own agreement.")
                .heading("Acceptance")
                .para("Litware, Inc. accepts this quotation and authorises Fabrikam to start the work described above.")
                .signatures(
                        sign("Accepted for and on behalf of Litware, Inc. (Customer)",
                                "Signature: Carlos Mendes", "Name: Carlos Mendes", "Title: VP Engineering",
                                "Date: June 2, 2026", "PO number: LIT-77120"),
                        sign("Fabrikam Consulting Ltd (Vendor)",
                                "Signature: /s/ Aisha Khan", "Name: Aisha Khan", "Title: Account Executive",
                                "Date: May 12, 2026"))
                .build();
    }

    /** A quotation accepted by the customer but with no implementation plan: IMPLEMENTATION_PLAN fails. */
    static Doc quoteWithoutPlan() {
        return Doc.builder("Quotation FAB-Q-2026-0288 - Information Protection Rollout", "Fabrikam Consulting Ltd",
                        LocalDateTime.of(2026, 9, 10, 9, 20))
                .footer("Fabrikam Consulting Ltd \u2013 Quotation FAB-Q-2026-0288")
                .title("Quotation FAB-Q-2026-0288")
                .subtitle("Microsoft Purview Information Protection and Entra ID P2 rollout")
                .lines("Client: Fincher Architects LLP",
                        "Prepared by: Fabrikam Consulting Ltd",
                        "Date: 2 September 2026",
                        "Client domain: fincherarchitects.com",
                        "Agreement: Microsoft 365 E5 under the Client's Enterprise Agreement (EA)")
                .heading("Requirement")
                .para("Fincher Architects shares drawings and tender documents with clients, engineers and contractors. After "
                        + "a tender document was forwarded outside the firm in 2026, the partners asked for labels that protect "
                        + "confidential files wherever they go, and for stronger sign-in protection for the 320 staff.")
                .heading("Services Quoted")
                .bullets("Review the Client's data classification policy and map it to five sensitivity labels.",
                        "Configure Microsoft Purview Information Protection labels, label policies and automatic labelling "
                                + "for tender documents in SharePoint Online and Exchange Online.",
                        "Configure Microsoft Entra ID P2 risk-based conditional access and access reviews for external guests.",
                        "Enable the labels in Microsoft Teams and in the Office desktop apps on 320 devices.")
                .heading("Advisory Role")
                .para("Fabrikam will act as advisor during the Client's rollout of the labels: three advisory workshops with "
                        + "the partners and the IT team, a review of each label policy before the Client publishes it, and "
                        + "best-practice recommendations on handling external sharing.")
                .heading("Deliverables")
                .bullets("Labelling design document", "Configuration summary", "User guide for staff",
                        "Advisory workshop notes and recommendations")
                .heading("Price")
                .table(widths(4, 1.5), row("Item", "Amount (GBP)"), List.of(
                        row("Information protection configuration", "18,400"),
                        row("Entra ID P2 configuration", "6,200"),
                        row("Advisory workshops (3)", "4,500"),
                        row("Total, excluding VAT", "29,100")))
                .heading("Client Acceptance")
                .signatures(
                        sign("Accepted for Fincher Architects LLP (Client)",
                                "Signature: /s/ Jonathan Fincher", "Name: Jonathan Fincher", "Title: Managing Partner",
                                "Date: 10 September 2026"))
                .build();
    }

    private static Doc.Builder msaClauses(Doc.Builder b, String date) {
        return b.heading("1. Definitions")
                .para("\"Services\" means the consulting, implementation and managed services the Supplier provides under a "
                        + "Statement of Work, Amendment or Order Form agreed under this Agreement. \"Deliverables\" means the "
                        + "documents and other work products named in such a document.")
                .heading("2. Services")
                .para("The Supplier will provide the Services with reasonable skill and care, using suitably qualified staff. "
                        + "Each project is described in a Statement of Work, Amendment or Order Form signed by both parties; "
                        + "if it conflicts with this Agreement, this Agreement prevails unless the document says otherwise.")
                .heading("3. Fees and Payment")
                .para("Fees are set out in each Statement of Work, Amendment or Order Form. Invoices are payable within 30 "
                        + "days of receipt.")
                .heading("4. Term and Termination")
                .para("This Agreement starts on " + date + " and continues for 36 months. Either party may terminate it "
                        + "on 90 days' written notice; projects already agreed continue until they are complete.")
                .heading("5. Confidentiality")
                .para("Each party keeps the other party's confidential information confidential and uses it only to perform "
                        + "this Agreement.")
                .heading("6. Intellectual Property")
                .para("Deliverables created specifically for the Customer belong to the Customer on payment. The "
                        + "Supplier keeps its pre-existing tools and know-how.")
                .heading("7. Limitation of Liability")
                .para("Each party's total liability under this Agreement is limited to the fees paid in the 12 months before "
                        + "the claim.")
                .heading("8. Governing Law")
                .para("This Agreement is governed by the laws of England and Wales.");
    }

    /** An MSA followed by Amendment No. 1, which describes the Azure project: AMENDMENT is met. */
    static Doc msaWithAmendment() {
        Doc.Builder b = Doc.builder("Master Services Agreement and Amendment No. 1 - Adventure Works Cycles",
                        "Fabrikam Consulting Ltd", LocalDateTime.of(2026, 7, 20, 16, 0))
                .footer("Adventure Works Cycles Ltd / Fabrikam Consulting Ltd \u2013 MSA AW-FAB-2026")
                .title("Master Services Agreement")
                .subtitle("Agreement AW-FAB-2026")
                .para("This Master Services Agreement (the \"Agreement\") is entered into on 15 January 2026 between "
                        + "Adventure Works Cycles Ltd, a company registered in England and Wales (\"Customer\"), and Fabrikam "
                        + "Consulting Ltd (\"Supplier\").");
        msaClauses(b, "15 January 2026")
                .heading("Signatures")
                .signatures(
                        sign("For and on behalf of Adventure Works Cycles Ltd (Customer)",
                                "Signature: /s/ Rebecca Stone", "Name: Rebecca Stone", "Title: Chief Financial Officer",
                                "Date: 15 January 2026"),
                        sign("For and on behalf of Fabrikam Consulting Ltd (Supplier)",
                                "Signature: /s/ James Whitfield", "Name: James Whitfield", "Title: Director, Cloud Services",
                                "Date: 15 January 2026"))
                .pageBreak()
                .title("Amendment No. 1 to the Master Services Agreement dated 15 January 2026")
                .subtitle("Azure Data Platform Modernisation")
                .para("This Amendment No. 1 is made on 20 July 2026 between Adventure Works Cycles Ltd (\"Customer\") and "
                        + "Fabrikam Consulting Ltd (\"Supplier\") and adds the project described below to the Agreement. "
                        + "Except as set out in this Amendment, the Agreement is unchanged.")
                .heading("1. Background and Business Need")
                .para("Adventure Works' sales and supply-chain reporting runs on an on-premises SQL Server 2016 data warehouse "
                        + "loaded by 140 SSIS packages. The nightly load now takes nine hours and regularly runs into the "
                        + "working day, and the finance team cannot get daily margin figures for the 2,000-dealer network.")
                .heading("2. Services")
                .bullets("Assess the existing data warehouse, SSIS packages and Power BI reports.",
                        "Design the target data platform on Azure Synapse Analytics with a lakehouse layer in Azure Data Lake "
                                + "Storage Gen2.",
                        "Rebuild the 140 SSIS load processes as Azure Data Factory pipelines.",
                        "Migrate 6 TB of historical data and reconcile it with the source systems.",
                        "Repoint 45 Power BI reports to the new platform.",
                        "Deliver three knowledge-transfer sessions for the Customer's BI team.")
                .heading("3. Deliverables")
                .bullets("Data platform design document",
                        "Azure Data Factory pipelines and Synapse SQL scripts in the Customer's repository",
                        "Data reconciliation report", "Operations handbook")
                .heading("4. Solution Architecture")
                .para("Azure Synapse Analytics replaces the on-premises SQL Server 2016 data warehouse and the SSIS server. The "
                        + "source systems (SAP ECC and the dealer portal) stay on premises; Azure Data Factory pulls their data "
                        + "through a self-hosted integration runtime into Azure Data Lake Storage Gen2, where Synapse pipelines "
                        + "transform it. A dedicated SQL pool serves the Power BI reports. The warehouse servers are "
                        + "decommissioned after a month of parallel running.")
                .heading("5. Benefits")
                .bullets("Daily margin reporting available by 7:00 every morning.",
                        "Load window cut from nine hours to under two.",
                        "Two SQL Server Enterprise licences and the warehouse hardware retired.")
                .heading("6. Milestones")
                .table(widths(3, 1.6), row("Milestone", "Date"), List.of(
                        row("Design approved", "14 August 2026"),
                        row("Pipelines rebuilt", "9 October 2026"),
                        row("Historical data migrated", "30 October 2026"),
                        row("Go-live", "13 November 2026")))
                .heading("7. Fees")
                .para("Fixed fee of GBP 132,000 excluding VAT, invoiced 30% on design approval, 40% on migration of the "
                        + "historical data and 30% at go-live.")
                .heading("Signatures")
                .signatures(
                        sign("Signed for Adventure Works Cycles Ltd (Customer)",
                                "Signature: /s/ Rebecca Stone", "Name: Rebecca Stone", "Title: Chief Financial Officer",
                                "Date: 20 July 2026"),
                        sign("Signed for Fabrikam Consulting Ltd (Supplier)",
                                "Signature: /s/ James Whitfield", "Name: James Whitfield", "Title: Director, Cloud Services",
                                "Date: 17 July 2026"));
        return b.build();
    }

    /** A signed MSA with a service schedule, but no amendment or addendum for a project: AMENDMENT fails. */
    static Doc msaAlone() {
        Doc.Builder b = Doc.builder("Master Services Agreement - Graphic Design Institute", "Fabrikam Consulting Ltd",
                        LocalDateTime.of(2026, 3, 2, 12, 0))
                .footer("Graphic Design Institute / Fabrikam Consulting Ltd \u2013 Master Services Agreement")
                .title("Master Services Agreement")
                .para("This Master Services Agreement (the \"Agreement\") is entered into on 2 March 2026 between Graphic "
                        + "Design Institute (\"Customer\") and Fabrikam Consulting Ltd (\"Supplier\").")
                .lines("Customer domain: graphicdesigninstitute.com", "Agreement: Enterprise Agreement (EA)");
        msaClauses(b, "2 March 2026")
                .heading("Schedule 1 \u2013 Service Description: Microsoft 365 Managed Services")
                .para("When ordered under this Agreement, the Supplier's Microsoft 365 managed services comprise:")
                .bullets("Monitor Exchange Online, SharePoint Online and Microsoft Teams service health 24x7.",
                        "Operate a service desk for the Customer's staff and students, with response times by priority.",
                        "Manage Microsoft Intune device compliance and configuration policies.",
                        "Advise the Customer on new Microsoft 365 features and adoption in a quarterly review.")
                .para("Deliverables: monthly service report; quarterly review pack.")
                .heading("Signatures")
                .signatures(
                        sign("For and on behalf of Graphic Design Institute (Customer)",
                                "Signature: /s/ Samuel Adeyemi", "Name: Samuel Adeyemi", "Title: Director of Operations",
                                "Date: 2 March 2026"),
                        sign("For and on behalf of Fabrikam Consulting Ltd (Supplier)",
                                "Signature: /s/ Oliver Grant", "Name: Oliver Grant", "Title: Account Director",
                                "Date: 2 March 2026"));
        return b.build();
    }

    /** A proof-of-concept completion report approved by the customer. */
    static Doc pocReport() {
        return Doc.builder("Proof of Concept Completion Report - Contract Review Assistant", "Fabrikam Consulting Ltd",
                        LocalDateTime.of(2026, 9, 3, 10, 10))
                .footer("Fabrikam Consulting Ltd \u2013 Woodgrove Bank PoC completion report v1.0")
                .title("Proof of Concept Completion Report")
                .subtitle("Azure OpenAI Service \u2013 Contract Review Assistant | Woodgrove Bank | Version 1.0, 28 August 2026")
                .lines("Client: Woodgrove Bank",
                        "Prepared by: Fabrikam Consulting Ltd",
                        "PoC period: 6 July 2026 to 14 August 2026",
                        "Azure subscription: woodgrove-poc-ai (ID 5d2e8f31-9a4b-4c7d-b6e5-0f1a2b3c4d5e)")
                .heading("1. Executive Summary")
                .para("Between July and August 2026 Fabrikam built and tested a proof of concept of an assistant that extracts "
                        + "key clauses from loan and security agreements with Azure OpenAI Service. The PoC met four of its "
                        + "five success criteria, and the Bank has approved a production pilot.")
                .heading("2. Problem Statement")
                .para("Woodgrove Bank's commercial lending team reviews about 2,300 loan and security agreements a year. Each "
                        + "review takes a lawyer three to five hours, and the backlog reached six weeks in the second quarter "
                        + "of 2026, delaying loan drawdowns. The Bank wanted to know whether generative AI could extract key "
                        + "clauses reliably while keeping every document inside its own Azure tenant.")
                .heading("3. PoC Scope and Activities")
                .bullets("Defined five success criteria with the Bank's legal operations and risk teams.",
                        "Provisioned Azure OpenAI Service (GPT-4o) on a private network with customer-managed keys.",
                        "Indexed 400 anonymised agreements in Azure AI Search.",
                        "Built a review assistant web app on Azure App Service with sign-in through Microsoft Entra ID.",
                        "Tested extraction accuracy against 120 agreements already reviewed by the Bank's lawyers.",
                        "Presented the results and a production roadmap to the steering group.")
                .heading("4. Solution Architecture")
                .para("The PoC extends the Bank's existing on-premises document management system rather than replacing it. "
                        + "A nightly Azure Data Factory pipeline copies approved agreements over the existing ExpressRoute "
                        + "circuit into Azure Blob Storage, where Azure AI Search indexes them. The web app on Azure App Service "
                        + "calls Azure OpenAI Service through a private endpoint, so no document leaves the Bank's Azure tenant. "
                        + "Logs and metrics go to Azure Monitor.")
                .heading("5. Results")
                .table(widths(2.8, 1.4, 1.8, 0.7), row("Success criterion", "Target", "Result", "Met"), List.of(
                        row("Clause extraction accuracy", "90%", "93.4%", "Yes"),
                        row("Review time per agreement", "Under 60 min", "38 min", "Yes"),
                        row("No data leaves the tenant", "Verified", "Verified by Bank security", "Yes"),
                        row("Lawyer satisfaction (10 users)", "4.0 / 5", "4.3 / 5", "Yes"),
                        row("Cost per review", "Under GBP 5", "GBP 6.10", "No")))
                .heading("6. Business Value")
                .bullets("Average review time falls from about four hours to under 40 minutes.",
                        "The six-week backlog can be cleared within a quarter.",
                        "About 3,000 lawyer hours a year are freed for negotiation and advice.")
                .heading("7. Deliverables Handed Over")
                .bullets("PoC solution design document",
                        "Bicep templates and application source code in the Bank's Azure DevOps repository",
                        "Test results workbook", "Production roadmap and cost estimate")
                .heading("8. Next Steps")
                .para("Reduce the cost per review with prompt caching and a smaller model for simple clauses, then run a "
                        + "three-month production pilot with the full commercial lending team.")
                .heading("9. Customer Approval")
                .para("Woodgrove Bank confirms that Fabrikam Consulting Ltd delivered the proof of concept described in this "
                        + "report and accepts it as complete.")
                .signatures(
                        sign("For Woodgrove Bank (Customer)",
                                "Approved by: Priya Raman", "Title: Head of Legal Operations", "Signature: /s/ Priya Raman",
                                "Date: September 3, 2026"),
                        sign("For Fabrikam Consulting Ltd (Partner)",
                                "Signature: /s/ Tom Fischer", "Name: Tom Fischer", "Title: Principal Consultant, Data & AI",
                                "Date: August 28, 2026"))
                .build();
    }
}
