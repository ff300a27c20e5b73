package io.poerules.samples;

import static io.poerules.samples.Doc.row;
import static io.poerules.samples.Doc.sign;
import static io.poerules.samples.Doc.widths;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Statements of work and contracts for Online Services (Microsoft 365, Dynamics 365, Entra ID,
 * Intune, Defender): complete ones, a stale one, and one that only deploys licences.
 */
final class OnlineServicesSows {

    private OnlineServicesSows() {
    }

    static void addTo(Catalog c) {
        c.docx("sow-m365-modern-workplace-signed.docx", modernWorkplace());
        c.pdf("contract-managed-security-services-signed.pdf", managedSecurity());
        c.docx("sow-teams-phone-acknowledged-2025.docx", staleTeamsPhone());
        c.docx("sow-m365-licence-deployment-only.docx", licenceDeploymentOnly());
    }

    /** Complete and signed: advisory role, change management and hypercare support. */
    static Doc modernWorkplace() {
        return Doc.builder("Statement of Work: Modern Workplace Deployment", "First Up Consultants Ltd",
                        LocalDateTime.of(2026, 5, 11, 17, 2))
                .footer("First Up Consultants Ltd \u2013 NWT-SOW-0042 \u2013 Commercial in confidence")
                .title("Statement of Work: Modern Workplace Deployment")
                .subtitle("Prepared for Northwind Traders Ltd by First Up Consultants Ltd \u00b7 Reference NWT-SOW-0042 \u00b7 4 May 2026")
                .lines("DocuSign Envelope ID: 4F2A9C1B-7D3E-4B8A-A6C5-2E9D0F1B3A47",
                        "Customer: Northwind Traders Ltd",
                        "Partner: First Up Consultants Ltd",
                        "Customer domain: northwindtraders.com",
                        "Microsoft 365 tenant ID: 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
                        "Agreement: Microsoft Enterprise Agreement (EA), enrolment 74512398")
                .heading("Engagement Overview")
                .para("Northwind Traders is moving its 1,150 employees across 14 distribution centres from on-premises "
                        + "Exchange 2013 and departmental file shares to Microsoft 365 E3, licensed under its Enterprise "
                        + "Agreement since March 2026. This SOW covers First Up Consultants' part in deploying the workloads "
                        + "and in helping staff adopt them.")
                .heading("Objectives")
                .bullets("Retire Exchange 2013 and the file servers before their hardware support ends.",
                        "Give warehouse and office staff one place to chat, meet and share documents.",
                        "Manage every company laptop and phone centrally, with consistent security policies.")
                .heading("Services")
                .para("First Up Consultants will:")
                .numbered("Run a deployment planning workshop with the Customer's IT and HR leads and agree the rollout "
                                + "sequence for Exchange Online, Microsoft Teams, SharePoint Online and OneDrive for Business.",
                        "Migrate 1,150 mailboxes from Exchange 2013 to Exchange Online in four batches using a hybrid configuration.",
                        "Move the departmental file shares (about 3.2 TB) to SharePoint Online sites and home drives to "
                                + "OneDrive for Business.",
                        "Configure Microsoft Entra ID P1 conditional access policies and self-service password reset.",
                        "Configure Microsoft Intune compliance policies, configuration profiles and app protection policies, "
                                + "and enrol the first 100 devices with the Customer's IT team.",
                        "Provide 90 days of post-go-live support through the First Up service desk (business hours, "
                                + "four-hour response for priority 2 incidents).")
                .heading("Our Role")
                .para("First Up Consultants acts as the Customer's advisor throughout the deployment. We lead the adoption "
                        + "planning workshops, review the Customer's configuration decisions against Microsoft best practice, "
                        + "and attend the weekly steering meeting to recommend corrective actions. Northwind's IT team enrols "
                        + "the remaining 800 laptops and 400 phones site by site with our guidance.")
                .heading("Adoption and Change Management")
                .bullets("Set up a champions network of 40 employees across the distribution centres and run monthly champion calls.",
                        "Deliver 12 end-user training sessions on Microsoft Teams and OneDrive and two admin training sessions "
                                + "for the IT team.",
                        "Track adoption in the Microsoft 365 usage reports (active users, Teams meetings, files shared) and "
                                + "report it at each steering meeting.")
                .heading("Work Products")
                .bullets("Deployment plan and rollout schedule", "Mailbox migration runbook", "Intune configuration workbook",
                        "Adoption and change management plan", "Hypercare closure report")
                .heading("Milestones")
                .table(widths(3.5, 1.6), row("Milestone", "Planned date"), List.of(
                        row("Deployment planning workshop", "18 May 2026"),
                        row("Pilot with 50 users complete", "12 June 2026"),
                        row("Mailbox migration complete", "31 July 2026"),
                        row("Device enrolment complete", "28 August 2026"),
                        row("Hypercare ends", "30 October 2026")))
                .heading("Customer Acceptance")
                .para("Signed electronically through DocuSign by the authorised representatives of both parties.")
                .signatures(
                        sign("Northwind Traders Ltd (Customer)",
                                "DocuSigned by: Daniel Okafor", "Name: Daniel Okafor", "Title: Head of IT Operations",
                                "Date: 2026-05-11"),
                        sign("First Up Consultants Ltd (Partner)",
                                "DocuSigned by: Hannah Lee", "Name: Hannah Lee", "Title: Engagement Director",
                                "Date: 2026-05-08"))
                .build();
    }

