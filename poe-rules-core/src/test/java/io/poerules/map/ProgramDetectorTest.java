package io.poerules.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.api.Program;
import io.poerules.fact.Evidence;
import io.poerules.fact.Product;
import io.poerules.fact.ProgramKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgramDetectorTest {

    private final ProgramDetector detector = new ProgramDetector(Map.of(
            Program.AZURE, List.of("Azure consumption"),
            Program.ONLINE_SERVICES, List.of("active usage")));

    private static Product product(String name, Program program, boolean generic) {
        return new Product(name, program, "workload", generic, new Evidence(name + " line", 0, 10, null, null));
    }

    private ProgramKind detect(String text, Product... products) {
        return detector.detect(List.of(TestTexts.text(text)), List.of(products));
    }

    @Test
    void namedProductsOfOneProgramDecide() {
        ProgramKind kind = detect("text",
                product("Azure Virtual Machines", Program.AZURE, false),
                product("Azure Backup", Program.AZURE, false),
                product("Exchange Online", Program.ONLINE_SERVICES, false));

        assertThat(kind.program()).isEqualTo(Program.AZURE);
        assertThat(kind.evidence().text()).isEqualTo("Azure Virtual Machines line");
    }

    @Test
    void evidenceIsTheFirstNamedServiceRatherThanTheFamilyName() {
        ProgramKind kind = detect("text",
                product("Microsoft Azure", Program.AZURE, true),
                product("Azure Virtual Machines", Program.AZURE, false),
                product("Azure Backup", Program.AZURE, false));

        assertThat(kind.program()).isEqualTo(Program.AZURE);
        assertThat(kind.evidence().text()).isEqualTo("Azure Virtual Machines line");
    }

    @Test
    void namedServiceOutweighsAFamilyName() {
        ProgramKind kind = detect("text",
                product("Microsoft Azure", Program.AZURE, true),
                product("Microsoft Intune", Program.ONLINE_SERVICES, false));

        assertThat(kind.program()).isEqualTo(Program.ONLINE_SERVICES);
    }

    @Test
    void programPhraseWeighsThree() {
        ProgramKind kind = detect("Claim for Azure consumption",
                product("Exchange Online", Program.ONLINE_SERVICES, false),
                product("Microsoft Azure", Program.AZURE, true));

        assertThat(kind.program()).isEqualTo(Program.AZURE);
        assertThat(kind.evidence().text()).isEqualTo("Microsoft Azure line");
    }

    @Test
    void tieIsUnknown() {
        ProgramKind kind = detect("text",
                product("Azure Virtual Machines", Program.AZURE, false),
                product("Exchange Online", Program.ONLINE_SERVICES, false));

        assertThat(kind.program()).isEqualTo(Program.UNKNOWN);
        assertThat(kind.evidence().text()).isEqualTo("Azure and Online Services are named equally");
    }

    @Test
    void nothingNamedIsUnknown() {
        assertThat(detect("Meeting notes").program()).isEqualTo(Program.UNKNOWN);
    }
}
