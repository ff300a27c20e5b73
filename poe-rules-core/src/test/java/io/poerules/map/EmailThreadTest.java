package io.poerules.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.poerules.map.EmailThread.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmailThreadTest {

    private final EmailThread thread = EmailWords.of(TestTexts.lexicon("""
            {
              "email": {
                "headerLabels": {
                  "FROM": {"en": ["From"], "de": ["Von"], "fr": ["De"], "sv": ["Från"]},
                  "SENT": {"en": ["Sent", "Date"], "de": ["Gesendet"], "fr": ["Envoyé"], "sv": ["Skickat"]},
                  "TO": {"en": ["To"], "de": ["An"], "fr": ["À"], "sv": ["Till"]},
                  "CC": {"en": ["Cc"], "sv": ["Kopia"]},
                  "SUBJECT": {"en": ["Subject"], "de": ["Betreff"], "fr": ["Objet"], "sv": ["Ämne"]}
                },
                "replyIntros": {"en": ["wrote"], "de": ["schrieb"], "fr": ["a écrit"]}
              },
              "acknowledgement": {
                "quoteMarkers": ["-----Original Message-----", "---------- Forwarded message ---------"]
              }
            }""")).thread();

    private static final String OUTLOOK = """
            Approved, thanks.

            From: Sam Lee <sam.lee@fabrikam.com>
            Sent: Monday, March 2, 2026 4:12 PM
            To: Jane Doe <jane.doe@contoso.com>
            Cc: Priya Patel <priya.patel@contoso.com>
            Subject: Sign-off: file server migration

            Please approve the work.
            """;

    @Test
    void textWithoutQuotedHistoryIsOneNewestMessage() {
        String text = "Hi Sam,\nwe approve the work.\nJane";

        assertThat(thread.split(text)).singleElement().satisfies(m -> {
            assertThat(m.isNewest()).isTrue();
            assertThat(m.from()).isNull();
            assertThat(m.sentWritten()).isNull();
            assertThat(m.bodyStart()).isZero();
            assertThat(m.end()).isEqualTo(text.length());
        });
    }

    @Test
    void headerBlockStartsAQuotedMessageWithItsFields() {
        List<Message> messages = thread.split(OUTLOOK);

        assertThat(messages).hasSize(2);
        assertThat(messages.get(1)).satisfies(m -> {
            assertThat(m.isNewest()).isFalse();
            assertThat(m.from()).isEqualTo("Sam Lee <sam.lee@fabrikam.com>");
            assertThat(m.sentWritten()).isEqualTo("Monday, March 2, 2026 4:12 PM");
            assertThat(m.to()).isEqualTo("Jane Doe <jane.doe@contoso.com>");
            assertThat(m.subject()).isEqualTo("Sign-off: file server migration");
        });
    }

    @Test
    void newestMessageEndsWhereTheHeaderBlockStarts() {
        List<Message> messages = thread.split(OUTLOOK);

        assertThat(messages.get(0).end()).isEqualTo(OUTLOOK.indexOf("From:"));
        assertThat(messages.get(1).start()).isEqualTo(OUTLOOK.indexOf("From:"));
        assertThat(OUTLOOK.substring(messages.get(0).bodyStart(), messages.get(0).end()))
                .isEqualTo("Approved, thanks.\n\n");
    }

    @Test
    void quotedMessageTextStartsAfterItsHeaderBlock() {
        Message quoted = thread.split(OUTLOOK).get(1);

        assertThat(EmailThread.textOf(OUTLOOK, quoted).strip()).isEqualTo("Please approve the work.");
        assertThat(quoted.end()).isEqualTo(OUTLOOK.length());
    }

    @Test
    void germanHeaderLabels() {
        List<Message> messages = thread.split("""
                Freigegeben.

                Von: Sam Lee <sam.lee@fabrikam.com>
                Gesendet: Montag, 2. März 2026 16:12
                An: Jana Müller <jana.mueller@contoso.de>
                Betreff: Abnahme

                Bitte geben Sie die Arbeiten frei.
                """);

        assertThat(messages).extracting(Message::from, Message::sentWritten, Message::to, Message::subject)
                .containsExactly(tuple(null, null, null, null),
                        tuple("Sam Lee <sam.lee@fabrikam.com>", "Montag, 2. März 2026 16:12",
                                "Jana Müller <jana.mueller@contoso.de>", "Abnahme"));
    }

    @Test
    void frenchHeaderLabelsWithASpaceBeforeTheColon() {
        List<Message> messages = thread.split("""
                Bon pour accord.

                De : Sam Lee <sam.lee@fabrikam.com>
                Envoyé : lundi 2 mars 2026 16:12
                À : Jeanne Dupont <jeanne.dupont@contoso.fr>
                Objet : Recette

                Merci de valider les travaux.
                """);

        assertThat(messages).hasSize(2);
        assertThat(messages.get(1)).extracting(Message::from, Message::sentWritten, Message::to, Message::subject)
                .containsExactly("Sam Lee <sam.lee@fabrikam.com>", "lundi 2 mars 2026 16:12",
                        "Jeanne Dupont <jeanne.dupont@contoso.fr>", "Recette");
    }

    @Test
    void swedishHeaderLabels() {
        List<Message> messages = thread.split("""
                Godkänt.

                Från: Sam Lee <sam.lee@fabrikam.com>
                Skickat: den 2 mars 2026 16:12
                Till: Johanna Berg <johanna.berg@contoso.se>
                Kopia: Lars Berg <lars.berg@contoso.se>
                Ämne: Godkännande
                """);

        assertThat(messages).hasSize(2);
        assertThat(messages.get(1)).extracting(Message::from, Message::sentWritten, Message::subject)
                .containsExactly("Sam Lee <sam.lee@fabrikam.com>", "den 2 mars 2026 16:12", "Godkännande");
    }

    @Test
    void labelsOfALanguageTheLexiconDoesNotHoldStartNoMessage() {
        assertThat(thread.split("""
                Akkoord.

                Van: Sam Lee <sam.lee@fabrikam.com>
                Verzonden: maandag 2 maart 2026 16:12
                Aan: Jan de Vries <jan@contoso.nl>
                Onderwerp: Akkoord
                """)).hasSize(1);
    }

    @Test
    void fromLineWithoutOtherHeaderFieldsStartsNoMessage() {
        assertThat(thread.split("""
                Thanks for the update.
                From: our side everything is done.
                We will close the ticket.
                """)).hasSize(1);
    }

    @Test
    void headerLineNeedsItsLabelAtTheStartAndAColon() {
        assertThat(thread.split("""
                Thanks.
                From: Sam Lee <sam.lee@fabrikam.com>
                Sent to the whole team
                To whom it may concern
                Subject matter experts joined.
                """)).hasSize(1);
    }

    @Test
    void blankLineInsideAHeaderBlockKeepsTheBlock() {
        Message quoted = thread.split("""
                Approved.

                From: Sam Lee <sam.lee@fabrikam.com>

                Sent: Monday, March 2, 2026 4:12 PM

                Subject: Sign-off

                Please approve.
                """).get(1);

        assertThat(quoted.sentWritten()).isEqualTo("Monday, March 2, 2026 4:12 PM");
        assertThat(quoted.subject()).isEqualTo("Sign-off");
    }

    @Test
    void originalMessageSeparatorStartsTheQuotedMessage() {
        String text = """
                Approved, thanks.

                -----Original Message-----
                From: Sam Lee <sam.lee@fabrikam.com>
                Sent: Monday, March 2, 2026 4:12 PM
                Subject: Sign-off

                Please approve.
                """;
        List<Message> messages = thread.split(text);

        assertThat(messages).hasSize(2);
        assertThat(messages.get(1).start()).isEqualTo(text.indexOf("-----Original"));
        assertThat(messages.get(0).end()).isEqualTo(text.indexOf("-----Original"));
        assertThat(messages.get(1).from()).isEqualTo("Sam Lee <sam.lee@fabrikam.com>");
    }

    @Test
    void separatorWithoutAHeaderBlockEndsTheNewestMessage() {
        String text = """
                Approved, thanks.
                -----Original Message-----
                Please approve the work.
                """;

        assertThat(thread.split(text)).singleElement().satisfies(m -> {
            assertThat(m.isNewest()).isTrue();
            assertThat(m.end()).isEqualTo(text.indexOf("-----Original"));
        });
    }

    @Test
    void quotedMessageAtTheStartOfTheTextIsNotTheNewest() {
        String text = """
                -----Original Message-----
                From: Ana Silva <ana.silva@contoso.com>
                Sent: Tuesday, March 3, 2026 10:02 AM
                Subject: Sign-off

                We approve the completed migration work.
                """;
        List<Message> messages = thread.split(text);

        assertThat(messages).extracting(Message::isNewest, Message::from)
                .containsExactly(tuple(true, null), tuple(false, "Ana Silva <ana.silva@contoso.com>"));
    }

    @Test
    void forwardedMessageStartsAtItsSeparatorWithItsHeaders() {
        String text = """
                Jane, see the customer's approval below.

                ---------- Forwarded message ---------
                From: Ana Silva <ana.silva@contoso.com>
                Date: Tue, 3 Mar 2026 at 10:02
                Subject: Sign-off
                To: Sam Lee <sam.lee@fabrikam.com>

                We approve the completed migration work.
                """;
        List<Message> messages = thread.split(text);

        assertThat(messages).hasSize(2);
        assertThat(messages.get(1)).satisfies(m -> {
            assertThat(m.start()).isEqualTo(text.indexOf("---------- Forwarded"));
            assertThat(m.from()).isEqualTo("Ana Silva <ana.silva@contoso.com>");
            assertThat(m.sentWritten()).isEqualTo("Tue, 3 Mar 2026 at 10:02");
            assertThat(m.to()).isEqualTo("Sam Lee <sam.lee@fabrikam.com>");
            assertThat(EmailThread.textOf(text, m).strip()).isEqualTo("We approve the completed migration work.");
        });
    }

    @Test
    void replyIntroductionStartsAQuotedMessage() {
        String text = """
                We approve the completed migration work.

                On Tue, 3 Mar 2026 at 16:12, Sam Lee <sam.lee@fabrikam.com> wrote:
                > Hi Jane, the migration is complete. Please approve the work.
                """;
        List<Message> messages = thread.split(text);

        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).end()).isEqualTo(text.indexOf("On Tue"));
        assertThat(messages.get(1)).satisfies(m -> {
            assertThat(m.start()).isEqualTo(text.indexOf("On Tue"));
            assertThat(m.bodyStart()).isEqualTo(text.indexOf("> Hi Jane"));
            assertThat(EmailDetector.domainOf(m.from())).isEqualTo("fabrikam.com");
            assertThat(m.sentWritten()).isEqualTo("On Tue, 3 Mar 2026 at 16:12, Sam Lee <sam.lee@fabrikam.com> wrote:");
        });
    }

    @Test
    void frenchReplyIntroduction() {
        List<Message> messages = thread.split("""
                Bon pour accord.

                Le mar. 3 mars 2026 à 16:12, Sam Lee <sam.lee@fabrikam.com> a écrit :
                > Merci de valider les travaux.
                """);

        assertThat(messages).hasSize(2);
        assertThat(EmailDetector.domainOf(messages.get(1).from())).isEqualTo("fabrikam.com");
    }

    @Test
    void germanReplyIntroductionWithTheVerbBeforeTheSender() {
        List<Message> messages = thread.split("""
                Freigegeben.

                Am 03.03.2026 um 16:12 schrieb Sam Lee <sam.lee@fabrikam.com>:
                > Bitte geben Sie die Arbeiten frei.
                """);

        assertThat(messages).hasSize(2);
        assertThat(EmailDetector.domainOf(messages.get(1).from())).isEqualTo("fabrikam.com");
    }

    @Test
    void replyIntroductionWithSenderNameAndDateButNoAddress() {
        List<Message> messages = thread.split("""
                Approved.

                On 3 March 2026, Sam Lee wrote:
                > Please approve.
                """);

        assertThat(messages).hasSize(2);
        assertThat(messages.get(1).from().strip()).isEqualTo("On 3 March 2026, Sam Lee");
    }

    @Test
    void lineEndingInTheVerbWithoutAddressOrDateIsNoIntroduction() {
        assertThat(thread.split("""
                Approved.
                As the project team wrote:
                the work is complete.
                """)).hasSize(1);
    }

    @Test
    void lineWithWordsAfterTheVerbIsNoIntroduction() {
        assertThat(thread.split("""
                Approved.
                On 3 March 2026 Sam wrote the runbook:
                """)).hasSize(1);
    }

    @Test
    void threadOfSeveralMessagesIsSplitNewestFirstEachEndingAtTheNext() {
        String text = """
                Approved.

                From: Sam Lee <sam.lee@fabrikam.com>
                Sent: Tuesday, March 3, 2026 9:00 AM
                Subject: RE: Sign-off

                Jane, any news?

                From: Jane Doe <jane.doe@contoso.com>
                Sent: Monday, March 2, 2026 5:00 PM
                Subject: RE: Sign-off

                We will review it.

                On Mon, 2 Mar 2026 at 09:00, Sam Lee <sam.lee@fabrikam.com> wrote:
                > Please approve.
                """;
        List<Message> messages = thread.split(text);

        assertThat(messages).extracting(m -> EmailDetector.domainOf(m.from()))
                .containsExactly(null, "fabrikam.com", "contoso.com", "fabrikam.com");
        int second = text.indexOf("From: Sam");
        int third = text.indexOf("From: Jane");
        int fourth = text.indexOf("On Mon");
        assertThat(messages).extracting(Message::start, Message::end).containsExactly(
                tuple(0, second), tuple(second, third), tuple(third, fourth), tuple(fourth, text.length()));
        assertThat(EmailThread.textOf(text, messages.get(2)).strip()).isEqualTo("We will review it.");
    }

    @Test
    void headerBlockQuotedWithAngleBracketsStartsAMessage() {
        String text = """
                Approved.

                > From: Sam Lee <sam.lee@fabrikam.com>
                > Sent: Monday, March 2, 2026 4:12 PM
                > Subject: Sign-off
                >
                > Please approve.
                """;
        List<Message> messages = thread.split(text);

        assertThat(messages).hasSize(2);
        assertThat(messages.get(1).from()).isEqualTo("Sam Lee <sam.lee@fabrikam.com>");
        assertThat(messages.get(1).sentWritten()).isEqualTo("Monday, March 2, 2026 4:12 PM");
    }

    @Test
    void textOfAMessageDropsTheQuoteMarks() {
        String text = """
                Approved.

                On Tue, 3 Mar 2026 at 16:12, Sam Lee <sam.lee@fabrikam.com> wrote:
                > Please approve
                >> the work.
                """;

        assertThat(EmailThread.textOf(text, thread.split(text).get(1))).isEqualTo("Please approve\nthe work.\n\n");
    }

    @Test
    void boldHeaderLabelsGiveTheirValuesWithoutTheMarks() {
        Message quoted = thread.split("""
                Approved.

                *From:* Sam Lee <sam.lee@fabrikam.com>
                *Sent:* Monday, March 2, 2026 4:12 PM
                *Subject:* Sign-off

                Please approve.
                """).get(1);

        assertThat(quoted.from()).isEqualTo("Sam Lee <sam.lee@fabrikam.com>");
        assertThat(quoted.sentWritten()).isEqualTo("Monday, March 2, 2026 4:12 PM");
    }
}
