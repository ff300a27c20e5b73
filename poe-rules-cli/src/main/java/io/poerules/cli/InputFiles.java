package io.poerules.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Expands the paths given on the command line into the documents to validate. A file is taken as
 * given; a directory is walked recursively, in sorted order, keeping regular files (symbolic links to
 * files included, and links to nothing, which the report lists as unreadable) and skipping hidden
 * files and folders, the {@value #EXPECTED} files of regression suites and the {@value #CLAIM} files
 * of engagements. A document named twice is kept once, where it first appears.
 *
 * <p>A directory that holds a {@value #CLAIM} is an engagement: its documents (those of its
 * subfolders included, but for subfolders that are engagements of their own) are validated together
 * against that claim.
 */
final class InputFiles {

    /** The expected-outcome file of a regression suite folder; never a document. */
    static final String EXPECTED = "expected.json";

    /** The claim of an engagement folder; never a document. */
    static final String CLAIM = "claim.json";

    /** What the paths name, in the order found: documents on their own, and engagements. */
    sealed interface Input {
    }

    /** A document on its own. */
    record Document(Path file) implements Input {
    }

    /** An engagement folder: its claim file and its documents. */
    record Bundle(Path folder, Path claim, List<Path> documents) implements Input {
        Bundle {
            documents = List.copyOf(documents);
        }
    }

    /** A path on the command line that cannot be used. */
    static final class InputException extends Exception {
        private static final long serialVersionUID = 1L;

        InputException(String message) {
            super(message);
        }
    }

    private InputFiles() {
    }

    /**
     * The documents named by the paths, in order, engagements' documents included.
     *
     * @throws InputException when a path does not exist or is neither a file nor a directory
     */
    static List<Path> expand(List<Path> paths) throws InputException {
        List<Path> out = new ArrayList<>();
        for (Input input : inputs(paths)) {
            if (input instanceof Document d) {
                out.add(d.file());
            } else if (input instanceof Bundle b) {
                out.addAll(b.documents());
            }
        }
        return out;
    }

    /**
     * The documents and engagements named by the paths, in the order found.
     *
     * @throws InputException when a path does not exist or is neither a file nor a directory, or names a
     *                        {@value #CLAIM} file as a document
     */
    static List<Input> inputs(List<Path> paths) throws InputException {
        List<Input> out = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                walk(path, out, seen);
            } else if (Files.isRegularFile(path)) {
                if (String.valueOf(path.getFileName()).equals(CLAIM)) {
                    throw new InputException(path + " is a claim, not a document: give its folder to validate the "
                            + "engagement, or use --claim " + path + " with the documents");
                }
                if (firstTime(path, seen)) {
                    out.add(new Document(path));
                }
            } else if (Files.exists(path)) {
                throw new InputException("not a regular file or directory: " + path);
            } else {
                throw new InputException("no such file or directory: " + path);
            }
        }
        return out;
    }

    private static boolean firstTime(Path file, Set<Path> seen) {
        return seen.add(file.toAbsolutePath().normalize());
    }

    /**
     * Walks a folder: each engagement folder in it becomes one bundle, placed where its first file is
     * found; other documents stand alone.
     */
    private static void walk(Path root, List<Input> out, Set<Path> seen) throws InputException {
        List<Path> files = files(root);
        Set<Path> engagementFolders = new HashSet<>();
        for (Path file : files) {
            if (isClaim(file)) {
                engagementFolders.add(file.getParent());
            }
        }
        Map<Path, List<Path>> bundles = new LinkedHashMap<>();
        List<Object> slots = new ArrayList<>();
        for (Path file : files) {
            Path folder = isClaim(file) ? file.getParent() : engagementOf(file, engagementFolders);
            if (folder != null && !bundles.containsKey(folder)) {
                bundles.put(folder, new ArrayList<>());
                slots.add(folder);
            }
            if (isClaim(file) || !firstTime(file, seen)) {
                continue;
            }
            if (folder == null) {
                slots.add(new Document(file));
            } else {
                bundles.get(folder).add(file);
            }
        }
        for (Object slot : slots) {
            out.add(slot instanceof Path folder ? new Bundle(folder, folder.resolve(CLAIM), bundles.get(folder))
                    : (Input) slot);
        }
    }

    private static boolean isClaim(Path file) {
        return String.valueOf(file.getFileName()).equals(CLAIM);
    }

    /** The engagement folder a document belongs to: the nearest folder above it that holds a claim. */
    private static Path engagementOf(Path file, Set<Path> engagementFolders) {
        for (Path dir = file.getParent(); dir != null; dir = dir.getParent()) {
            if (engagementFolders.contains(dir)) {
                return dir;
            }
        }
        return null;
    }

    private static List<Path> files(Path root) throws InputException {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = String.valueOf(file.getFileName());
                    // A link to nothing is kept too, so that the report says it could not be read.
                    boolean dangling = attrs.isSymbolicLink() && !Files.exists(file);
                    if (!isHidden(file) && !name.equals(EXPECTED) && (Files.isRegularFile(file) || dangling)) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // Unreadable: keep it, so that the report says it could not be read.
                    if (!isHidden(file)) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new InputException("cannot read directory " + root + ": " + e.getMessage());
        }
        files.sort(null);
        return files;
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        if (name != null && name.toString().startsWith(".")) {
            return true;
        }
        try {
            return Files.isHidden(path);
        } catch (IOException e) {
            return false;
        }
    }
}
