package io.poerules.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.poerules.api.RuleSet;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrecompiledRulesTest {

    @TempDir
    Path dir;

    private static final List<RuleSet.Resource> FILES = List.of(
            new RuleSet.Resource("a.drl", "a.drl", "package x;\n"), new RuleSet.Resource("b.drl", "b.drl", "package y;\n"));

    @Test
    void hashDependsOnPathsAndContentNotOrder() {
        String hash = PrecompiledRules.hash(FILES);

        assertThat(PrecompiledRules.hash(List.of(FILES.get(1), FILES.get(0)))).isEqualTo(hash);
        assertThat(PrecompiledRules.hash(List.of(FILES.get(0), new RuleSet.Resource("b.drl", "b.drl", "package z;\n"))))
                .isNotEqualTo(hash);
        assertThat(PrecompiledRules.hash(List.of(FILES.get(0), new RuleSet.Resource("c.drl", "b.drl", "package y;\n"))))
                .isNotEqualTo(hash);
    }

    @Test
    void noIndexMeansNothingPrecompiled() throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertThat(PrecompiledRules.load(PrecompiledRules.hash(FILES), loader)).isEmpty();
        }
    }

    @Test
    void aBrokenIndexIsIgnoredSoThatTheRulesAreCompiled() throws Exception {
        String hash = PrecompiledRules.hash(FILES);
        Path index = dir.resolve(PrecompiledRules.indexName(hash));
        Files.createDirectories(index.getParent());
        Files.writeString(index, "# model classes\nio.poerules.generated.NoSuchModel\n");

        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                PrecompiledRulesTest.class.getClassLoader())) {
            assertThat(PrecompiledRules.load(hash, loader)).isEmpty();
        }
    }
}
