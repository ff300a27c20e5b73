package io.poerules.spark;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkEnv;

/**
 * How many tasks an executor runs at once: its cores over the cores each task takes. An executor's validator
 * has as many batch threads, so that its tasks, which hand their files to it, use the cores Spark gave them and
 * no more.
 */
final class TaskSlots {

    /** {@code local}, {@code local[4]}, {@code local[*]}, {@code local[4,2]} (with retries). */
    private static final Pattern LOCAL = Pattern.compile("local(?:\\[\\s*(\\*|\\d+)\\s*(?:,\\s*\\d+\\s*)?])?");
    /** {@code local-cluster[executors, cores, memory]}. */
    private static final Pattern LOCAL_CLUSTER = Pattern.compile("local-cluster\\[\\s*\\d+\\s*,\\s*(\\d+)\\s*,.*]");

    private TaskSlots() {
    }

    /** This JVM's task slots, from Spark's configuration; the processors when there is no Spark here. */
    static int ofThisExecutor() {
        SparkEnv env = SparkEnv.get();
        int processors = Runtime.getRuntime().availableProcessors();
        return env == null ? processors : of(env.conf(), processors);
    }

    /**
     * The task slots that the configuration gives an executor: the {@code N} of a local master, else
     * {@code spark.executor.cores}, over {@code spark.task.cpus}; at least one. Without {@code spark.executor.cores},
     * Spark's own default: one core on YARN and Kubernetes, every processor of the worker on a standalone cluster.
     */
    /** Whether Spark gives an executor one core unless told otherwise: on YARN and on Kubernetes. */
    private static boolean oneCorePerExecutor(String master) {
        return master.equals("yarn") || master.startsWith("k8s://");
    }

    static int of(SparkConf conf, int processors) {
        String master = conf.get("spark.master", "").trim();
        Matcher local = LOCAL.matcher(master);
        Matcher cluster = LOCAL_CLUSTER.matcher(master);
        int cores;
        if (local.matches()) {
            String n = local.group(1);
            cores = n == null ? 1 : "*".equals(n) ? processors : Integer.parseInt(n);
        } else if (cluster.matches()) {
            cores = Integer.parseInt(cluster.group(1));
        } else {
            cores = conf.getInt("spark.executor.cores", oneCorePerExecutor(master) ? 1 : processors);
        }
        return Math.max(1, cores / Math.max(1, conf.getInt("spark.task.cpus", 1)));
    }
}
