package io.poerules.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.poerules.extract.DocumentPart;
import io.poerules.extract.ExtractedDocument;
import io.poerules.fact.Fact;
import io.poerules.fact.MentionKind;
import io.poerules.fact.Organisation;
import io.poerules.fact.PartyMention;
import io.poerules.fact.PartyRole;
import io.poerules.map.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where PartyMentionDetector finds performers, served organisations, project titles, issuers and defined terms. */
class PartyMentionsTest {

    private static final Lexicon LEXICON = TestTexts.lexicon("""
            {
              "parties": {
                "customerLabels": ["Customer", "Client", "Opdrachtgever", "Auftraggeber"],
                "partnerLabels": ["Partner", "Supplier", "Opdrachtnemer", "Auftragnehmer"],
                "legalForms": ["Ltd", "Limited", "B.V.", "GmbH"],
                "organisationWords": ["Credit Union"],
                "businessWords": ["Advisory", "Consulting", "Services", "IT", "Logistics", "Solutions"],
                "preambleMarkers": ["by and between", "between"],
                "issuerMarkers": ["issued by"],
                "conjunctions": ["and", "to"],
                "performerPhrases": ["will deliver the following", "will carry out the work",
                    "erbringt folgende Leistungen"],
                "engagerPhrases": ["has asked", "has engaged"],
                "helpPhrases": ["may help", "will assist"],
                "partiesHeadings": ["Parties", "The Parties"],
                "servedWords": ["for", "für"],
                "projectWords": ["migration", "programme", "program", "project", "move", "integration"],
                "personTitles": ["Director", "CIO", "Architect"],
                "contactWords": ["contact"]
              }
            }""");

    // Lines that name no one, so that a sentence below them is read as no title or letterhead.
    private static final String COVER = "Statement of Work\nVersion 1.0\n4 May 2026\n\n";

    private final PartyMentionDetector detector = detector(LEXICON);
    private final FactMapper mapper = new FactMapper(LEXICON);

    private static PartyMentionDetector detector(Lexicon lexicon) {
        RoleWords roles = new RoleWords(lexicon.customerLabels(), lexicon.partnerLabels(), lexicon.contactWords());
        OrganisationShape shape = new OrganisationShape(lexicon.legalForms(), lexicon.organisationWords(),
                lexicon.businessWords(), lexicon.personTitles(), lexicon.departmentWords());
        return new PartyMentionDetector(roles, shape,
                new Preamble(lexicon.preambleMarkers(), lexicon.issuerMarkers(), lexicon.partiesHeadings(),
                        lexicon.conjunctions(), roles, shape),
                new Performers(lexicon.performerPhrases(), lexicon.engagerPhrases(), lexicon.helpPhrases(),
                        lexicon.servedWords(), lexicon.projectWords(), roles, shape),
                List.of(), List.of());
    }

    private List<PartyMention> mentions(DocumentPart part) {
        MappedFacts facts = new MappedFacts();
        detector.detect(new PartText(part), List.of(), facts);
        return facts.ofType(PartyMention.class);
    }

    private List<PartyMention> mentions(String text) {
        return mentions(TestTexts.plain(text));
    }

    private List<PartyMention> mentions(String text, MentionKind... kinds) {
        List<MentionKind> wanted = List.of(kinds);
        return mentions(text).stream().filter(m -> wanted.contains(m.kind())).toList();
    }

    private List<Fact> map(String text) {
        return mapper.map(new ExtractedDocument("sow.txt", "text/plain", List.of(TestTexts.plain(text)), List.of()));
    }

