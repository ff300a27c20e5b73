package io.poerules.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.poerules.extract.DocumentPart;
import io.poerules.extract.EmailHeaders;
import io.poerules.fact.AcknowledgementKind;
import io.poerules.fact.DateMention;
import io.poerules.fact.DateRole;
import io.poerules.fact.EmailAcknowledgement;
import io.poerules.fact.EmailMessage;
import io.poerules.fact.MentionKind;
import io.poerules.fact.PartyMention;
import io.poerules.fact.PartyRole;
import io.poerules.map.lexicon.Lexicon;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmailDetectorTest {

    private static final Lexicon LEXICON = TestTexts.lexicon("""
            {
              "email": {
                "headerLabels": {
                  "FROM": {"en": ["From"], "de": ["Von"], "fr": ["De"]},
                  "SENT": {"en": ["Sent", "Date"], "de": ["Gesendet"], "fr": ["Envoyé"]},
                  "TO": {"en": ["To"], "de": ["An"], "fr": ["À"]},
                  "SUBJECT": {"en": ["Subject"], "de": ["Betreff"], "fr": ["Objet"]}
                },
                "replyIntros": {"en": ["wrote"], "fr": ["a écrit"]},
                "replyPrefixes": {"en": ["RE"], "de": ["AW"]},
                "forwardPrefixes": {"en": ["FW", "Fwd"], "de": ["WG"]},
                "schedulingWords": {"en": ["meeting", "Tuesday"], "de": ["Termin"]}
              },
              "acknowledgement": {
                "approvalPhrases": {"en": ["we approve", "approved", "our approval"], "de": ["freigegeben"],
                    "fr": ["bon pour accord"]},
                "receiptPhrases": {"en": ["thanks for sending", "we will review"], "de": ["dankend erhalten"]},
                "negations": {"en": ["not", "cannot", "please"], "de": ["nicht", "noch nicht"]},
                "thisMessagePhrases": {"en": ["take this email as", "treat this email as"]},
                "quoteMarkers": ["-----Original Message-----"]
              },
              "parties": {
                "legalForms": {"en": ["Ltd", "Pty Ltd"], "de": ["GmbH"]},
                "organisationWords": {"en": ["University"]},
                "personTitles": {"en": ["Director"]},
                "freeMailProviders": ["gmail", "live"]
              },
              "dates": {
                "months": {"MARCH": {"en": ["March", "Mar"], "de": ["März"], "fr": ["mars"]}},
                "dayFirstCues": ["Pty Ltd"]
              }
            }""");

    private static final String JANE = "Jane Doe <jane.doe@contoso.com>";
    private static final String SAM = "Sam Lee <sam.lee@fabrikam.com>";
    private static final String SENT = "2026-03-04T09:30:00Z";
    private static final LocalDate MARCH_4 = LocalDate.of(2026, 3, 4);

    private final EmailDetector detector = new EmailDetector(EmailWords.of(LEXICON),
            new OrganisationShape(LEXICON.legalForms(), LEXICON.organisationWords(), LEXICON.businessWords(),
                    LEXICON.personTitles(), LEXICON.departmentWords()),
            new DateParser(LEXICON.months(), LEXICON.dateConnectors(), LEXICON.dayFirstCues(),
                    LEXICON.monthFirstCues()));

    private MappedFacts detect(DocumentPart part) {
        MappedFacts facts = new MappedFacts();
        detector.detect(new PartText(part), facts);
        return facts;
    }

    private MappedFacts detect(String from, List<String> to, String subject, String body) {
        return detect(TestTexts.email(from, to, SENT, subject, body));
    }

    private List<EmailAcknowledgement> acknowledgements(String from, List<String> to, String subject, String body) {
        return detect(from, to, subject, body).ofType(EmailAcknowledgement.class);
    }

    /** Jane's reply to Sam. */
    private List<EmailAcknowledgement> reply(String body) {
        return acknowledgements(JANE, List.of(SAM), "RE: Sign-off", body);
    }

    @Test
    void headersBecomeAnEmailMessageAndASentDate() {
        MappedFacts facts = detect(JANE, List.of(SAM), "RE: Sign-off", "Noted.");

        assertThat(facts.ofType(EmailMessage.class)).singleElement().satisfies(m -> {
            assertThat(m.from()).isEqualTo(JANE);
            assertThat(m.fromDomain()).isEqualTo("contoso.com");
            assertThat(m.to()).containsExactly(SAM);
            assertThat(m.subject()).isEqualTo("RE: Sign-off");
            assertThat(m.date()).isEqualTo(MARCH_4);
            assertThat(m.evidence().text()).isEqualTo("From: Jane Doe <jane.doe@contoso.com> | To: Sam Lee "
                    + "<sam.lee@fabrikam.com> | Date: 2026-03-04T09:30:00Z | Subject: RE: Sign-off");
        });
        assertThat(facts.ofType(DateMention.class)).extracting(DateMention::date, DateMention::role)
                .containsExactly(tuple(MARCH_4, DateRole.EMAIL_SENT));
    }

    @Test
    void sentDateAsWrittenIsReadWhenTheHeadersHoldNoTime() {
        MappedFacts facts = detect(new DocumentPart(null, 0, "message/rfc822", "Noted.", false, "AW: Abnahme", null,
                new EmailHeaders(JANE, List.of(SAM), List.of(), null, "AW: Abnahme", "Donnerstag, 5. März 2026 16:05")));

        assertThat(facts.ofType(EmailMessage.class)).singleElement()
                .extracting(EmailMessage::date).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(facts.ofType(DateMention.class)).extracting(DateMention::date, DateMention::role)
                .containsExactly(tuple(LocalDate.of(2026, 3, 5), DateRole.EMAIL_SENT));
    }

    @Test
    void emailWithoutASentDateHasNoSentDateMention() {
        MappedFacts facts = detect(TestTexts.email(JANE, null, "RE: Sign-off", "Noted."));

        assertThat(facts.ofType(EmailMessage.class)).singleElement().extracting(EmailMessage::date).isNull();
        assertThat(facts.ofType(DateMention.class)).isEmpty();
    }

    @Test
    void messageWithoutWordsOfAcknowledgementIsNone() {
        assertThat(reply("Hi Sam, we are still testing the file shares.")).isEmpty();
    }

    @Test
    void approvalInTheNewestMessageHasTheHeadersSenderAndDate() {
        assertThat(reply("Hi Sam,\n\nWe approve the completed migration work.\n\nJane")).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AcknowledgementKind.APPROVAL);
            assertThat(a.from()).isEqualTo(JANE);
            assertThat(a.fromDomain()).isEqualTo("contoso.com");
            assertThat(a.sender()).isEqualTo("Contoso");
            assertThat(a.organisation()).isNull();
            assertThat(a.date()).isEqualTo(MARCH_4);
            assertThat(a.evidence().text()).isEqualTo("We approve the completed migration work.");
        });
    }

    @Test
    void approvalPhrasesOfEveryLexiconLanguage() {
        assertThat(reply("Die Arbeiten sind freigegeben.")).extracting(EmailAcknowledgement::kind)
                .containsExactly(AcknowledgementKind.APPROVAL);
        assertThat(reply("Bon pour accord.")).extracting(EmailAcknowledgement::kind)
                .containsExactly(AcknowledgementKind.APPROVAL);
    }

    @Test
    void replyThatOnlyConfirmsReceiptIsReceiptOnly() {
        assertThat(reply("Hi Sam,\nThanks for sending the completion report, we will review it next week."))
                .singleElement().satisfies(a -> {
                    assertThat(a.kind()).isEqualTo(AcknowledgementKind.RECEIPT_ONLY);
                    assertThat(a.evidence().text())
                            .isEqualTo("Thanks for sending the completion report, we will review it next week.");
                });
        assertThat(reply("Dankend erhalten.")).extracting(EmailAcknowledgement::kind)
                .containsExactly(AcknowledgementKind.RECEIPT_ONLY);
    }

    @Test
    void approvalWinsOverReceiptInOneMessage() {
        assertThat(reply("Thanks for sending the report.\nWe approve the completed work.")).singleElement()
                .satisfies(a -> {
                    assertThat(a.kind()).isEqualTo(AcknowledgementKind.APPROVAL);
                    assertThat(a.evidence().text()).isEqualTo("We approve the completed work.");
                });
    }

    @Test
    void negatedApprovalIsNoApproval() {
        assertThat(reply("We have not approved the work yet: two servers still fail over.")).isEmpty();
        assertThat(reply("Die Arbeiten sind noch nicht freigegeben.")).isEmpty();
    }

    @Test
    void requestForApprovalIsNoApproval() {
        assertThat(acknowledgements(SAM, List.of(JANE), "Sign-off", "Please let us know once the work is approved."))
                .isEmpty();
    }

    @Test
    void requestToTakeTheMessageItselfAsTheApprovalIsAnApproval() {
        assertThat(reply("We never printed the PDF, so please take this email as our approval of the SOW."))
                .extracting(EmailAcknowledgement::kind).containsExactly(AcknowledgementKind.APPROVAL);
    }

    @Test
    void messageTakenAsSomethingElseBeforeARequestedApprovalIsNoApproval() {
        assertThat(reply("Please take this email as a reminder: we still need your signature before our approval."))
                .as("the approval phrase is too far from the words that make the message one").isEmpty();
        assertThat(reply("Please send our approval to the board.")).isEmpty();
    }

    @Test
    void negationInAnEarlierSentenceOfTheLineDoesNotCount() {
        assertThat(reply("The report was not late. We approve the completed work.")).extracting(EmailAcknowledgement::kind)
                .containsExactly(AcknowledgementKind.APPROVAL);
    }

    @Test
    void negatedApprovalThenAnApprovalCountsTheApproval() {
        assertThat(reply("The draft was not approved.\nThe final version is approved.")).singleElement()
                .satisfies(a -> assertThat(a.evidence().text()).isEqualTo("The final version is approved."));
    }

    @Test
    void approvalOfAMeetingIsNoApproval() {
        assertThat(reply("The meeting on Tuesday is approved.")).isEmpty();
        assertThat(reply("Der Termin ist freigegeben.")).isEmpty();
    }

    @Test
    void meetingWordInTheNextSentenceDoesNotUndoTheApproval() {
        assertThat(reply("The migration is approved. See you at the meeting.")).extracting(EmailAcknowledgement::kind)
                .containsExactly(AcknowledgementKind.APPROVAL);
    }

    @Test
    void approvalOnlyInQuotedHistoryIsFoundWithTheQuotedSenderAndDate() {
        List<EmailAcknowledgement> found = acknowledgements(SAM, List.of("Priya Patel <priya.patel@fabrikam.com>"),
                "FW: Sign-off", """
                        Priya, see Ana's reply below.

                        From: Ana Silva <ana.silva@contoso.com>
                        Sent: Tuesday, March 3, 2026 10:02 AM
                        To: Sam Lee <sam.lee@fabrikam.com>
                        Subject: RE: Sign-off

                        We approve the completed migration work.
                        """);

        assertThat(found).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AcknowledgementKind.APPROVAL);
            assertThat(a.from()).isEqualTo("Ana Silva <ana.silva@contoso.com>");
            assertThat(a.fromDomain()).isEqualTo("contoso.com");
            assertThat(a.sender()).isEqualTo("Contoso");
            assertThat(a.date()).isEqualTo(LocalDate.of(2026, 3, 3));
            assertThat(a.evidence().text()).isEqualTo("We approve the completed migration work.");
        });
    }

    @Test
    void forwardWithoutWordsOfItsOwnKeepsTheQuotedSenderAndDate() {
        List<EmailAcknowledgement> found = acknowledgements(SAM, List.of("Priya Patel <priya.patel@fabrikam.com>"),
                "FW: Sign-off", """
                        -----Original Message-----
                        From: Ana Silva <ana.silva@contoso.com>
                        Sent: Tuesday, March 3, 2026 10:02 AM
                        Subject: RE: Sign-off

                        We approve the completed migration work.
                        """);

        assertThat(found).extracting(EmailAcknowledgement::fromDomain, EmailAcknowledgement::date)
                .containsExactly(tuple("contoso.com", LocalDate.of(2026, 3, 3)));
    }

    @Test
    void eachMessageOfTheThreadHasItsOwnAcknowledgementSenderAndDate() {
        List<EmailAcknowledgement> found = acknowledgements("Ana Silva <ana.silva@contoso.com>", List.of(SAM),
                "RE: Completion report", """
                        We approve the completed migration work.

                        -----Original Message-----
                        From: Jane Doe <jane.doe@contoso.com>
                        Sent: Monday, March 2, 2026 5:00 PM
                        Subject: RE: Completion report

                        Thanks for sending the report, we will review it.

                        From: Sam Lee <sam.lee@fabrikam.com>
                        Sent: Monday, March 2, 2026 9:00 AM
                        Subject: Completion report

                        Please find the report attached and confirm the work is approved.
                        """);

        assertThat(found).extracting(EmailAcknowledgement::kind, EmailAcknowledgement::from, EmailAcknowledgement::date)
                .containsExactly(
                        tuple(AcknowledgementKind.APPROVAL, "Ana Silva <ana.silva@contoso.com>", MARCH_4),
                        tuple(AcknowledgementKind.RECEIPT_ONLY, JANE, LocalDate.of(2026, 3, 2)));
    }

    @Test
    void quotedDateIsReadInTheLanguageOfItsHeader() {
        List<EmailAcknowledgement> found = acknowledgements(SAM, List.of("Priya Patel <priya.patel@fabrikam.com>"),
                "WG: Abnahme", """
                        Zur Info.

                        Von: Jana Müller <jana.mueller@contoso.de>
                        Gesendet: Dienstag, 3. März 2026 10:02
                        An: Sam Lee <sam.lee@fabrikam.com>
                        Betreff: AW: Abnahme

                        Die Arbeiten sind freigegeben.

                        De : Jean Martin <jean.martin@contoso.fr>
                        Envoyé : lundi 2 mars 2026 16:12
                        Objet : Recette

                        Bon pour accord.
                        """);

        assertThat(found).extracting(EmailAcknowledgement::fromDomain, EmailAcknowledgement::date).containsExactly(
                tuple("contoso.de", LocalDate.of(2026, 3, 3)), tuple("contoso.fr", LocalDate.of(2026, 3, 2)));
    }

    @Test
    void quotedNumericDateIsReadInThePartsOrder() {
        List<EmailAcknowledgement> found = acknowledgements(SAM, List.of("Priya Patel <priya.patel@fabrikam.com>"),
                "FW: Sign-off", """
                        FYI.

                        From: Ana Silva <ana.silva@contoso.com.au>
                        Sent: 03/05/2026 10:02
                        Subject: Sign-off

                        We approve the completed migration work.

                        Ana Silva
                        Contoso Pty Ltd
                        """);

        assertThat(found).singleElement().extracting(EmailAcknowledgement::date).isEqualTo(LocalDate.of(2026, 5, 3));
    }

    @Test
    void approvalQuotedUnderAReplyIntroductionHasTheQuotedSenderAndDate() {
        List<EmailAcknowledgement> found = acknowledgements(SAM, List.of("Priya Patel <priya.patel@fabrikam.com>"),
                "FW: Sign-off", """
                        FYI.

                        On Tue, 3 Mar 2026 at 10:02, Ana Silva <ana.silva@contoso.com> wrote:
                        > We approve the completed migration work.
                        """);

        assertThat(found).singleElement().satisfies(a -> {
            assertThat(a.fromDomain()).isEqualTo("contoso.com");
            assertThat(a.date()).isEqualTo(LocalDate.of(2026, 3, 3));
            assertThat(a.evidence().text()).isEqualTo("> We approve the completed migration work.");
        });
    }

    @Test
    void approvalQuotedWithAngleBracketsIsNotTheNewestSenders() {
        assertThat(acknowledgements(SAM, List.of(JANE), "RE: Sign-off",
                "Adding Priya.\n> We approve the completed migration work.")).isEmpty();
    }

    @Test
    void senderNameIsTheCompanyInTheSignature() {
        MappedFacts facts = detect(JANE, List.of(SAM), "RE: Sign-off", """
                We approve the completed migration work.

                Jane Doe
                IT Director | Contoso Pharmaceuticals Ltd
                """);

        assertThat(facts.ofType(EmailAcknowledgement.class)).singleElement()
                .extracting(EmailAcknowledgement::sender).isEqualTo("Contoso Pharmaceuticals Ltd");
        assertThat(facts.ofType(PartyMention.class)).filteredOn(p -> p.kind() == MentionKind.EMAIL_SENDER)
                .extracting(PartyMention::name, PartyMention::domain)
                .containsExactly(tuple("Contoso Pharmaceuticals Ltd", "contoso.com"));
    }

    @Test
    void quotedSendersCompanyIsInTheSignatureUnderTheQuotedMessage() {
        List<EmailAcknowledgement> found = acknowledgements(SAM, List.of("Priya Patel <priya.patel@fabrikam.com>"),
                "FW: Sign-off", """
                        FYI.

                        Sam Lee
                        Fabrikam Consulting Ltd

                        From: Ana Silva <ana.silva@contoso.com>
                        Sent: Tuesday, March 3, 2026 10:02 AM
                        Subject: RE: Sign-off

                        We approve the completed migration work.

                        Ana Silva
                        Head of IT
                        Contoso Pharmaceuticals GmbH
                        """);

        assertThat(found).singleElement().extracting(EmailAcknowledgement::sender)
                .isEqualTo("Contoso Pharmaceuticals GmbH");
    }

    @Test
    void quotedSendersCompanyUnderAReplyIntroductionIsInTheSignature() {
        List<EmailAcknowledgement> found = acknowledgements(SAM, List.of("Priya Patel <priya.patel@fabrikam.com>"),
                "FW: Sign-off", """
                        FYI.

                        On Tue, 3 Mar 2026 at 10:02, Ana Silva <ana.silva@contoso.com> wrote:
                        > We approve the completed migration work.
                        >
                        > Ana Silva
                        > Contoso Pharmaceuticals Ltd
                        """);

        assertThat(found).singleElement().extracting(EmailAcknowledgement::sender)
                .isEqualTo("Contoso Pharmaceuticals Ltd");
    }

    @Test
    void companyUnderTheSendersNameInAnotherMessageIsNotTheSenders() {
        assertThat(reply("""
                We approve the completed migration work.

                Jane

                From: Sam Lee <sam.lee@fabrikam.com>
                Sent: Monday, March 2, 2026 9:00 AM
                Subject: Sign-off

                Jane Doe
                Contoso Holdings Ltd

                Dear Jane, the migration is complete.
                """)).singleElement().extracting(EmailAcknowledgement::sender).isEqualTo("Contoso");
    }

    @Test
    void withoutASignatureTheSenderIsNamedByTheCapitalisedWordsThatSpellTheDomain() {
        assertThat(acknowledgements("Ana Silva <ana.silva@cohowinery.com>", List.of(SAM), "RE: Sign-off",
                "On behalf of Coho Winery we approve the completed work.")).singleElement()
                .extracting(EmailAcknowledgement::sender).isEqualTo("Coho Winery");
    }

    @Test
    void withoutASignatureOrNameInTheTextTheSenderIsTheDomainsFirstLabel() {
        assertThat(acknowledgements("Ana Silva <ana.silva@cohowinery.com>", List.of(SAM), "RE: Sign-off",
                "We approve the completed work.")).singleElement()
                .extracting(EmailAcknowledgement::sender).isEqualTo("Cohowinery");
    }

    @Test
    void freeMailSenderIsNoOrganisation() {
        MappedFacts facts = detect("Jane Doe <jane.doe@gmail.com>", List.of(SAM), "RE: Sign-off",
                "We approve the completed migration work.");

        assertThat(facts.ofType(EmailAcknowledgement.class)).singleElement().satisfies(a -> {
            assertThat(a.fromDomain()).isEqualTo("gmail.com");
            assertThat(a.sender()).isNull();
        });
        assertThat(facts.ofType(PartyMention.class)).extracting(PartyMention::kind, PartyMention::domain)
                .containsExactly(tuple(MentionKind.EMAIL_COUNTERPART, "fabrikam.com"));
    }

    @Test
    void freeMailSenderIsNamedByTheCompanyInTheSignature() {
        MappedFacts facts = detect("Jane Doe <jane.doe@gmail.com>", List.of(SAM), "RE: Sign-off", """
                We approve the completed migration work.

                Jane Doe
                Contoso Pty Ltd
                """);

        assertThat(facts.ofType(EmailAcknowledgement.class)).singleElement()
                .extracting(EmailAcknowledgement::sender).isEqualTo("Contoso Pty Ltd");
        assertThat(facts.ofType(PartyMention.class)).filteredOn(p -> p.kind() == MentionKind.EMAIL_SENDER)
                .extracting(PartyMention::name, PartyMention::domain).containsExactly(tuple("Contoso Pty Ltd", null));
    }

    @Test
    void freeMailProviderIsKnownByItsNameUnderAnyTopLevelDomain() {
        assertThat(detector.isFreeMail("gmail.com")).isTrue();
        assertThat(detector.isFreeMail("live.co.uk")).isTrue();
        assertThat(detector.isFreeMail("contoso.com")).isFalse();
    }

    @Test
    void companyDomainThatHoldsAProvidersNameIsNoFreeMail() {
        assertThat(detector.isFreeMail("live-events.co.uk")).isFalse();
    }

    @Test
    void firstMessageNamesItsSenderAndItsRecipientsOrganisation() {
        MappedFacts facts = detect(SAM, List.of(JANE), "Migration completed", "Hi Jane, the migration is complete.");

        assertThat(facts.ofType(PartyMention.class))
                .extracting(PartyMention::kind, PartyMention::name, PartyMention::domain, PartyMention::cue,
                        PartyMention::roleHint)
                .containsExactly(
                        tuple(MentionKind.EMAIL_SENDER, "Fabrikam", "fabrikam.com", "first message", PartyRole.UNKNOWN),
                        tuple(MentionKind.EMAIL_COUNTERPART, "Contoso", "contoso.com", "first message",
                                PartyRole.UNKNOWN));
    }

    @Test
    void replyPrefixMakesTheMessageAReply() {
        assertThat(detect(JANE, List.of(SAM), "AW: Abnahme", "Freigegeben.").ofType(PartyMention.class))
                .extracting(PartyMention::kind, PartyMention::domain, PartyMention::cue).containsExactly(
                        tuple(MentionKind.EMAIL_SENDER, "contoso.com", "reply"),
                        tuple(MentionKind.EMAIL_COUNTERPART, "fabrikam.com", "reply"));
    }

    @Test
    void quotedHistoryMakesTheNewestMessageAReplyToTheQuotedSender() {
        MappedFacts facts = detect(JANE, List.of("Priya Patel <priya.patel@contoso.com>"), "Sign-off", """
                We approve the completed migration work.

                From: Sam Lee <sam.lee@fabrikam.com>
                Sent: Monday, March 2, 2026 9:00 AM
                To: Jane Doe <jane.doe@contoso.com>
                Subject: Sign-off

                The migration is complete.
                """);

        assertThat(facts.ofType(PartyMention.class))
                .extracting(PartyMention::kind, PartyMention::domain, PartyMention::cue).containsExactly(
                        tuple(MentionKind.EMAIL_SENDER, "contoso.com", "reply"),
                        tuple(MentionKind.EMAIL_COUNTERPART, "fabrikam.com", "reply"),
                        tuple(MentionKind.EMAIL_SENDER, "fabrikam.com", "first message"),
                        tuple(MentionKind.EMAIL_COUNTERPART, "contoso.com", "first message"));
    }

    @Test
    void quotedMessagesMentionsHaveItsHeaderBlockAsEvidence() {
        MappedFacts facts = detect(JANE, List.of(SAM), "RE: Sign-off", """
                We approve the completed migration work.

                From: Sam Lee <sam.lee@fabrikam.com>
                Sent: Monday, March 2, 2026 9:00 AM
                To: Jane Doe <jane.doe@contoso.com>
                Subject: Sign-off

                The migration is complete.
                """);

        assertThat(facts.ofType(PartyMention.class)).extracting(p -> p.evidence().text()).containsExactly(
                facts.ofType(EmailMessage.class).get(0).evidence().text(),
                facts.ofType(EmailMessage.class).get(0).evidence().text(),
                "From: Sam Lee <sam.lee@fabrikam.com> Sent: Monday, March 2, 2026 9:00 AM To: Jane Doe "
                        + "<jane.doe@contoso.com> Subject: Sign-off",
                "From: Sam Lee <sam.lee@fabrikam.com> Sent: Monday, March 2, 2026 9:00 AM To: Jane Doe "
                        + "<jane.doe@contoso.com> Subject: Sign-off");
    }

    @Test
    void quotedMessagesMentionsWithoutABlankLineAfterTheHeadersHaveOnlyTheHeadersAsEvidence() {
        MappedFacts facts = detect(JANE, List.of(SAM), "RE: Sign-off", """
                We approve the completed migration work.

                From: Sam Lee <sam.lee@fabrikam.com>
                Sent: Monday, March 2, 2026 9:00 AM
                Subject: Sign-off
                The migration is complete.
                """);

        assertThat(facts.ofType(PartyMention.class)).filteredOn(p -> p.domain().equals("fabrikam.com")
                        && p.kind() == MentionKind.EMAIL_SENDER)
                .extracting(p -> p.evidence().text()).containsExactly(
                        "From: Sam Lee <sam.lee@fabrikam.com> Sent: Monday, March 2, 2026 9:00 AM Subject: Sign-off");
    }

    @Test
    void recipientOfTheSendersOwnDomainIsNoCounterpart() {
        assertThat(detect(JANE, List.of("Priya Patel <priya.patel@contoso.com>"), "Migration",
                "We approve the completed migration work.").ofType(PartyMention.class))
                .extracting(PartyMention::kind, PartyMention::domain)
                .containsExactly(tuple(MentionKind.EMAIL_SENDER, "contoso.com"));
    }

    @Test
    void firstRecipientOutsideTheSendersDomainIsTheCounterpart() {
        assertThat(detect(JANE, List.of("Priya Patel <priya.patel@contoso.com>", SAM), "Migration",
                "The migration is complete.").ofType(PartyMention.class))
                .filteredOn(p -> p.kind() == MentionKind.EMAIL_COUNTERPART)
                .extracting(PartyMention::domain).containsExactly("fabrikam.com");
    }

    @Test
    void forwardWithinOneOrganisationNamesNoParty() {
        MappedFacts facts = detect(SAM, List.of("Priya Patel <priya.patel@fabrikam.com>"), "FW: Sign-off",
                "Priya, for the file.");

        assertThat(facts.ofType(PartyMention.class)).isEmpty();
        assertThat(facts.ofType(EmailMessage.class)).hasSize(1);
    }

    @Test
    void forwardToAnotherOrganisationNamesTheParties() {
        assertThat(detect(SAM, List.of(JANE), "Fwd: Runbook", "Jane, the runbook we promised.")
                .ofType(PartyMention.class)).extracting(PartyMention::kind, PartyMention::domain).containsExactly(
                tuple(MentionKind.EMAIL_SENDER, "fabrikam.com"), tuple(MentionKind.EMAIL_COUNTERPART, "contoso.com"));
    }

    @Test
    void domainOfReadsTheAddressInAnyForm() {
        assertThat(EmailDetector.domainOf("Jane Doe <Jane.Doe@Contoso.CO.UK>")).isEqualTo("contoso.co.uk");
        assertThat(EmailDetector.domainOf("jane@contoso.com")).isEqualTo("contoso.com");
        assertThat(EmailDetector.domainOf("Jane Doe")).isNull();
        assertThat(EmailDetector.domainOf(null)).isNull();
    }
}
