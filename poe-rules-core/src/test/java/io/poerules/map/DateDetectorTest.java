package io.poerules.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.poerules.fact.DateMention;
import io.poerules.fact.DateRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DateDetectorTest {

    private final DateDetector detector = new DateDetector(Map.of(
            DateRole.SIGNATURE, List.of("Date signed", "Signed on"),
            DateRole.EFFECTIVE, List.of("Effective Date", "Start Date"),
            DateRole.EMAIL_SENT, List.of("Sent"),
            DateRole.DOCUMENT, List.of("Date", "Issue Date")));

    private List<DateMention> dates(String text) {
        return TestTexts.detect(detector, new Sections(Map.of()), text).ofType(DateMention.class);
    }

    @Test
    void labelBeforeTheDateGivesItsRole() {
        assertThat(dates("""
                Effective Date: 2026-03-01
                Date signed: 2 March 2026
                Issue Date: 03/03/2026
                Sent: Wednesday, March 4, 2026
                Kick-off meeting held on 2026-03-05""")).extracting(DateMention::date, DateMention::role).containsExactly(
                tuple(LocalDate.of(2026, 3, 1), DateRole.EFFECTIVE),
                tuple(LocalDate.of(2026, 3, 2), DateRole.SIGNATURE),
                tuple(LocalDate.of(2026, 3, 3), DateRole.DOCUMENT),
                tuple(LocalDate.of(2026, 3, 4), DateRole.EMAIL_SENT),
                tuple(LocalDate.of(2026, 3, 5), DateRole.OTHER));
    }

    @Test
    void labelNearestTheDateWins() {
        assertThat(detector.roleOf("Signed on behalf of Contoso. Effective Date: ")).isEqualTo(DateRole.EFFECTIVE);
        assertThat(detector.roleOf("Effective Date: 2026-03-01   Date signed: ")).isEqualTo(DateRole.SIGNATURE);
    }

    @Test
    void labelOnAnotherLineDoesNotCount() {
        assertThat(dates("Date signed:\n2026-03-02")).singleElement()
                .extracting(DateMention::role).isEqualTo(DateRole.OTHER);
    }

    @Test
    void evidenceIsTheWholeLine() {
        assertThat(dates("Title\n  Date signed: 2 March 2026  ")).singleElement().satisfies(d -> {
            assertThat(d.evidence().text()).isEqualTo("Date signed: 2 March 2026");
            assertThat(d.evidence().start()).isEqualTo(8);
            assertThat(d.evidence().end()).isEqualTo(33);
            assertThat(d.evidence().page()).isNull();
        });
    }
}
