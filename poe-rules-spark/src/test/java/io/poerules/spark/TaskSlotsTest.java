package io.poerules.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaskSlotsTest {

    @ParameterizedTest
    @CsvSource({
            "local, 1",
            "local[3], 3",
            "local[*], 8",
            "'local[ 2 , 4 ]', 2",
            "'local-cluster[2, 3, 1024]', 3",
    })
    void aLocalMasterGivesItsThreads(String master, int slots) {
        assertThat(TaskSlots.of(new SparkConf(false).set("spark.master", master), 8)).isEqualTo(slots);
    }

    @Test
    void aClusterExecutorHasItsCoresOverEachTasksCpus() {
        SparkConf conf = new SparkConf(false).set("spark.master", "spark://head:7077").set("spark.executor.cores", "6")
                .set("spark.task.cpus", "2");

        assertThat(TaskSlots.of(conf, 32)).isEqualTo(3);
    }

    @Test
    void withoutExecutorCoresAStandaloneExecutorHasTheWorkersProcessors() {
        SparkConf conf = new SparkConf(false).set("spark.master", "spark://head:7077");

        assertThat(TaskSlots.of(conf, 16)).isEqualTo(16);
        assertThat(TaskSlots.of(conf.set("spark.task.cpus", "32"), 16)).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({"yarn", "k8s://https://kube-api:6443"})
    void withoutExecutorCoresAYarnOrKubernetesExecutorHasOneCore(String master) {
        assertThat(TaskSlots.of(new SparkConf(false).set("spark.master", master), 16)).isEqualTo(1);
    }
}
