package io.poerules.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import io.poerules.map.lexicon.Lexicon;
import io.poerules.rules.DecisionTables;
import io.poerules.rules.DrlRules;
import io.poerules.rules.RuleEngine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules and lexicons a validator is built from: DRL files, decision tables ({@code .xlsx},
 * {@code .csv}) and lexicon JSON files, each with the relative path that names it. Immutable.
 *
 * <p>The default rule set ships in the {@code poe-rules-drl} artifact and is found on the class path
 * through its manifest {@value #MANIFEST}. An analyst's folder is read with {@link #directory(Path)}
 * and laid over the defaults with {@link #extendedBy(RuleSet)} (or used alone: {@link Mode#REPLACE}).
 * {@link #lint()} lists every problem in the rules and lexicons without building a validator.
 *
 * @since 0.1.0
 */
public final class RuleSet {

    /** Class-path location of a rule set manifest. */
    public static final String MANIFEST = "META-INF/poe-rules/ruleset.json";

    private static final Logger LOG = LoggerFactory.getLogger(RuleSet.class);

    /**
     * How an analyst's folder of rules is combined with the default rules.
     *
     * @since 0.1.0
     */
    public enum Mode {
        /**
         * The folder's files are laid over the defaults: added, a file with the same relative path
         * replacing the default one, and a rule with the same {@code @id} as a default rule replacing it.
         */
        EXTEND,
        /** Only the folder's files are used. */
        REPLACE
    }

    /**
     * One rule, decision table or lexicon file.
     *
     * @param path    its path relative to the rule set root, with {@code /} separators
     * @param origin  where it was read from, for messages
     * @param content its text (empty for a binary {@code .xlsx} decision table)
     * @param data    its bytes when it is binary, otherwise {@code null}
     */
    public record Resource(String path, String origin, String content, byte[] data) {

        /** A text file: DRL, CSV decision table or lexicon. */
        public Resource(String path, String origin, String content) {
            this(path, origin, content, null);
        }

        /** A file read as bytes: an {@code .xlsx} decision table is binary, other files UTF-8 text. */
        public static Resource read(String path, String origin, byte[] bytes) {
            return path.endsWith(".xlsx") ? new Resource(path, origin, "", bytes.clone())
                    : new Resource(path, origin, new String(bytes, StandardCharsets.UTF_8));
        }

        /** Its bytes: the binary content, or the text as UTF-8. */
        public byte[] bytes() {
            return data != null ? data.clone() : content.getBytes(StandardCharsets.UTF_8);
        }

        /** Whether this is a DRL rule file. */
        public boolean isRules() {
            return path.endsWith(".drl");
        }

        /** Whether this is a decision table ({@code .xlsx} or {@code .csv}). */
        public boolean isDecisionTable() {
            return DecisionTables.isDecisionTable(path);
        }

        /** Whether this is a lexicon file. */
        public boolean isLexicon() {
            return path.endsWith(".json");
        }

        /** This file with other text, read from the same place. */
        Resource withContent(String text) {
            return new Resource(path, origin, text, data);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Resource r && path.equals(r.path) && origin.equals(r.origin)
                    && content.equals(r.content) && Arrays.equals(data, r.data);
        }

        @Override
        public int hashCode() {
            return Objects.hash(path, origin, content, Arrays.hashCode(data));
        }

        @Override
        public String toString() {
            return "Resource[" + path + " from " + origin + "]";
        }
    }

    private final String name;
    private final String version;
    private final List<String> sources;
    private final Map<String, Resource> resources;

    private RuleSet(String name, String version, List<String> sources, Map<String, Resource> resources) {
        this.name = name;
        this.version = version;
        this.sources = List.copyOf(sources);
        this.resources = Collections.unmodifiableMap(new LinkedHashMap<>(resources));
    }

    /**
     * The rule set whose manifest is on the class path (the {@code poe-rules-drl} artifact).
     *
     * @throws PoeRulesException when no manifest is found, or one names a missing file
     */
    public static RuleSet defaults() {
        return fromClassPath(Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : RuleSet.class.getClassLoader());
    }

    /** The rule set whose manifest {@value #MANIFEST} the class loader finds. */
    public static RuleSet fromClassPath(ClassLoader loader) {
        URL manifest = loader.getResource(MANIFEST);
        if (manifest == null) {
            throw new PoeRulesException("No rule set on the class path (" + MANIFEST + " not found): add the "
                    + "poe-rules-drl artifact, or give the validator a rules directory");
        }
        try (InputStream in = manifest.openStream()) {
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, Resource> resources = new LinkedHashMap<>();
            for (String field : List.of("rules", "decisionTables", "lexicons")) {
                for (JsonNode entry : root.path(field)) {
                    String path = entry.asText();
                    try (InputStream res = loader.getResourceAsStream(path)) {
                        if (res == null) {
                            throw new PoeRulesException("Rule set manifest " + manifest + " names " + path
                                    + ", which is not on the class path");
                        }
                        resources.put(path, Resource.read(path, "classpath:" + path, res.readAllBytes()));
                    }
                }
            }
            return new RuleSet(root.path("name").asText("unnamed"), root.path("version").asText("0"),
                    List.of("classpath:" + MANIFEST), resources);
        } catch (IOException e) {
            throw new PoeRulesException("Cannot read rule set manifest " + manifest + ": " + e.getMessage(), e);
        }
    }

    /**
     * Every {@code .drl}, {@code .xlsx}, {@code .csv} and {@code .json} file under a folder, recursively;
     * hidden files and folders, Excel's lock files ({@code ~$name.xlsx}) and a rule set manifest
     * ({@value #MANIFEST}, in a copy of the default rules' folder) are skipped.
     *
     * @throws PoeRulesException when the folder cannot be read
     */
    public static RuleSet directory(Path dir) {
        Objects.requireNonNull(dir, "dir");
        if (!Files.isDirectory(dir)) {
            throw new PoeRulesException("Rules directory does not exist or is not a directory: " + dir);
        }
        Map<String, Resource> resources = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String rel = dir.relativize(file).toString().replace('\\', '/');
                boolean hidden = Stream.of(rel.split("/")).anyMatch(n -> n.startsWith(".") || n.startsWith("~$"));
                if (!hidden && !rel.equals(MANIFEST) && (rel.endsWith(".drl") || rel.endsWith(".json") || DecisionTables.isDecisionTable(rel))) {
                    resources.put(rel, Resource.read(rel, file.toString(), Files.readAllBytes(file)));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new PoeRulesException("Cannot read rules directory " + dir + ": " + e.getMessage(), e);
        }
        return new RuleSet(dir.getFileName() == null ? dir.toString() : dir.getFileName().toString(), "local",
                List.of(dir.toAbsolutePath().toString()), resources);
    }

    /** A rule set made of the given resources, for tests and programmatic rules. */
    public static RuleSet of(String name, String version, List<Resource> resources) {
        Map<String, Resource> map = new LinkedHashMap<>();
        resources.forEach(r -> map.put(r.path(), r));
        return new RuleSet(name, version, List.of(name), map);
    }

    /**
     * This rule set with another laid over it: the other's files are added, a file with the same
     * relative path replaces this one's, and a rule of the other's DRL files or decision tables with the
     * same {@code @id} as a rule of this one's replaces that rule. A replaced rule is blanked out of its
     * DRL file, which keeps the line numbers of the rest; a decision table with a replaced row is used
     * as the DRL generated from it, without that row's rule.
     */
    public RuleSet extendedBy(RuleSet other) {
        Set<String> replacingIds = new HashSet<>();
        for (Resource r : other.resources.values()) {
            String drl = drlOf(r);
            if (drl != null) {
                DrlRules.of(drl).stream().map(DrlRules.Declared::id).filter(Objects::nonNull).forEach(replacingIds::add);
            }
        }
        Map<String, Resource> merged = new LinkedHashMap<>();
        for (Resource r : resources.values()) {
            if (!replacingIds.isEmpty() && !other.resources.containsKey(r.path())) {
                r = withoutReplaced(r, replacingIds);
            }
            merged.put(r.path(), r);
        }
        merged.putAll(other.resources);
        List<String> allSources = new ArrayList<>(sources);
        allSources.addAll(other.sources);
        return new RuleSet(name + "+" + other.name, version, allSources, merged);
    }

    /** The DRL text of a rule file or a decision table that compiles; {@code null} for other files. */
    private static String drlOf(Resource r) {
        if (r.isRules()) {
            return r.content();
        }
        return r.isDecisionTable() ? DecisionTables.compile(r).drl() : null;
    }

    /** The file without its rules whose {@code @id} is replaced; the file itself when it has none. */
    private static Resource withoutReplaced(Resource r, Set<String> replacingIds) {
        String drl = drlOf(r);
        if (drl == null) {
            return r;
        }
        List<DrlRules.Declared> replaced = DrlRules.of(drl).stream()
                .filter(d -> d.id() != null && replacingIds.contains(d.id())).toList();
        if (replaced.isEmpty()) {
            return r;
        }
        LOG.debug("{}: rules {} are replaced by rules with the same @id", r.origin(),
                replaced.stream().map(DrlRules.Declared::id).toList());
        String remaining = DrlRules.without(drl, replaced);
        return r.isRules() ? r.withContent(remaining) : new Resource(r.path() + ".drl", r.origin(), remaining);
    }

    public String name() {
        return name;
    }

    public String version() {
        return version;
    }

    /** Where the files were read from. */
    public List<String> sources() {
        return sources;
    }

    /**
     * The default rules combined with a folder's, as the mode says.
     *
     * @throws PoeRulesException when the folder cannot be read, or (with {@link Mode#EXTEND}) no default
     *                           rule set is on the class path
     * @since 0.1.0
     */
    public static RuleSet withDirectory(Path dir, Mode mode) {
        Objects.requireNonNull(mode, "mode");
        return mode == Mode.REPLACE ? directory(dir) : defaults().extendedBy(directory(dir));
    }

    /**
     * Every problem in these rules, decision tables and lexicons, as {@link PoeValidator.Builder#build()}
     * would report them, without building a validator: DRL syntax errors, unknown fact types or fields,
     * a rule without {@code @id}, a rule that reports findings without {@code @requirement}, an unknown
     * {@code @requirement} or {@code @severity}, two rules with the same {@code @id}, a decision table
     * that does not compile, a lexicon that is not valid JSON or has an unknown key. Empty when the rule
     * set builds.
     *
     * @since 0.1.0
     */
    public List<RuleProblem> lint() {
        List<RuleProblem> problems = new ArrayList<>();
        try {
            RuleEngine.compile(rulesAndTables());
        } catch (RuleBuildException e) {
            problems.addAll(e.problems());
        }
        try {
            Lexicon.load(lexicons());
        } catch (RuleBuildException e) {
            problems.addAll(e.problems());
        }
        return List.copyOf(problems);
    }

    /** The DRL files and decision tables, in order: what the rule engine compiles. */
    public List<Resource> rulesAndTables() {
        return resources.values().stream().filter(r -> r.isRules() || r.isDecisionTable()).toList();
    }

    /** The decision tables. */
    public List<Resource> decisionTables() {
        return resources.values().stream().filter(Resource::isDecisionTable).toList();
    }

    /** The DRL files. */
    public List<Resource> rules() {
        return resources.values().stream().filter(Resource::isRules).toList();
    }

    /** The lexicon files. */
    public List<Resource> lexicons() {
        return resources.values().stream().filter(Resource::isLexicon).toList();
    }
}
