package io.poerules.map.lexicon;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.poerules.api.DocumentType;
import io.poerules.api.Program;
import io.poerules.fact.AgreementType;
import io.poerules.fact.ArchitectureChange;
import io.poerules.fact.DateRole;
import io.poerules.fact.IdentifierType;
import io.poerules.fact.RoleType;
import io.poerules.fact.SectionType;
import java.util.List;
import java.util.Map;

/**
 * The contents of one lexicon JSON file. Every key is optional; files are merged into one
 * {@link Lexicon}, lists of the same key concatenated. An unknown key is an error. Every list of phrases
 * may be written per language ({@link Phrases}).
 *
 * @param documentTypes      per document type, the titles and phrases that identify it
 * @param otherKinds         kinds of documents that are no proof of execution ("invoice", "marketing brochure",
 *                           "meeting minutes"), by name, with the titles and phrases that identify them
 * @param titleTopicWords    words right before a kind's title that make the kind the topic of the line, not the
 *                           document's title: the indefinite articles ("How to design a proof of concept")
 * @param sectionHeadings    per section type, the headings that open it
 * @param sectionNumberingWords the words before a section's number ("Section 4 -", "Clause 2", "Cláusula 2.ª –",
 *                           "Artikel 3")
 * @param headingConnectors  the words that join a heading to a short qualifier after it ("de" of "Cronograma de
 *                           implantação", "for" of "Timeline for the migration")
 * @param clauseNumbers      the words that number a contract's clauses ("Cláusula", "Primera", "Segunda"), before
 *                           a clause's title that runs into its text ("Segunda. Alcance del servicio. El servicio ...")
 * @param products           Microsoft products and workloads
 * @param programPhrases     per program, phrases that name it outright ("Azure consumption")
 * @param agreements         per agreement type, the phrases that name it
 * @param otherVendors       other vendors' names and products ("AWS", "Google Cloud", "CloudWatch") and the words that
 *                           offer alternatives ("or", "oder"): a product name qualified by another vendor's name, or
 *                           offered as the alternative to one, names no Microsoft product
 * @param parties            labels that introduce the customer and the partner
 * @param activityPhrases    verbs and phrases that describe work done (an activity line)
 * @param deliverablePhrases nouns that name handed-over work products
 * @param businessNeedPhrases phrases that state a business need
 * @param benefitPhrases     phrases that state a benefit
 * @param architecturePhrases per kind of change, the verbs that say how the architecture changes infrastructure
 * @param infrastructurePhrases words for the customer's existing infrastructure ("on-premises", "datacentre")
 * @param rolePhrases        per partner role, phrases that show it
 * @param amendmentPhrases   phrases that name an amendment or addendum
 * @param implementationPlanPhrases phrases that show an implementation plan
 * @param acknowledgement    signature, acceptance and email-approval vocabulary
 * @param email              the words of email threads: header labels, reply introductions, subject prefixes
 * @param dateLabels         per date role, labels written before a date
 * @param dates              month names, the words between a date's parts, and the cues of day-first and
 *                           month-first documents
 * @param identifierLabels   per identifier type, labels written before a tenant or subscription id
 * @since 0.1.0
 */