    /** A partner-customer contract other than an SOW: onboarding plus a 24x7 managed service. */
    static Doc managedSecurity() {
        return Doc.builder("Managed Security Services Contract FAB-MSS-2026-021", "Fabrikam Consulting Ltd",
                        LocalDateTime.of(2026, 2, 2, 15, 30))
                .footer("Fabrikam Consulting Ltd \u2013 Contract FAB-MSS-2026-021")
                .title("Managed Security Services Contract")
                .subtitle("Contract No. FAB-MSS-2026-021 | Microsoft 365 security operations for Relecloud")
                .para("This contract is made on 2 February 2026 between Relecloud Ltd (\"Customer\") and Fabrikam Consulting "
                        + "Ltd (\"Provider\").")
                .lines("Customer domain: relecloud.com",
                        "Tenant ID: 1b2c3d4e-5f60-4718-a9b0-c1d2e3f4a5b6",
                        "Licensing: Microsoft 365 E5 under the Customer's Enterprise Agreement (EA)")
                .heading("1. Purpose")
                .para("Relecloud wants round-the-clock protection for its 2,400 users and their devices without building its "
                        + "own security operations centre. The Provider will onboard the Customer's Microsoft 365 security "
                        + "workloads and then run them as a managed service.")
                .heading("2. Onboarding Services")
                .bullets("Deploy Microsoft Defender for Endpoint to 2,650 Windows and macOS devices through Microsoft Intune.",
                        "Configure Microsoft Entra ID P2 risk-based conditional access and Privileged Identity Management for "
                                + "60 administrators.",
                        "Set up Microsoft Purview Information Protection sensitivity labels for confidential client data.",
                        "Connect Microsoft Defender XDR incidents to the Provider's security operations centre.")
                .heading("3. Managed Services")
                .bullets("Monitor and triage Microsoft Defender XDR incidents 24x7 in the Provider's security operations centre.",
                        "Contain high-severity incidents on devices and accounts within 30 minutes.",
                        "Hold a monthly service review covering Secure Score, device compliance and risky users.",
                        "Run a quarterly advisory workshop with recommendations to improve the Customer's configuration.")
                .heading("4. Deliverables")
                .bullets("Onboarding design document", "Security operations runbook", "Monthly service reports",
                        "Quarterly recommendations report")
                .heading("5. Service Levels")
                .table(widths(1.5, 2, 2), row("Priority", "Response", "Customer updates"), List.of(
                        row("P1 (high)", "30 minutes, 24x7", "Every hour"),
                        row("P2 (medium)", "2 hours, 24x7", "Every 4 hours"),
                        row("P3 (low)", "1 business day", "Daily")))
                .heading("6. Term and Charges")
                .para("The managed service runs for 24 months from 1 March 2026. Onboarding is a fixed fee of GBP 38,000; "
                        + "the managed service is charged at GBP 14.50 per user per month, invoiced monthly in arrears.")
                .heading("7. Signatures")
                .signatures(
                        sign("Signed for and on behalf of Relecloud Ltd (Customer)",
                                "Signature: /s/ Ahmed Hassan", "Name: Ahmed Hassan", "Title: Chief Information Security Officer",
                                "Date: 2 February 2026"),
                        sign("Signed for and on behalf of Fabrikam Consulting Ltd (Provider)",
                                "Signature: /s/ Oliver Grant", "Name: Oliver Grant", "Title: Account Director",
                                "Date: 30 January 2026"))
                .build();
    }

