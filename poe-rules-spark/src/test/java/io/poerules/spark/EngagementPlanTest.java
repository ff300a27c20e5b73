package io.poerules.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How listed files are sorted into engagements and documents alone, and dealt over partitions. */
class EngagementPlanTest {

    @Test
    void aDocumentBelongsToTheNearestFolderAboveItThatHoldsAClaim() {
        EngagementPlan plan = EngagementPlan.of(List.of(
                "file:/in/a/claim.json", "file:/in/a/sow.pdf", "file:/in/a/annex/po.xlsx",
                "file:/in/a/b/claim.json", "file:/in/a/b/email.eml",
                "file:/in/c/claim.json",
                "file:/in/loose.docx", "file:/in/ab/sow.pdf"));

        assertThat(plan.alone()).containsExactly("file:/in/loose.docx", "file:/in/ab/sow.pdf");
        assertThat(plan.engagements()).isEqualTo(Map.of(
                "file:/in/a", List.of("file:/in/a/sow.pdf", "file:/in/a/annex/po.xlsx"),
                "file:/in/a/b", List.of("file:/in/a/b/email.eml"),
                "file:/in/c", List.of()));
    }

    @Test
    void filesAreDealtOverThePartitionsInTurn() {
        assertThat(PoeSpark.dealt(List.of("1", "2", "3", "4", "5", "6", "7"), 3))
                .containsExactly("1", "4", "7", "2", "5", "3", "6");
    }
}
