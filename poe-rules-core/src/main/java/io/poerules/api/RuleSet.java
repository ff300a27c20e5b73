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
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The rules and lexicons a validator is built from: DRL files and lexicon JSON files, each with the
 * relative path that names it. Immutable.
 *
 * <p>The default rule set ships in the {@code poe-rules-drl} artifact and is found on the class path
 * through its manifest {@value #MANIFEST}. An analyst's folder is read with {@link #directory(Path)}
 * and laid over the defaults with {@link #extendedBy(RuleSet)}.
 *
 * @since 0.1.0
 */
public final class RuleSet {

    /** Class-path location of a rule set manifest. */
    public static final String MANIFEST = "META-INF/poe-rules/ruleset.json";

    /**
     * One rule or lexicon file.
     *
     * @param path    its path relative to the rule set root, with {@code /} separators
     * @param origin  where it was read from, for messages
     * @param content its text
     */
    public record Resource(String path, String origin, String content) {
        /** Whether this is a DRL rule file. */
        public boolean isRules() {
            return path.endsWith(".drl");
        }

        /** Whether this is a lexicon file. */
        public boolean isLexicon() {
            return path.endsWith(".json");
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
            for (String field : List.of("rules", "lexicons")) {
                for (JsonNode entry : root.path(field)) {
                    String path = entry.asText();
                    try (InputStream res = loader.getResourceAsStream(path)) {
                        if (res == null) {
                            throw new PoeRulesException("Rule set manifest " + manifest + " names " + path
                                    + ", which is not on the class path");
                        }
                        resources.put(path, new Resource(path, "classpath:" + path,
                                new String(res.readAllBytes(), StandardCharsets.UTF_8)));
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
     * Every {@code .drl} and {@code .json} file under a folder, recursively.
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
                if (rel.endsWith(".drl") || rel.endsWith(".json")) {
                    resources.put(rel, new Resource(rel, file.toString(), Files.readString(file)));
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
     * This rule set with another laid over it: the other's files are added, and a file with the same
     * relative path replaces this one's.
     */
    public RuleSet extendedBy(RuleSet other) {
        Map<String, Resource> merged = new LinkedHashMap<>(resources);
        merged.putAll(other.resources);
        List<String> allSources = new ArrayList<>(sources);
        allSources.addAll(other.sources);
        return new RuleSet(name + "+" + other.name, version, allSources, merged);
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

    /** The DRL files. */
    public List<Resource> rules() {
        return resources.values().stream().filter(Resource::isRules).toList();
    }

    /** The lexicon files. */
    public List<Resource> lexicons() {
        return resources.values().stream().filter(Resource::isLexicon).toList();
    }
}