    /** Complete, but the customer signed in June 2025, more than 12 months before the claim: DATES fails. */
    static Doc staleTeamsPhone() {
        return Doc.builder("Statement of Work - Microsoft Teams Phone and Teams Rooms", "First Up Consultants Ltd",
                        LocalDateTime.of(2025, 6, 10, 13, 25))
                .footer("First Up Consultants Ltd \u2013 VAN-SOW-2025-06")
                .title("Statement of Work \u2013 Microsoft Teams Phone and Teams Rooms")
                .subtitle("VanArsdel Ltd \u00b7 Reference VAN-SOW-2025-06 \u00b7 2 June 2025")
                .lines("Customer: VanArsdel Ltd", "Partner: First Up Consultants Ltd", "Customer domain: vanarsdel.com",
                        "Agreement: Enterprise Agreement (EA)")
                .heading("Background")
                .para("VanArsdel's 700 staff use a Mitel telephone system whose maintenance contract ends in December 2025, "
                        + "and its 18 meeting rooms have three different video systems. The company wants calling and meetings "
                        + "in Microsoft Teams.")
                .heading("Services")
                .bullets("Design the Teams Phone call routing, emergency calling and auto attendants with the Customer.",
                        "Port 760 numbers to Teams Phone with Operator Connect.",
                        "Configure 18 Microsoft Teams Rooms and enrol them in the Teams Rooms Pro management portal.",
                        "Migrate the reception and service-desk call queues.")
                .heading("Advisory, Support and Adoption")
                .para("First Up acts as VanArsdel's advisor throughout the rollout, leads a change management programme with "
                        + "floor walkers on each go-live day and a champions network of 25 staff, and provides 60 days of "
                        + "post-go-live support through its service desk.")
                .heading("Work Products")
                .bullets("Voice design document", "Number porting plan", "Teams Rooms build guide", "User guides and training recordings")
                .heading("Milestones")
                .table(widths(3, 1.6), row("Milestone", "Date"), List.of(
                        row("Design approved", "4 July 2025"),
                        row("Pilot (IT and Finance)", "8 August 2025"),
                        row("All sites on Teams Phone", "24 October 2025"),
                        row("Support period ends", "23 December 2025")))
                .heading("Acceptance")
                .signatures(
                        sign("For and on behalf of VanArsdel Ltd (Customer)",
                                "Signature: /s/ Priya Nair", "Name: Priya Nair", "Title: Head of IT", "Date: 10 June 2025"),
                        sign("For and on behalf of First Up Consultants Ltd (Partner)",
                                "Signature: /s/ Hannah Lee", "Name: Hannah Lee", "Title: Engagement Director",
                                "Date: 6 June 2025"))
                .build();
    }

    /** Deploys and assigns licences, nothing more: no advisory, managed, support or change role. USAGE_ROLE fails. */
    static Doc licenceDeploymentOnly() {
        return Doc.builder("Statement of Work - Microsoft 365 Business Premium Tenant Setup", "A. Datum Consulting Ltd",
                        LocalDateTime.of(2026, 3, 6, 10, 15))
                .footer("A. Datum Consulting Ltd \u2013 SOW BFY-2026-01")
                .title("Statement of Work: Microsoft 365 Business Premium Tenant Setup")
                .subtitle("SOW BFY-2026-01 \u00b7 4 March 2026")
                .para("This Statement of Work is entered into between Best For You Organics Company (\"Customer\") and "
                        + "A. Datum Consulting Ltd (\"Partner\").")
                .lines("Customer domain: bestforyouorganics.com", "Tenant ID: 7e6d5c4b-3a29-4180-b7c6-d5e4f3a2b1c0")
                .heading("Overview")
                .para("The Customer has bought 180 Microsoft 365 Business Premium licences through its CSP provider. The "
                        + "Partner will set up the tenant and make the licences available to the Customer's users.")
                .heading("Scope of Work")
                .bullets("Provision the Microsoft 365 tenant and verify the bestforyouorganics.com domain.",
                        "Synchronise 180 user accounts from the on-premises Active Directory with Microsoft Entra Connect.",
                        "Assign 180 Microsoft 365 Business Premium licences to the synchronised users.",
                        "Create the Exchange Online mailboxes and configure the MX, SPF, DKIM and DMARC records.",
                        "Apply the Microsoft Entra ID security defaults and the Microsoft Intune enrolment restrictions "
                                + "from the Microsoft baseline.")
                .heading("Deliverables")
                .bullets("Licence assignment report", "Tenant configuration summary")
                .heading("Out of Scope")
                .bullets("Migration of existing mailboxes and files.", "User training and adoption activities.",
                        "Any services after the handover of the tenant.")
                .heading("Timeline")
                .para("The work takes two weeks, starting on 9 March 2026; the tenant is handed over on 20 March 2026.")
                .heading("Acceptance")
                .signatures(
                        sign("Best For You Organics Company (Customer)",
                                "Signature: /s/ Megan Taylor", "Name: Megan Taylor", "Title: Operations Director",
                                "Date: 6 March 2026"),
                        sign("A. Datum Consulting Ltd (Partner)",
                                "Signature: /s/ Ben Carter", "Name: Ben Carter", "Title: Practice Lead", "Date: 4 March 2026"))
                .build();
    }

