package io.poerules.spark;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A Spark installation made of the jars Maven resolved for this module: {@code SPARK_HOME/jars} holds links to
 * Spark's jars (the files named by the system property {@code spark.classpath.files}) and
 * {@code SPARK_HOME/conf/log4j2.properties} logs at INFO on standard error. That is the layout {@code spark-class}
 * and a standalone Worker expect: a Worker starts its executors with {@code conf/} and {@code jars/*} of its
 * {@code SPARK_HOME} as their class path. {@link #close()} removes the links (not the jars).
 */
final class SparkHome implements AutoCloseable {

    private static final String LOG4J2 = """
            rootLogger.level = info
            rootLogger.appenderRef.stderr.ref = stderr
            appender.stderr.type = Console
            appender.stderr.name = stderr
            appender.stderr.target = SYSTEM_ERR
            appender.stderr.layout.type = PatternLayout
            appender.stderr.layout.pattern = %d{HH:mm:ss.SSS} %-5p %c{1}: %m%n
            logger.native.name = org.apache.hadoop.util.NativeCodeLoader
            logger.native.level = error
            logger.pdfbox.name = org.apache.pdfbox
            logger.pdfbox.level = off
            logger.fontbox.name = org.apache.fontbox
            logger.fontbox.level = error
            logger.tika.name = org.apache.tika
            logger.tika.level = error
            logger.poi.name = org.apache.poi
            logger.poi.level = error
            """;

    private final Path home;

    private SparkHome(Path home) {
        this.home = home;
    }

    /** Lays out a Spark installation in {@code folder}, which must not exist yet. */
    static SparkHome createIn(Path folder) throws IOException {
        Path jars = Files.createDirectories(folder.resolve("jars"));
        for (Path jar : sparkJars()) {
            Path link = jars.resolve(jar.getFileName().toString());
            if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.createSymbolicLink(link, jar);
            }
        }
        Path conf = Files.createDirectories(folder.resolve("conf"));
        Files.writeString(conf.resolve("log4j2.properties"), LOG4J2);
        return new SparkHome(folder);
    }

    /** Removes the links to Spark's jars, so that deleting the folder cannot follow them. */
    @Override
    public void close() throws IOException {
        try (Stream<Path> links = Files.list(home.resolve("jars"))) {
            for (Path link : links.toList()) {
                Files.delete(link);
            }
        }
    }

    /** Spark's jars, with the libraries Spark ships that this module's dependencies also bring. */
    static List<Path> sparkJars() throws IOException {
        List<Path> jars = new ArrayList<>();
        for (String file : System.getProperty("spark.classpath.files").split(",")) {
            for (String jar : Files.readString(Path.of(file)).strip().split(File.pathSeparator)) {
                if (!jar.isBlank()) {
                    jars.add(Path.of(jar));
                }
            }
        }
        return jars;
    }

    /** The options {@code spark-class} gives Spark's JVMs on Java 17 (the system property {@code spark.jvm.options}). */
    static List<String> jvmOptions() {
        return List.of(System.getProperty("spark.jvm.options").strip().split("\\s+"));
    }

    Path path() {
        return home;
    }

    /** The class path {@code spark-class} gives a JVM of this installation: {@code conf/} and {@code jars/*}. */
    String classPath() {
        return home.resolve("conf") + File.separator + File.pathSeparator + home.resolve("jars") + File.separator + "*";
    }

    /**
     * Makes {@code env} the environment of a Spark process of this installation, on the loopback interface only:
     * Spark's launcher needs {@code SPARK_SCALA_VERSION} outside a Spark build, and variables that would add to the
     * class path are removed.
     */
    void applyTo(Map<String, String> env) {
        List.of("SPARK_CONF_DIR", "SPARK_CLASSPATH", "SPARK_DIST_CLASSPATH", "HADOOP_CONF_DIR", "YARN_CONF_DIR",
                "SPARK_PREPEND_CLASSES", "SPARK_TESTING").forEach(env::remove);
        env.put("SPARK_HOME", home.toString());
        env.put("SPARK_SCALA_VERSION", "2.13");
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        env.put("JAVA_HOME", System.getProperty("java.home"));
    }
}
