package io.poerules.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class IsolationTest {

    @Test
    void inProcessIsTheDefaultAndForkedHasAHeap() {
        assertThat(Isolation.IN_PROCESS.isForked()).isFalse();
        Isolation forked = Isolation.forked();
        assertThat(forked.isForked()).isTrue();
        assertThat(forked.maxHeapMegabytes()).isEqualTo(Isolation.DEFAULT_MAX_HEAP_MEGABYTES);
        assertThat(forked.workers()).as("as many as the validator's threads").isZero();
    }

    @Test
    void withersChangeOneSettingEach() {
        Isolation isolation = Isolation.forked().withWorkers(3).withMaxHeapMegabytes(256)
                .withJvmOptions(List.of("-Dx=y")).withJavaCommand(Path.of("/opt/java/bin/java")).withClassPath("a.jar");

        assertThat(isolation).isEqualTo(new Isolation(Isolation.Mode.FORKED, 3, 256, List.of("-Dx=y"),
                Path.of("/opt/java/bin/java"), "a.jar"));
    }

    @Test
    void settingsThatCannotWorkAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Isolation.forked().withWorkers(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> Isolation.forked().withMaxHeapMegabytes(8));
    }
}
