package io.poerules.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Expands the paths given on the command line into the documents to validate. A file is taken as
 * given; a directory is walked recursively, in sorted order, keeping regular files (symbolic links to
 * files included, and links to nothing, which the report lists as unreadable) and skipping hidden files and folders and the {@value #EXPECTED} files of regression
 * suites. A document named twice is kept once, where it first appears.
 */
final class InputFiles {

    /** The expected-outcome file of a regression suite folder; never a document. */
    static final String EXPECTED = "expected.json";

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
     * The documents named by the paths, in order.
     *
     * @throws InputException when a path does not exist or is neither a file nor a directory
     */
    static List<Path> expand(List<Path> paths) throws InputException {
        List<Path> out = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                for (Path file : walk(path)) {
                    add(file, out, seen);
                }
            } else if (Files.isRegularFile(path)) {
                add(path, out, seen);
            } else if (Files.exists(path)) {
                throw new InputException("not a regular file or directory: " + path);
            } else {
                throw new InputException("no such file or directory: " + path);
            }
        }
        return out;
    }

    private static void add(Path file, List<Path> out, Set<Path> seen) {
        if (seen.add(file.toAbsolutePath().normalize())) {
            out.add(file);
        }
    }

    private static List<Path> walk(Path root) throws InputException {
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
