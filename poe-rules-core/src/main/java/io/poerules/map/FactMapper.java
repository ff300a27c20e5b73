package io.poerules.map;

import io.poerules.api.DocumentType;
import io.poerules.extract.DocumentPart;
import io.poerules.extract.ExtractedDocument;
import io.poerules.fact.Agreement;
import io.poerules.fact.AgreementType;
import io.poerules.fact.Amendment;
import io.poerules.fact.Benefit;
import io.poerules.fact.BusinessNeed;
import io.poerules.fact.ClaimedWorkload;
import io.poerules.fact.Evidence;
import io.poerules.fact.Extraction;
import io.poerules.fact.Fact;
import io.poerules.fact.ImplementationPlan;
import io.poerules.fact.PartnerRole;
import io.poerules.fact.Product;
import io.poerules.fact.RoleType;
import io.poerules.fact.SectionType;
import io.poerules.map.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Maps an extracted document to facts with small detectors, each driven by the lexicon. Built once
 * per validator; immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class FactMapper {

    private final Sections sections;
    private final ProductDetector products;
    private final List<PartDetector> detectors;
    private final EmailDetector email;
    private final DocumentKindDetector documentKind;
    private final ProgramDetector program;
    private final Organisations organisations;

    public FactMapper(Lexicon lexicon) {
        SharedPhrases shared = new SharedPhrases();
        RoleWords roles = new RoleWords(lexicon.customerLabels(), lexicon.partnerLabels(), lexicon.contactWords());
        OrganisationShape shape = new OrganisationShape(lexicon.legalForms(), lexicon.organisationWords(),
                lexicon.businessWords(), lexicon.personTitles(), lexicon.departmentWords());
        List<String> documentTitles = new ArrayList<>();
        List<String> notNames = new ArrayList<>();
        for (DocumentType type : DocumentType.values()) {
            for (String title : lexicon.documentTypeTitles(type)) {
                (PartText.wordCount(title) > 1 ? documentTitles : notNames).add(title);
            }
        }
        lexicon.otherKinds().values().stream().filter(kind -> kind.titles() != null).flatMap(kind -> kind.titles().all().stream())
                .forEach(title -> (PartText.wordCount(title) > 1 ? documentTitles : notNames).add(title));
        lexicon.sectionHeadings().values().forEach(notNames::addAll);
        this.sections = new Sections(lexicon.sectionHeadings(), lexicon.sectionNumberingWords(),
                lexicon.headingConnectors(), lexicon.clauseNumbers());
        DateParser dates = new DateParser(lexicon.months(), lexicon.dateConnectors(), lexicon.dayFirstCues(),
                lexicon.monthFirstCues(), shared);
        this.products = new ProductDetector(lexicon.products(), lexicon.otherVendorNames(), lexicon.alternativeWords(),
                shape, shared);
        this.detectors = List.of(
                new SectionDetector(),
                new PartyMentionDetector(roles, shape,
                        new Preamble(lexicon.preambleMarkers(), lexicon.issuerMarkers(), lexicon.partiesHeadings(),
                                lexicon.conjunctions(), roles, shape, shared),
                        new Performers(lexicon.performerPhrases(), lexicon.engagerPhrases(), lexicon.helpPhrases(),
                                lexicon.servedWords(), lexicon.projectWords(), roles, shape, shared), notNames,
                        documentTitles),
                new DateDetector(lexicon.dateLabels(), dates),
                products,
                new EnumPhraseDetector<>(AgreementType.class, lexicon.agreements(), Agreement::new, shared,
                        Set.of()),
                new ServiceItemDetector(lexicon.activityPhrases(), lexicon.deliverablePhrases(), sections, shared),
                new SignatureDetector(SignatureWords.of(lexicon), roles, shape, dates, shared),
                new ESignatureDetector(lexicon.certificateTitles(), lexicon.certificateSignedWords(), dates),
                new ApprovalRecordDetector(lexicon.approvalActions(), roles, shape, dates),
                new PhraseFactDetector(SectionType.BUSINESS_NEED, lexicon.businessNeedPhrases(), BusinessNeed::new, shared),
                new PhraseFactDetector(SectionType.BENEFITS, lexicon.benefitPhrases(), Benefit::new, shared),
                new ArchitectureDetector(lexicon.architecturePhrases(), lexicon.infrastructurePhrases(), shared),
                new PhraseFactDetector(SectionType.AMENDMENT, lexicon.amendmentPhrases(), Amendment::new, shared),
                new PhraseFactDetector(SectionType.IMPLEMENTATION_PLAN, lexicon.implementationPlanPhrases(),
                        ImplementationPlan::new, shared),
                new EnumPhraseDetector<>(RoleType.class, lexicon.rolePhrases(), PartnerRole::new, shared,
                        Set.of(SectionType.ASSUMPTIONS)),
                new IdentifierDetector(lexicon.identifierLabels()));
        this.email = new EmailDetector(EmailWords.of(lexicon), shape, dates);
        this.organisations = new Organisations(roles, shape);
        this.documentKind = new DocumentKindDetector(lexicon, shared);
        this.program = new ProgramDetector(lexicon.programPhrases(), shared);
        shared.freeze();
    }

    /**
     * The workloads a claim names, each with the canonical name of its product when the products
     * lexicon knows it by that name or an alias ("Intune" is "Microsoft Intune").
     */
    public List<ClaimedWorkload> claimedWorkloads(List<String> workloads) {
        return workloads.stream().map(w -> new ClaimedWorkload(w, products.canonicalName(w))).toList();
    }

    /** The facts of a readable document; the document must have at least one part. */
    public List<Fact> map(ExtractedDocument document) {
        return map(document, null);
    }

    /**
     * The facts of a readable document, each with evidence that names the document; the document must
     * have at least one part.
     *
     * @param source the document's name in its report entry, written into every evidence
     */
    public List<Fact> map(ExtractedDocument document, String source) {
        MappedFacts facts = new MappedFacts();
        List<PartText> texts = new ArrayList<>();
        for (DocumentPart part : document.parts()) {
            PartText text = new PartText(part, source);
            texts.add(text);
            List<Sections.Span> spans = sections.find(text);
            for (PartDetector detector : detectors) {
                detector.detect(text, spans, facts);
            }
        }
        for (PartText text : texts) {
            if (text.part().isEmail()) {
                email.detect(text, facts);
            }
        }
        PartText main = texts.get(0);
        facts.add(documentKind.detect(texts));
        facts.add(program.detect(texts, facts.ofType(Product.class)));
        int characters = document.characters();
        PartText first = texts.stream().filter(t -> !t.text().isBlank()).findFirst().orElse(main);
        String opening = first.text();
        boolean ocr = document.parts().stream().anyMatch(DocumentPart::hasOcr);
        facts.add(new Extraction(document.contentType(), characters, document.parts().size(),
                document.isTruncated(), new Evidence(opening.substring(0, Math.min(120, opening.length()))
                        .replaceAll("\\s+", " "), 0, Math.min(120, opening.length()), first.pageAt(0),
                        first.part().name(), source, first.part().isOcr(first.pageAt(0))), ocr));
        return organisations.group(facts.all(), source);
    }
}