    /** The signed Dynamics 365 SOW that {@link EmailSamples} attaches to the customer's email. */
    static Doc dynamicsCustomerService() {
        return Doc.builder("Statement of Work AD-LHC-2026-07 - Dynamics 365 Customer Service Rollout",
                        "A. Datum Consulting Ltd", LocalDateTime.of(2026, 6, 16, 13, 48))
                .footer("A. Datum Consulting Ltd \u2013 SOW AD-LHC-2026-07 \u2013 countersigned copy")
                .title("Statement of Work")
                .subtitle("Dynamics 365 Customer Service Rollout for the Lamna Patient Contact Centre")
                .subtitle("SOW AD-LHC-2026-07 | June 12, 2026")
                .para("This Statement of Work is made between Lamna Healthcare Company (\"Client\") and A. Datum Consulting "
                        + "Ltd (\"Consultant\") and describes the services the Consultant will provide for the rollout of "
                        + "Dynamics 365 Customer Service in the Client's patient contact centre.")
                .lines("Client domain: lamnahealthcare.com", "Tenant ID: 4d5e6f70-8192-4a3b-9c4d-5e6f708192a3",
                        "Agreement: Enterprise Agreement Subscription (EAS)")
                .heading("Problem Statement")
                .para("Lamna's patient contact centre handles 30,000 calls and emails a month in a ticketing tool that cannot "
                        + "route cases by skill or track response times. Supervisors build weekly reports by hand, and "
                        + "patients are often asked to repeat their details when they are transferred.")
                .heading("Approach")
                .para("The Consultant will deliver the rollout in short design-build-test cycles with the Client's contact-"
                        + "centre supervisors, and will stay on as the Client's advisor and support provider after go-live.")
                .heading("Engagement Activities")
                .bullets("Facilitate four process design workshops with contact-centre supervisors to map case, queue and "
                                + "escalation processes.",
                        "Configure Dynamics 365 Customer Service case management, queues, unified routing and service-level "
                                + "agreements.",
                        "Integrate Dynamics 365 with Microsoft Teams for agent collaboration and with the Lamna patient portal.",
                        "Migrate 180,000 open and closed cases from the legacy ticketing tool.",
                        "Train 85 contact-centre agents and 10 supervisors in role-based sessions.")
                .heading("Advisory and Support Services")
                .para("A. Datum acts as Lamna's advisor throughout the deployment, chairing the fortnightly design authority "
                        + "and recommending best-practice configuration. After go-live, A. Datum provides six months of "
                        + "application support (Monday to Friday, 8:00 to 18:00, response within four business hours) and a "
                        + "monthly adoption review based on Dynamics 365 usage analytics.")
                .heading("Deliverables")
                .bullets("Process design document", "Configuration workbook", "Data migration report",
                        "Training materials and recordings", "Support handbook")
                .heading("Project Timeline")
                .table(widths(3, 1.6), row("Milestone", "Date"), List.of(
                        row("Kick-off", "June 29, 2026"),
                        row("Design complete", "July 24, 2026"),
                        row("Build and test complete", "September 18, 2026"),
                        row("Go-live", "October 5, 2026"),
                        row("Support period ends", "March 31, 2027")))
                .heading("Signatures")
                .signatures(
                        sign("For and on behalf of Lamna Healthcare Company (Client)",
                                "Signature: /s/ Sofia Rossi", "Name: Sofia Rossi", "Title: Director, Patient Services",
                                "Date: June 16, 2026"),
                        sign("For and on behalf of A. Datum Consulting Ltd (Consultant)",
                                "Signature: /s/ Ben Carter", "Name: Ben Carter", "Title: Practice Lead, Business Applications",
                                "Date: June 12, 2026"))
                .build();
    }
}