    private static <T> List<T> ofType(List<Fact> facts, Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void organisationBeforeAPerformerPhrasePerformsAndTheOneAfterAServedWordIsServed() {
        assertThat(mentions(COVER + "Corrib Advisory will deliver the following workstreams for Maplecrest Credit Union.",
                MentionKind.PERFORMER, MentionKind.SERVED))
                .extracting(PartyMention::name, PartyMention::kind, PartyMention::roleHint, PartyMention::cue)
                .containsExactly(
                        tuple("Corrib Advisory", MentionKind.PERFORMER, PartyRole.PARTNER, "will deliver the following"),
                        tuple("Maplecrest Credit Union", MentionKind.SERVED, PartyRole.CUSTOMER,
                                "will deliver the following"));
    }

    @Test
    void performerPhrasesInOtherWordingsAndLanguagesNameThePerformer() {
        assertThat(mentions(COVER + "Donauwerk IT Services erbringt folgende Leistungen für Alpenmilch GmbH:",
                MentionKind.PERFORMER, MentionKind.SERVED))
                .extracting(PartyMention::name, PartyMention::kind, PartyMention::roleHint)
                .containsExactly(tuple("Donauwerk IT Services", MentionKind.PERFORMER, PartyRole.PARTNER),
                        tuple("Alpenmilch GmbH", MentionKind.SERVED, PartyRole.CUSTOMER));
        assertThat(mentions(COVER + "As agreed in March, Harbourline Consulting will carry out the work in three waves.",
                MentionKind.PERFORMER, MentionKind.SERVED))
                .extracting(PartyMention::name, PartyMention::kind)
                .containsExactly(tuple("Harbourline Consulting", MentionKind.PERFORMER));
    }

    @Test
    void servedWordInAnotherSentenceServesNoOne() {
        assertThat(mentions(COVER + "Corrib Advisory will deliver the following workstreams. "
                + "The plan was written for Maplecrest Credit Union.", MentionKind.PERFORMER, MentionKind.SERVED))
                .extracting(PartyMention::name, PartyMention::kind)
                .containsExactly(tuple("Corrib Advisory", MentionKind.PERFORMER));
    }

    @Test
    void engagerPhraseServesItsSubjectAndHasItsObjectPerform() {
        assertThat(mentions(COVER + "The Firm has asked Corrib Advisory to plan the move of its file servers.",
                MentionKind.PERFORMER, MentionKind.SERVED))
                .extracting(PartyMention::name, PartyMention::kind, PartyMention::roleHint, PartyMention::cue)
                .containsExactlyInAnyOrder(tuple("The Firm", MentionKind.SERVED, PartyRole.CUSTOMER, "has asked"),
                        tuple("Corrib Advisory", MentionKind.PERFORMER, PartyRole.PARTNER, "has asked"));
        assertThat(mentions(COVER + "Maplecrest Credit Union has engaged Harbourline Consulting for a tenant review.",
                MentionKind.PERFORMER, MentionKind.SERVED))
                .extracting(PartyMention::name, PartyMention::kind)
                .containsExactlyInAnyOrder(tuple("Maplecrest Credit Union", MentionKind.SERVED),
                        tuple("Harbourline Consulting", MentionKind.PERFORMER));
    }

    @Test
    void titleWithAServedWordNamesTheServedOrganisation() {
        assertThat(mentions("Azure Migration for Contoso Ltd\nVersion 1.0\n", MentionKind.SERVED))
                .extracting(PartyMention::name, PartyMention::roleHint, PartyMention::cue)
                .containsExactly(tuple("Contoso Ltd", PartyRole.CUSTOMER, "title"));
    }

    @Test
    void titleThatStartsWithAnOrganisationIsNoServedTitle() {
        assertThat(mentions("Corrib Advisory for Maplecrest Credit Union\nVersion 1.0\n", MentionKind.SERVED)).isEmpty();
    }

    @Test
    void performerAndServedMentionsAloneMakeNoOrganisation() {
        List<Fact> facts = map(COVER + "Corrib Advisory will deliver the following workstreams for Maplecrest Credit Union.");

        assertThat(ofType(facts, Organisation.class)).isEmpty();
        assertThat(ofType(facts, PartyMention.class)).isEmpty();
    }

    @Test
    void performerMentionJoinsAnOrganisationTheDocumentNamesOtherwise() {
        List<Fact> facts = map(COVER + "Partner: Corrib Advisory\n\n"
                + "Corrib Advisory will deliver the following workstreams for Maplecrest Credit Union.");

        assertThat(ofType(facts, Organisation.class)).extracting(Organisation::name).containsExactly("Corrib Advisory");
        assertThat(ofType(facts, PartyMention.class)).extracting(PartyMention::kind)
                .containsExactlyInAnyOrder(MentionKind.LABEL, MentionKind.PERFORMER);
    }

    @Test
    void servedTitleWithAnOrganisationsShapeMakesAnOrganisation() {
        List<Fact> facts = map("Azure Migration for Contoso Ltd\nVersion 1.0\n");

        assertThat(ofType(facts, Organisation.class)).extracting(Organisation::name).containsExactly("Contoso Ltd");
        assertThat(ofType(facts, PartyMention.class)).extracting(PartyMention::kind, PartyMention::cue)
                .containsExactly(tuple(MentionKind.SERVED, "title"));
    }

    @Test
    void servedTitleWithoutAnOrganisationsShapeMakesNoOrganisation() {
        assertThat(mentions("Cloud Readiness Assessment for Harrow Vineyards\nVersion 1.0\n", MentionKind.SERVED))
                .extracting(PartyMention::name).containsExactly("Harrow Vineyards");
        assertThat(ofType(map("Cloud Readiness Assessment for Harrow Vineyards\nVersion 1.0\n"), Organisation.class))
                .isEmpty();
    }

    @Test
    void projectTitleAfterADashNamesTheServedOrganisation() {
        for (String title : List.of("Redgum Logistics - AWS migration",
                "Redgum Logistics – warehouse systems move to Microsoft Azure",
                "Redgum Logistics — Endpoint Programme")) {
            assertThat(mentions(title + "\nVersion 1.0\n", MentionKind.SERVED, MentionKind.LETTERHEAD)).as(title)
                    .extracting(PartyMention::name, PartyMention::kind, PartyMention::roleHint, PartyMention::cue)
                    .containsExactly(tuple("Redgum Logistics", MentionKind.SERVED, PartyRole.CUSTOMER, "title"));
        }
    }

    @Test
    void projectTitleInMarkdownBoldNamesTheServedOrganisation() {
        assertThat(mentions("**Fernhill Orchards Limited - packhouse systems move to Microsoft Azure**\n\nVersion 1.0\n",
                MentionKind.SERVED, MentionKind.LETTERHEAD))
                .extracting(PartyMention::name, PartyMention::kind, PartyMention::cue)
                .containsExactly(tuple("Fernhill Orchards Limited", MentionKind.SERVED, "title"));
    }

    @Test
    void projectTitleInOnePartOfALineNamesTheServedOrganisation() {
        assertThat(mentions("SOW 0419 | Maple Ridge Credit Union - Modern Endpoint Program\nVersion 1.0\n",
                MentionKind.SERVED, MentionKind.LETTERHEAD))
                .extracting(PartyMention::name, PartyMention::kind, PartyMention::cue)
                .containsExactly(tuple("Maple Ridge Credit Union", MentionKind.SERVED, "title"));
        assertThat(mentions("Statement of Work\tMaple Ridge Credit Union - Modern Endpoint Program\n",
                MentionKind.SERVED, MentionKind.LETTERHEAD))
                .extracting(PartyMention::name, PartyMention::kind)
                .containsExactly(tuple("Maple Ridge Credit Union", MentionKind.SERVED));
    }

    @Test
    void projectTitleInARunningFooterNamesTheServedOrganisation() {
        DocumentPart pdf = TestTexts.paged(
                "Statement of Work\nVersion 1.0\n4 May 2026\nThe work starts in June.\nRedgum Logistics - AWS migration",
                "Timeline\nWave one moves the file servers.\nWave two moves the databases.\nSign-off follows.\n"
                        + "Redgum Logistics - AWS migration");

        assertThat(mentions(pdf)).extracting(PartyMention::name, PartyMention::kind, PartyMention::cue)
                .containsExactly(tuple("Redgum Logistics", MentionKind.SERVED, "title"));
    }

    @Test
    void projectTitleWithAnOrganisationsShapeMakesAnOrganisation() {
        List<Fact> facts = map("Redgum Logistics - AWS migration\nVersion 1.0\n");

        assertThat(ofType(facts, Organisation.class)).extracting(Organisation::name).containsExactly("Redgum Logistics");
    }

    @Test
    void lineOfBusinessAfterTheDashIsNoProject() {
        List<PartyMention> found = mentions("Contoso Consulting - Cloud Migration Services\nVersion 1.0\n");

        assertThat(found).noneMatch(m -> m.kind() == MentionKind.SERVED);
        assertThat(found).extracting(PartyMention::name, PartyMention::kind)
                .containsExactly(tuple("Contoso Consulting", MentionKind.LETTERHEAD));
    }

    @Test
    void aLineTwiceOnOnePageIsNoRunningLineHoweverFarThePageIs() {
        for (int pages : new int[] {3, 130}) {
            List<String> text = new ArrayList<>();
            for (int p = 1; p < pages; p++) {
                text.add("Chapter " + p + "\nThe migration goes on.\nMore of the plan.\nStill more.\nEnd of the chapter.");
            }
            text.add("Contoso Ltd\nThe last page.\nMore of the plan.\nStill more.\nContoso Ltd");

            assertThat(mentions(TestTexts.paged(text.toArray(String[]::new)))).as("%d pages", pages)
                    .noneMatch(m -> m.kind() == MentionKind.LETTERHEAD);
        }
    }

    @Test
    void aLineAtTheTopOfTwoPagesIsARunningLine() {
        List<String> text = new ArrayList<>();
        for (int p = 1; p <= 130; p++) {
            text.add((p >= 129 ? "Contoso Ltd" : "Chapter " + p) + "\nThe migration goes on.\nMore of the plan.\n"
                    + "Still more.\nEnd of the chapter.");
        }

        assertThat(mentions(TestTexts.paged(text.toArray(String[]::new)))).extracting(PartyMention::name,
                PartyMention::kind).contains(tuple("Contoso Ltd", MentionKind.LETTERHEAD));
    }

    @Test
    void textAfterTheDashWithoutAProjectWordIsNoProject() {
        List<PartyMention> found = mentions("Contoso Ltd - Excellence in IT\nVersion 1.0\n");

        assertThat(found).noneMatch(m -> m.kind() == MentionKind.SERVED);
        assertThat(found).extracting(PartyMention::name, PartyMention::kind)
                .containsExactly(tuple("Contoso Ltd", MentionKind.LETTERHEAD));
    }

    @Test
    void issuedByNamesTheIssuer() {
        List<PartyMention> found = mentions(
                "This purchase order is issued by Northwind Traders Ltd to Fabrikam Consulting Ltd for the work below.");

        assertThat(found).filteredOn(m -> m.kind() == MentionKind.ISSUER)
                .extracting(PartyMention::name, PartyMention::cue)
                .containsExactly(tuple("Northwind Traders Ltd", "issued by"));
        assertThat(found).filteredOn(m -> m.kind() == MentionKind.PREAMBLE)
                .extracting(PartyMention::name, PartyMention::order)
                .containsExactly(tuple("Northwind Traders Ltd", 1), tuple("Fabrikam Consulting Ltd", 2));
    }

    @Test
    void contractBetweenTwoPartiesNamesNoIssuer() {
        assertThat(mentions("This agreement is made by and between Northwind Traders Ltd and Fabrikam Consulting Ltd."))
                .extracting(PartyMention::kind).contains(MentionKind.PREAMBLE).doesNotContain(MentionKind.ISSUER);
    }

    @Test
    void unquotedTermAfterItsIntroducingWordIsADefinedTerm() {
        assertThat(mentions(COVER + "Kaasmakerij De Vries B.V. (hierna: opdrachtgever) verstrekt de opdracht.",
                MentionKind.DEFINED_TERM))
                .extracting(PartyMention::name, PartyMention::cue, PartyMention::roleHint)
                .containsExactly(tuple("Kaasmakerij De Vries B.V.", "opdrachtgever", PartyRole.CUSTOMER));
        assertThat(mentions(COVER + "Vertrag mit der Alpenmilch GmbH (nachfolgend: Auftraggeber) über folgende Leistungen.",
                MentionKind.DEFINED_TERM))
                .extracting(PartyMention::name, PartyMention::cue, PartyMention::roleHint)
                .containsExactly(tuple("Alpenmilch GmbH", "Auftraggeber", PartyRole.CUSTOMER));
    }

    @Test
    void quotedTermsAreDefinedTerms() {
        assertThat(mentions(COVER + "Maplecrest Credit Union, a Vermont credit union (the “Client”), orders the work.",
                MentionKind.DEFINED_TERM))
                .extracting(PartyMention::name, PartyMention::cue, PartyMention::roleHint)
                .containsExactly(tuple("Maplecrest Credit Union", "Client", PartyRole.CUSTOMER));
        assertThat(mentions(COVER + "The work is done by Corrib Advisory Ltd (the \"Supplier\").", MentionKind.DEFINED_TERM))
                .extracting(PartyMention::name, PartyMention::cue, PartyMention::roleHint)
                .containsExactly(tuple("Corrib Advisory Ltd", "Supplier", PartyRole.PARTNER));
        assertThat(mentions(COVER + "Fabrikam Consulting Ltd (\"Fabrikam\") leads the design.", MentionKind.DEFINED_TERM))
                .extracting(PartyMention::name, PartyMention::cue, PartyMention::roleHint)
                .containsExactly(tuple("Fabrikam Consulting Ltd", "Fabrikam", PartyRole.UNKNOWN));
    }

    @Test
    void theOrganisationBeforeAHelpPhrasePerformsTheWorkAndTheOneAfterItIsServed() {
        assertThat(mentions(COVER + "Under this agreement Corrib Advisory may help Maplecrest Credit Union plan the move"
                + " of its branch servers.\n", MentionKind.PERFORMER, MentionKind.SERVED))
                .extracting(PartyMention::name, PartyMention::kind, PartyMention::roleHint, PartyMention::cue)
                .containsExactly(tuple("Corrib Advisory", MentionKind.PERFORMER, PartyRole.PARTNER, "may help"),
                        tuple("Maplecrest Credit Union", MentionKind.SERVED, PartyRole.CUSTOMER, "may help"));
    }

    @Test
    void partiesNumberedUnderAHeadingOfTheirOwnAreThePreamblesWithTheTermsEachDefines() {
        assertThat(mentions("""
                MUTUAL NON-DISCLOSURE AGREEMENT

                PARTIES

                1. HARBOURLINE FREIGHT LIMITED, incorporated in England with company number 0412 7788, whose
                registered office is at Dock Road, Tilbury ("Harbourline").

                2. CORRIB ADVISORY LTD, a company registered in Ireland, whose registered office is in Galway
                ("Corrib").

                BACKGROUND

                (A) The parties wish to discuss a possible engagement (the "Purpose").

                AGREED TERMS

                1. Interpretation "Confidential Information" means all information of a confidential nature.
                """, MentionKind.PREAMBLE, MentionKind.DEFINED_TERM))
                .extracting(PartyMention::name, PartyMention::kind, PartyMention::cue)
                .doesNotContain(tuple("CORRIB ADVISORY LTD", MentionKind.DEFINED_TERM, "Purpose"))
                .contains(tuple("HARBOURLINE FREIGHT LIMITED", MentionKind.PREAMBLE, "Parties"),
                        tuple("HARBOURLINE FREIGHT LIMITED", MentionKind.DEFINED_TERM, "Harbourline"),
                        tuple("CORRIB ADVISORY LTD", MentionKind.PREAMBLE, "Parties"),
                        tuple("CORRIB ADVISORY LTD", MentionKind.DEFINED_TERM, "Corrib"));
    }

    @Test
    void theOrganisationAfterAContactsNameAndTitleIsThePartysWithTheLabelsRole() {
        assertThat(mentions(COVER + "Customer contact: Tom Ashworth, Enterprise Architect, Kestrel Freight\n"
                + "Client contact: Jane Doe, CIO\n", MentionKind.LABEL))
                .extracting(PartyMention::name, PartyMention::roleHint, PartyMention::cue)
                .containsExactly(tuple("Kestrel Freight", PartyRole.CUSTOMER, "Customer contact"));
    }

    @Test
    void aHeaderWithTheWritersNameBeforeAProjectTitleGivesBothTheLetterheadAndTheServed() {
        assertThat(mentions("Brightwater Digital Ltd  |  Kestrel Freight - Shipment Events Integration  |  HLD v0.7\n\n"
                + "High-Level Solution Design\n", MentionKind.LETTERHEAD, MentionKind.SERVED))
                .extracting(PartyMention::name, PartyMention::kind)
                .containsExactlyInAnyOrder(tuple("Brightwater Digital Ltd", MentionKind.LETTERHEAD),
                        tuple("Kestrel Freight", MentionKind.SERVED));
    }
}
