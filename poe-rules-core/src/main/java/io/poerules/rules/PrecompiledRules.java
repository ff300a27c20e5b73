package io.poerules.rules;

import io.poerules.api.RuleSet;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.ReleaseId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rule sets compiled ahead of time into Drools' executable model: Java classes on the class path, found
 * through an index named by the content hash of the rule files they were compiled from. A rule set whose
 * files are not exactly those (an edited copy, an analyst's folder) has another hash and is compiled at
 * run time.
 *
 * <p>The build of {@code poe-rules-drl} runs {@link RulePrecompiler}, which writes the classes of the
 * default rules beside that module's resources and their index {@code <hash>.model} under
 * {@value #DIRECTORY}. Loading them never compiles DRL; an index or class that cannot be loaded (a
 * corrupt file, another Drools version) is logged and ignored, and the rules are compiled instead.
 */
final class PrecompiledRules {

    /** Class-path folder of the indexes of precompiled rule sets: {@code <hash>.model} files. */
    static final String DIRECTORY = "META-INF/poe-rules/precompiled/";

    private static final Logger LOG = LoggerFactory.getLogger(PrecompiledRules.class);

    private PrecompiledRules() {
    }

    /**
     * The SHA-256 of the rule files: their paths and contents, in path order, so that the order a rule
     * set lists them in does not matter but any change to a path or a byte does.
     */
    static String hash(List<RuleSet.Resource> files) {
        List<RuleSet.Resource> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(RuleSet.Resource::path));
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (RuleSet.Resource file : sorted) {
                digest.update(file.path().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                byte[] content = file.bytes();
                digest.update(Long.toString(content.length).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(content);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** The release id rule files are precompiled under. */
    static ReleaseId releaseId(KieServices services, String hash) {
        return services.newReleaseId("io.poerules.precompiled", "rules-" + hash, "1.0.0");
    }

    /** The class-path name of the index of the model classes compiled from rule files with this hash. */
    static String indexName(String hash) {
        return DIRECTORY + hash + ".model";
    }

    /**
     * The KieBase precompiled from rule files with this hash, when the class loader holds its index and
     * classes. Empty when there is none, or when it cannot be loaded (logged as a warning).
     */
    static Optional<KieBase> load(String hash, ClassLoader loader) {
        URL index = loader.getResource(indexName(hash));
        if (index == null) {
            return Optional.empty();
        }
        try (InputStream in = index.openStream()) {
            List<Model> models = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    models.add(Class.forName(name, true, loader).asSubclass(Model.class)
                            .getDeclaredConstructor().newInstance());
                }
            }
            if (models.isEmpty()) {
                throw new IllegalStateException("the index names no model class");
            }
            return Optional.of(KieBaseBuilder.createKieBaseFromModel(models));
        } catch (IOException | ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.warn("Cannot load the precompiled rules {} ({}); compiling them instead", index, e.toString());
            LOG.debug("Loading {} failed", index, e);
            return Optional.empty();
        }
    }
}
