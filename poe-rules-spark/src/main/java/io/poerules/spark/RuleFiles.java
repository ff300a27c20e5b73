package io.poerules.spark;

import io.poerules.api.PoeRulesException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * A folder of rules read on the driver and shipped to the executors with the job: its name and each file's
 * path (relative, {@code /} separators) and bytes. An executor writes it once into a temporary folder of the
 * same name and builds its validator from there, so no shared file system is needed. Immutable.
 */
final class RuleFiles implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Largest rules folder shipped: rules are text, a folder over this is a mistake. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private final String folderName;
    private final TreeMap<String, byte[]> files;

    private RuleFiles(String folderName, TreeMap<String, byte[]> files) {
        this.folderName = folderName;
        this.files = files;
    }

    /**
     * Reads every file under a folder (any Hadoop file system URI, or a local path), recursively.
     *
     * @throws PoeRulesException when the folder does not exist or cannot be read
     */
    static RuleFiles read(String folder, Configuration conf) {
        org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(qualified(folder));
        TreeMap<String, byte[]> files = new TreeMap<>();
        String name;
        long total = 0;
        try {
            FileSystem fs = root.getFileSystem(conf);
            FileStatus folderStatus = statusOf(fs, root);
            if (folderStatus == null || !folderStatus.isDirectory()) {
                throw new PoeRulesException("Rules directory does not exist or is not a directory: " + folder);
            }
            org.apache.hadoop.fs.Path resolved = folderStatus.getPath();
            name = resolved.getName().isEmpty() ? "rules" : resolved.getName();
            String prefix = resolved.toUri().getPath();
            RemoteIterator<LocatedFileStatus> listing = fs.listFiles(root, true);
            while (listing.hasNext()) {
                LocatedFileStatus status = listing.next();
                total += status.getLen();
                if (total > MAX_BYTES) {
                    throw new PoeRulesException("Rules directory " + folder + " holds more than " + MAX_BYTES
                            + " bytes; it should hold only rules, decision tables and lexicons");
                }
                String relative = status.getPath().toUri().getPath().substring(prefix.length()).replaceFirst("^/+", "");
                try (InputStream in = fs.open(status.getPath())) {
                    files.put(relative, in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new PoeRulesException("Cannot read rules directory " + folder + ": " + e.getMessage(), e);
        }
        return new RuleFiles(name, files);
    }

    /** The status of a path, or {@code null} when nothing is there. */
    private static FileStatus statusOf(FileSystem fs, org.apache.hadoop.fs.Path path) throws IOException {
        try {
            return fs.getFileStatus(path);
        } catch (FileNotFoundException e) {
            return null;
        }
    }

    /**
     * The folder as a URI: one with a scheme ({@code hdfs:}, {@code s3a:}, {@code file:}) as given; a path
     * without one is a folder of the driver's local file system, as for {@code poe validate --rules} (not of
     * Hadoop's default file system), relative to the driver's working folder.
     */
    static java.net.URI qualified(String folder) {
        java.net.URI uri;
        try {
            uri = new java.net.URI(folder);
        } catch (java.net.URISyntaxException e) {
            uri = null;
        }
        boolean hasScheme = uri != null && uri.getScheme() != null && uri.getScheme().length() > 1;
        return hasScheme ? uri : Path.of(folder).toAbsolutePath().normalize().toUri();
    }

    /** The files, by relative path. */
    Map<String, byte[]> files() {
        return Collections.unmodifiableMap(files);
    }

    /** A digest of the folder's name, paths and contents: what tells two rule sets apart. */
    String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(folderName.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            files.forEach((path, bytes) -> {
                sha.update((byte) 0);
                sha.update(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(bytes);
            });
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * Writes the files into a new temporary folder named as the original one, under {@code parent}.
     *
     * @return the folder to build the validator from
     */
    Path writeUnder(Path parent) {
        Path root = parent.resolve(folderName);
        try {
            Files.createDirectories(root);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = root.resolve(file.getKey()).normalize();
                if (!target.startsWith(root)) {
                    throw new PoeRulesException("Rules file outside its folder: " + file.getKey());
                }
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the rules into " + root, e);
        }
    }
}
