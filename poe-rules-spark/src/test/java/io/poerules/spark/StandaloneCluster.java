package io.poerules.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * A Spark standalone cluster on this machine, bound to 127.0.0.1: a Master and one Worker, each its own JVM of a
 * {@link SparkHome}, started as {@code start-master.sh} and {@code start-worker.sh} start them. The Worker starts
 * the applications' executors itself, each a JVM logging to {@code <work dir>/<app id>/<executor id>/stderr}.
 * {@link #close()} stops the Worker with its executors, and the Master.
 */
final class StandaloneCluster implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final String masterUrl;
    private final Path workDir;
    private final SparkProcess master;
    private SparkProcess worker;

    private StandaloneCluster(String masterUrl, Path workDir, SparkProcess master) {
        this.masterUrl = masterUrl;
        this.workDir = workDir;
        this.master = master;
    }

    /**
     * Starts a Master, then a Worker with {@code cores} and {@code memory} (as {@code 2g}) to offer, and returns once
     * the Worker has registered with the Master. Logs and the Worker's work dir go under {@code folder}.
     */
    static StandaloneCluster start(SparkHome home, Path folder, int cores, String memory) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        int port = freePort();
        String masterUrl = "spark://127.0.0.1:" + port;
        SparkProcess master = SparkProcess.start(home, folder, folder.resolve("master.log"),
                List.of("-Xmx512m", "-Dspark.master.rest.enabled=false"), "org.apache.spark.deploy.master.Master",
                List.of("--host", "127.0.0.1", "--port", Integer.toString(port), "--webui-port", Integer.toString(freePort())));
        StandaloneCluster cluster = new StandaloneCluster(masterUrl, folder.resolve("work"), master);
        try {
            master.awaitLog("I have been elected leader", START_TIMEOUT);
            cluster.worker = SparkProcess.start(home, folder, folder.resolve("worker.log"), List.of("-Xmx512m"),
                    "org.apache.spark.deploy.worker.Worker",
                    List.of(masterUrl, "--host", "127.0.0.1", "--cores", Integer.toString(cores), "--memory", memory,
                            "--work-dir", cluster.workDir.toString(), "--webui-port", Integer.toString(freePort())));
            cluster.worker.awaitLog("Successfully registered with master " + masterUrl, START_TIMEOUT);
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            cluster.close();
            throw e;
        }
    }

    /** {@code spark://127.0.0.1:<port>}. */
    String masterUrl() {
        return masterUrl;
    }

    /** The standard error of every executor the Worker has started so far. */
    List<Path> executorLogs() throws IOException {
        if (!Files.isDirectory(workDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(workDir, 3)) {
            return files.filter(f -> f.getFileName().toString().equals("stderr"))
                    .filter(f -> workDir.relativize(f).getNameCount() == 3)
                    .filter(f -> workDir.relativize(f).getName(0).toString().startsWith("app-"))
                    .sorted().toList();
        }
    }

    /** The Worker's and the Master's logs, for a failure's message. */
    String logTails() {
        return "Master:\n" + master.logTail() + (worker == null ? "" : "\nWorker:\n" + worker.logTail());
    }

    @Override
    public void close() {
        try {
            if (worker != null) {
                worker.close();
            }
        } finally {
            master.close();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on 127.0.0.1", e);
        }
    }
}