public record LexiconFile(
        Map<DocumentType, DocumentTypeTerms> documentTypes,
        Map<String, DocumentTypeTerms> otherKinds,
        Phrases titleTopicWords,
        Map<SectionType, Phrases> sectionHeadings,
        Phrases sectionNumberingWords,
        Phrases headingConnectors,
        Phrases clauseNumbers,
        List<ProductTerm> products,
        Map<Program, Phrases> programPhrases,
        Map<AgreementType, Phrases> agreements,
        OtherVendorTerms otherVendors,
        PartyTerms parties,
        Phrases activityPhrases,
        Phrases deliverablePhrases,
        Phrases businessNeedPhrases,
        Phrases benefitPhrases,
        Map<ArchitectureChange, Phrases> architecturePhrases,
        Phrases infrastructurePhrases,
        Map<RoleType, Phrases> rolePhrases,
        Phrases amendmentPhrases,
        Phrases implementationPlanPhrases,
        AcknowledgementTerms acknowledgement,
        EmailTerms email,
        Map<DateRole, Phrases> dateLabels,
        DateTerms dates,
        Map<IdentifierType, Phrases> identifierLabels,
        @JsonProperty("$comment") String comment) {

    /**
     * How a document type is recognised.
     *
     * @param titles  phrases that, near the top of the document, name its kind ("Statement of Work")
     * @param phrases phrases anywhere in the text that point to the kind
     */
    public record DocumentTypeTerms(Phrases titles, Phrases phrases) {
    }

    /**
     * A product or workload.
     *
     * @param name     canonical name
     * @param program  the incentive program it counts for
     * @param workload its workload group
     * @param aliases  other names and abbreviations, matched case-insensitively (all-caps aliases case-sensitively)
     * @param generic  whether the name is only a family name ("Microsoft Azure")
     */
    public record ProductTerm(String name, Program program, String workload, List<String> aliases, boolean generic) {
    }

    /**
     * Other vendors, whose products a document may name beside or instead of Microsoft's.
     *
     * @param names        other vendors' names and the names of their products ("AWS", "Google Cloud", "GKE",
     *                     "CloudWatch"): "CloudWatch Application Insights" and "Google Kubernetes Engine (Autopilot)"
     *                     are theirs, not Azure Monitor and Windows Autopilot
     * @param alternatives the words between names offered as alternatives ("or", "versus", "oder", "ou"): "a public
     *                     cloud (e.g. Azure or AWS)" names Azure only as an example
     */
    public record OtherVendorTerms(Phrases names, Phrases alternatives) {
    }

    /**
     * The words of email threads.
     *
     * @param headerLabels    per field of a quoted message's header block (FROM, SENT, TO, CC, SUBJECT), its labels
     *                        ("From", "Von", "De", "Da", "Van")
     * @param replyIntros     the verb of a reply's introduction line ("wrote", "schrieb", "a écrit")
     * @param replyPrefixes   subject prefixes of replies ("RE", "AW", "SV")
     * @param forwardPrefixes subject prefixes of forwards ("FW", "Fwd", "WG", "TR")
     * @param schedulingWords words that make an approval a meeting's rather than the work's ("meeting", "invite",
     *                        "Tuesday")
     */
    public record EmailTerms(Map<String, Phrases> headerLabels, Phrases replyIntros, Phrases replyPrefixes,
                             Phrases forwardPrefixes, Phrases schedulingWords) {
    }

    /**
     * How dates are written.
     *
     * @param months         per month, its names and abbreviations ("March", "Mar", "März", "marzo")
     * @param connectors     the words that may stand between a date's parts ("of", "de")
     * @param dayFirstCues   phrases of documents that write the day before the month ("Pty Ltd", "VAT", "€")
     * @param monthFirstCues phrases of documents that write the month first ("LLC", "Inc.")
     */
    public record DateTerms(Map<java.time.Month, Phrases> months, Phrases connectors, Phrases dayFirstCues,
                            Phrases monthFirstCues) {
    }

    /**
     * How documents name the parties.
     *
     * @param customerLabels    labels and defined terms of the customer: "Customer", "Client", "Prepared for",
     *                          "Bill To", "the Authority", "Auftraggeber"
     * @param partnerLabels     labels and defined terms of the partner: "Partner", "Prepared by", "Supplier",
     *                          "Consultant", "Auftragnehmer"
     * @param legalForms        the legal forms that end organisations' names: "Ltd", "Inc.", "GmbH", "S.A."
     * @param organisationWords words that make a name an organisation's: "Council", "University", "Credit Union"
     * @param businessWords     words that make a name an organisation's when they end it: "Contoso Solutions",
     *                          "Corrib Digital Advisory", but not "Cloud Workplace Move"
     * @param preambleMarkers   the words before a contract's parties: "by and between", "zwischen", "entre"
     * @param issuerMarkers     the words before the party that issues a document to the other: "issued by",
     *                          "submitted by", "émis par" ("issued by A ... to B")
     * @param partiesHeadings   the headings over a numbered list of a contract's parties: "Parties", "Vertragsparteien"
     * @param conjunctions      the words between them: "and", "und", "et"
     * @param onBehalfPhrases   the words before the party a signature is for: "for and on behalf of", "namens"
     * @param performerPhrases  phrases that say who performs the work: "will deliver", "erbringt"
     * @param engagerPhrases    phrases between the customer and the partner it engages: "has asked", "has engaged",
     *                          "beauftragt", "ha contratado a" ("The Firm has asked Corrib to plan ...")
     * @param helpPhrases       phrases between the partner and the customer it helps: "may help", "will assist",
     *                          "accompagnera" ("Ironbark may help Quayside assess ...")
     * @param servedWords       the words before the organisation the work is for: "for", "für", "pour"
     *                          ("Azure Migration for Contoso Ltd", "will deliver ... for Contoso")
     * @param projectWords      words that make the words after an organisation's name and a dash a project it is
     *                          for: "migration", "programme", "Projekt" ("Redgum Logistics - AWS migration")
     * @param freeMailProviders the names of public webmail providers ("gmail", "outlook"): their domains name no
     *                          organisation
     * @param personTitles      job titles and forms of address ("Account Executive", "CIO", "Dr.", "Geschäftsführer"):
     *                          a name with one is a person's, not an organisation's
     * @param contactWords      the words after (or before) a party's label that make it a label of the party's
     *                          contact person ("Client sponsor", "Buyer contact", "Ansprechpartner Kunde")
     * @param departmentWords   the names of parts of an organisation ("Business Office", "Accounts Payable"): a
     *                          label's value of only these names no organisation
     */
    public record PartyTerms(Phrases customerLabels, Phrases partnerLabels, Phrases legalForms,
                             Phrases organisationWords, Phrases businessWords, Phrases preambleMarkers,
                             Phrases issuerMarkers, Phrases partiesHeadings,
                             Phrases conjunctions,
                             Phrases onBehalfPhrases, Phrases performerPhrases, Phrases engagerPhrases,
                             Phrases helpPhrases, Phrases servedWords, Phrases projectWords,
                             Phrases freeMailProviders,
                             Phrases personTitles, Phrases contactWords, Phrases departmentWords) {
    }

    /**
     * Vocabulary of acknowledgement.
     *
     * @param signatureLabels  labels of a signature line ("Signature", "Signed", "By")
     * @param nameLabels       labels of the signer's name line ("Name", "Printed Name")
     * @param titleLabels      labels of the signer's title line ("Title", "Position", "Funktion")
     * @param dateLabels       labels of a block's date line ("Date", "Ort, Datum", "Fecha")
     * @param companyLabels    labels of the company a block is signed for ("Company", "Firma", "Société")
     * @param acceptanceLabels labels that introduce a customer's acceptance ("Accepted by", "Approved by")
     * @param electronicSignatureMarkers markers of an electronic signature ("DocuSigned by", "/s/")
     * @param approvalPhrases  email phrases that agree to the work
     * @param receiptPhrases   email phrases that only acknowledge receipt
     * @param negations        phrases that turn an approval into a refusal ("not approve")
     * @param thisMessagePhrases the words by which a message makes itself the approval that follows them ("please take
     *                         this email as" our approval): a negation or request before them does not turn it into one
     * @param quoteMarkers     lines that start quoted history in an email ("-----Original Message-----")
     * @param certificateTitles the titles of electronic-signature certificates and audit trails ("Certificate Of
     *                          Completion", "Final Audit Report"), from which the signers' events are read
     * @param certificateSignedWords the words of a certificate's event that record a signature ("e-signed by",
     *                          "Signed:", "Signature Date"), as against one only sent or viewed
     * @param approvalActions   the words that record an approval in a workflow or a status ("Approved", "Released",
     *                          "Genehmigt")
     */
    public record AcknowledgementTerms(Phrases signatureLabels, Phrases nameLabels, Phrases titleLabels,
                                       Phrases dateLabels, Phrases companyLabels, Phrases acceptanceLabels, Phrases electronicSignatureMarkers,
                                       Phrases approvalPhrases, Phrases receiptPhrases,
                                       Phrases negations, Phrases thisMessagePhrases, Phrases quoteMarkers,
                                       Phrases certificateTitles, Phrases certificateSignedWords,
                                       Phrases approvalActions) {
    }
}
