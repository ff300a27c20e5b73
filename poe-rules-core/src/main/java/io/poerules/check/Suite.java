package io.poerules.check;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.poerules.api.Claim;
import io.poerules.api.PoeRulesException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A rule regression suite: a folder of documents and engagements with their expected outcomes.
 *
 * <ul>
 *   <li>A folder with an {@value #EXPECTED} and no {@value Claim#FILE_NAME}: its {@value #EXPECTED} maps
 *       the name of each document of the folder (relative to it) to its {@link Expectation}.</li>
 *   <li>A folder with a {@value Claim#FILE_NAME} is an engagement: its documents (those of its subfolders
 *       included) are judged together against the claim, and its {@value #EXPECTED}, when there is one,
 *       is the one {@link Expectation} of the engagement.</li>
 * </ul>
 *
 * <p>Folders are searched recursively; hidden files and folders are skipped. A document of a documents
 * folder that its {@value #EXPECTED} does not name, and an engagement without {@value #EXPECTED}, are
 * cases without expectation: they do not match until an expectation is written ({@code poe check
 * --update}). Immutable.
 *
 * @since 0.1.0
 */
public final class Suite {

    /** The file of expected outcomes. */
    public static final String EXPECTED = "expected.json";

    /** Whether a case is one document or one engagement. */
    public enum Kind { DOCUMENT, ENGAGEMENT }

    /**
     * One document or engagement of the suite.
     *
     * @param name      its path relative to the suite folder, with {@code /} separators
     * @param kind      document or engagement
     * @param path      the document's file, or the engagement's folder
     * @param documents the documents: the file itself, or the engagement's documents, sorted
     * @param expectationFile the {@value #EXPECTED} that holds (or would hold) its expectation
     * @param expected  its expectation, or {@code null} when there is none
     */
    public record Case(String name, Kind kind, Path path, List<Path> documents, Path expectationFile,
                       Expectation expected) {
        public Case {
            documents = List.copyOf(documents);
        }

        /** The key of this case in its {@value #EXPECTED}: the file name relative to its folder; none for an engagement. */
        public String key() {
            return kind == Kind.ENGAGEMENT ? null
                    : expectationFile.getParent().relativize(path).toString().replace('\\', '/');
        }
    }

    private final Path root;
    private final List<Case> cases;

    private Suite(Path root, List<Case> cases) {
        this.root = root;
        this.cases = List.copyOf(cases);
    }

    /**
     * Reads a suite folder.
     *
     * @throws PoeRulesException when the folder cannot be read, or an {@value #EXPECTED} is not valid (with
     *                           its file, line and column)
     */
    public static Suite read(Path dir) {
        Objects.requireNonNull(dir, "dir");
        if (!Files.isDirectory(dir)) {
            throw new PoeRulesException("Suite folder does not exist or is not a directory: " + dir);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> !hidden(dir, p)).filter(Files::isRegularFile).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new PoeRulesException("Cannot read suite folder " + dir + ": " + e.getMessage(), e);
        }
        Set<Path> engagements = new TreeSet<>();
        Set<Path> documentFolders = new TreeSet<>();
        for (Path f : files) {
            if (f.getFileName().toString().equals(Claim.FILE_NAME)) {
                engagements.add(f.getParent());
            }
        }
        for (Path f : files) {
            if (f.getFileName().toString().equals(EXPECTED) && !engagements.contains(f.getParent())) {
                documentFolders.add(f.getParent());
            }
        }
        List<Case> cases = new ArrayList<>();
        for (Path folder : engagements) {
            Path expectedFile = folder.resolve(EXPECTED);
            Expectation expected = Files.isRegularFile(expectedFile) ? readOne(expectedFile) : null;
            List<Path> documents = files.stream().filter(f -> f.startsWith(folder) && !f.equals(expectedFile))
                    .filter(f -> !f.getFileName().toString().equals(Claim.FILE_NAME))
                    .filter(f -> nearest(f, engagements).equals(folder)).toList();
            cases.add(new Case(name(dir, folder), Kind.ENGAGEMENT, folder, documents, expectedFile, expected));
        }
        for (Path folder : documentFolders) {
            Path expectedFile = folder.resolve(EXPECTED);
            Map<String, Expectation> expected = readMap(expectedFile);
            Map<String, Path> documents = new TreeMap<>();
            for (Path f : files) {
                if (f.startsWith(folder) && !f.getFileName().toString().equals(EXPECTED)
                        && nearest(f, engagements) == null && nearest(f, documentFolders).equals(folder)) {
                    documents.put(folder.relativize(f).toString().replace('\\', '/'), f);
                }
            }
            expected.keySet().forEach(key -> documents.putIfAbsent(key, folder.resolve(key)));
            documents.forEach((key, file) -> cases.add(new Case(name(dir, file), Kind.DOCUMENT, file, List.of(file),
                    expectedFile, expected.get(key))));
        }
        cases.sort(java.util.Comparator.comparing(Case::name));
        return new Suite(dir, cases);
    }

    /** The suite folder. */
    public Path root() {
        return root;
    }

    /** Every document and engagement, sorted by name. */
    public List<Case> cases() {
        return cases;
    }

    private static Path nearest(Path file, Set<Path> folders) {
        for (Path d = file.getParent(); d != null; d = d.getParent()) {
            if (folders.contains(d)) {
                return d;
            }
        }
        return null;
    }

    private static boolean hidden(Path root, Path p) {
        Path rel = root.relativize(p);
        for (Path part : rel) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String name(Path root, Path p) {
        String rel = root.relativize(p).toString().replace('\\', '/');
        return rel.isEmpty() ? String.valueOf(root.getFileName()) : rel;
    }

    static Expectation readOne(Path file) {
        try {
            return ExpectationJson.MAPPER.readValue(file.toFile(), Expectation.class);
        } catch (IOException e) {
            throw invalid(file, e);
        }
    }

    static Map<String, Expectation> readMap(Path file) {
        try {
            return new LinkedHashMap<>(ExpectationJson.MAPPER.readValue(file.toFile(),
                    new TypeReference<Map<String, Expectation>>() { }));
        } catch (IOException e) {
            throw invalid(file, e);
        }
    }

    private static PoeRulesException invalid(Path file, IOException e) {
        if (e instanceof JsonProcessingException j) {
            JsonLocation at = j.getLocation();
            return new PoeRulesException(file + ":" + (at == null ? 0 : at.getLineNr()) + ":"
                    + (at == null ? 0 : at.getColumnNr()) + ": " + j.getOriginalMessage(), e);
        }
        return new PoeRulesException("Cannot read " + file + ": " + e.getMessage(), e);
    }
}
