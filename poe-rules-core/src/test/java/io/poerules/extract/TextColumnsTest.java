package io.poerules.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.api.Limits;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Columns of plain text laid out with runs of spaces read with a tab between the columns ({@link TextColumns}). */
class TextColumnsTest {

    @Test
    void columnsLaidOutWithSpacesAreSeparatedByTabs() {
        assertThat(TextColumns.withTabs("""
                Client:      Contoso Ltd        Partner:     Fabrikam Inc.
                Contact:     Jane Doe           Contact:     Sam Lee"""))
                .isEqualTo("Client:\tContoso Ltd\tPartner:\tFabrikam Inc.\nContact:\tJane Doe\tContact:\tSam Lee");
    }

    @Test
    void eachParagraphHasItsOwnColumns() {
        assertThat(TextColumns.withTabs("""
                Client:      Contoso Ltd
                Contact:     Jane Doe

                By:     /s/ Jane Doe
                Date:   4 March 2026"""))
                .isEqualTo("Client:\tContoso Ltd\nContact:\tJane Doe\n\nBy:\t/s/ Jane Doe\nDate:\t4 March 2026");
    }

    @Test
    void proseWithTwoSpacesAfterItsFullStopsIsUntouched() {
        String prose = """
                The partner will migrate the file servers.  The customer will give access
                to each site.  Work starts on 4 March 2026 and ends in April.  Each site
                is moved over a weekend.""";

        assertThat(TextColumns.withTabs(prose)).isEqualTo(prose);
    }

    @Test
    void proseBesideColumnsElsewhereInTheTextIsUntouched() {
        String prose = """
                The partner will migrate the file servers.  The customer will give access
                to each site.  Work starts on 4 March 2026 and ends in April.  Each site
                is moved over a weekend.""";

        assertThat(TextColumns.withTabs(prose + "\n\nClient:      Contoso Ltd\nPartner:     Fabrikam Inc."))
                .isEqualTo(prose + "\n\nClient:\tContoso Ltd\nPartner:\tFabrikam Inc.");
    }

    @Test
    void gapThatOnlyOneLineHasIsNoColumn() {
        String text = """
                Total:      1,200 EUR
                Payment within 30 days of the invoice.""";

        assertThat(TextColumns.withTabs(text)).isEqualTo(text);
    }

    @Test
    void positionThatALineOfColumnsCrossesWithASingleSpaceIsNoColumn() {
        String text = """
                Client:    Contoso Ltd                Date:   4 March 2026
                Signature: /s/ T. Hollinshead         Place:  Leeds
                Name:      Tom Hollinshead""";

        assertThat(TextColumns.withTabs(text)).isEqualTo("""
                Client:    Contoso Ltd\tDate:\t4 March 2026
                Signature: /s/ T. Hollinshead\tPlace:\tLeeds
                Name:      Tom Hollinshead""");
    }

    @Test
    void aLineWithoutTwoSpacesBetweenItsWordsNeitherMakesNorBreaksColumns() {
        String text = """
                APPROVALS (purchasing workflow - release strategy Z4)
                  Level 1  Requester     S. GALBIATI     12/05/2026 09:14   Created
                  Level 2  Budget owner  M. RIVA         13/05/2026 16:02   Approved""";

        assertThat(TextColumns.withTabs(text)).isEqualTo("""
                APPROVALS (purchasing workflow - release strategy Z4)
                  Level 1\tRequester\tS. GALBIATI\t12/05/2026 09:14\tCreated
                  Level 2\tBudget owner\tM. RIVA\t13/05/2026 16:02\tApproved""");
    }

    @Test
    void plainTextAndEmailsAreReadWithTheirColumns() {
        String body = "Client:      Contoso Ltd        Partner:     Fabrikam Inc.\r\n"
                + "Contact:     Jane Doe           Contact:     Sam Lee\r\n";
        String email = """
                From: Sam Lee <sam.lee@fabrikam.com>\r
                To: jane.doe@contoso.com\r
                Subject: Sign-off\r
                Date: Wed, 4 Mar 2026 10:00:00 +0000\r
                MIME-Version: 1.0\r
                Content-Type: text/plain; charset=UTF-8\r
                \r
                """ + body;

        try (TikaExtractor extractor = new TikaExtractor(Limits.DEFAULTS)) {
            for (String[] file : new String[][] {{"sign-off.txt", body}, {"sign-off.eml", email}}) {
                String text = extractor.extract(new ByteArrayInputStream(file[1].getBytes(StandardCharsets.UTF_8)), file[0])
                        .main().text();

                assertThat(text).as(file[0])
                        .contains("Client:\tContoso Ltd\tPartner:\tFabrikam Inc.\nContact:\tJane Doe\tContact:\tSam Lee");
            }
        }
    }
}
