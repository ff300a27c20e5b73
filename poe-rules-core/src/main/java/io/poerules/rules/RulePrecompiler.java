package io.poerules.rules;

import io.poerules.api.RuleSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Build step: compiles the rule set whose manifest is on the class path into Drools' executable model
 * and writes its classes, and their index, where {@link RuleEngine#compile(List)} finds them by the
 * content hash of the rule files. Run by the build of {@code poe-rules-drl}, with that module's classes
 * on the class path: {@code java -cp ... io.poerules.rules.RulePrecompiler target/classes}.
 *
 * <p>Not part of the API.
 */
public final class RulePrecompiler {

    private static final Logger LOG = LoggerFactory.getLogger(RulePrecompiler.class);
    /** The file of the built module that lists its model classes, after a first line with the version. */
    private static final String MODEL_FILE = "drools-model";
    private static final String CLASSES_SUFFIX = ".classes";

    private RulePrecompiler() {
    }

    /**
     * Compiles the rule set on the class path and writes its classes and index into a classes folder.
     *
     * @param args one argument: the classes folder to write into
     * @throws IOException when the files cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: RulePrecompiler CLASSES_DIR");
        }
        long started = System.nanoTime();
        RuleSet rules = RuleSet.fromClassPath(RulePrecompiler.class.getClassLoader());
        Path index = write(rules.rulesAndTables(), Path.of(args[0]));
        LOG.info("Precompiled {} rule files of {} into the executable model ({}) in {} ms", rules.rulesAndTables().size(),
                rules.name(), index, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Compiles the rule files into the executable model and writes, under {@code classes}, the generated
     * classes, the index {@code META-INF/poe-rules/precompiled/<hash>.model} naming the model classes, and
     * a list of the class files written; the files a previous run listed are removed first.
     *
     * @return the index written
     */
    static Path write(List<RuleSet.Resource> ruleFiles, Path classes) throws IOException {
        Map<String, byte[]> built = RuleEngine.precompile(ruleFiles);
        String hash = PrecompiledRules.hash(ruleFiles);
        Path dir = classes.resolve(PrecompiledRules.DIRECTORY);
        removePrevious(classes, dir);
        Files.createDirectories(dir);
        List<String> models = new ArrayList<>();
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : built.entrySet()) {
            String name = file.getKey();
            if (name.endsWith(".class")) {
                Path target = classes.resolve(name);
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
                written.add(name);
            } else if (name.endsWith("/" + MODEL_FILE)) {
                new String(file.getValue(), StandardCharsets.UTF_8).lines().skip(1).map(String::strip)
                        .filter(line -> !line.isEmpty()).forEach(models::add);
            }
        }
        if (models.isEmpty()) {
            throw new IllegalStateException("The executable model names no model class; files built: " + built.keySet());
        }
        Files.write(dir.resolve(hash + CLASSES_SUFFIX), written, StandardCharsets.UTF_8);
        Path index = classes.resolve(PrecompiledRules.indexName(hash));
        List<String> lines = new ArrayList<>();
        lines.add("# Drools executable model of the rule files with SHA-256 " + hash + ": the model classes.");
        lines.addAll(models);
        Files.write(index, lines, StandardCharsets.UTF_8);
        return index;
    }

    private static void removePrevious(Path classes, Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> old = Files.list(dir)) {
            for (Path file : old.toList()) {
                if (file.getFileName().toString().endsWith(CLASSES_SUFFIX)) {
                    for (String name : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                        Files.deleteIfExists(classes.resolve(name));
                    }
                }
                Files.delete(file);
            }
        }
    }
}
