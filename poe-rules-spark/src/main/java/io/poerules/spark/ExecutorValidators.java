package io.poerules.spark;

import io.poerules.api.PoeValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The validators of this JVM: one per {@link ValidatorSettings#key()}, built on first use (the rules compiled
 * once per executor, not per task), shared by the tasks of every job with the same settings, and closed, with
 * their temporary rules folders deleted, when the JVM shuts down. Thread-safe.
 */
final class ExecutorValidators {

    private static final Logger LOG = LoggerFactory.getLogger(ExecutorValidators.class);

    private static final Map<String, PoeValidator> VALIDATORS = new HashMap<>();
    private static final Map<String, Path> RULE_FOLDERS = new HashMap<>();
    private static boolean hookAdded;

    private ExecutorValidators() {
    }

    /**
     * The validator for these settings, built now if this JVM has none yet.
     *
     * @throws io.poerules.api.RuleBuildException when the rules do not build
     */
    static synchronized PoeValidator get(ValidatorSettings settings) {
        String key = settings.key();
        PoeValidator validator = VALIDATORS.get(key);
        if (validator == null) {
            addShutdownHook();
            Path rulesFolder = settings.rules() == null ? null : writeRules(key, settings);
            int threads = TaskSlots.ofThisExecutor();
            validator = settings.builder(rulesFolder, threads).build();
            VALIDATORS.put(key, validator);
            LOG.info("poe-rules validator built: rules {} ({} rules), as of {}, {} threads", validator.ruleSet().name(),
                    validator.ruleSet().rules(), settings.asOf(), threads);
        }
        return validator;
    }

    private static Path writeRules(String key, ValidatorSettings settings) {
        Path folder = RULE_FOLDERS.get(key);
        if (folder == null) {
            try {
                folder = Files.createTempDirectory("poe-rules-spark-");
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create a temporary folder for the rules", e);
            }
            RULE_FOLDERS.put(key, folder);
        }
        return settings.rules().writeUnder(folder);
    }

    private static void addShutdownHook() {
        if (!hookAdded) {
            Runtime.getRuntime().addShutdownHook(new Thread(ExecutorValidators::closeAll, "poe-rules-spark-close"));
            hookAdded = true;
        }
    }

    /** Closes every validator and deletes the rules folders; the next {@link #get} builds anew. */
    static synchronized void closeAll() {
        VALIDATORS.values().forEach(PoeValidator::close);
        VALIDATORS.clear();
        RULE_FOLDERS.values().forEach(ExecutorValidators::delete);
        RULE_FOLDERS.clear();
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("Cannot delete {}", folder, e);
        }
    }
}
