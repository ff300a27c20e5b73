#!/usr/bin/env bash
# spark.sh: documents per second of poe-rules on Apache Spark (local[2]) against `poe validate --threads 2`,
# over the same corpus, in one JVM, round by round in turn (io.poerules.spark.SparkBench, in the test sources of
# poe-rules-spark). Builds the module with the reactor first (no `mvn install`).
#
#   bench/spark.sh [-n ROUNDS] PATH...
#   bench/spark.sh -n 15 ../shared/corpus/wild poe-rules-samples/documents
#   BENCH_JAVA_OPTS="-Dpoe.bench.ocr=auto -Dpoe.bench.legs=cli,spark-warm" bench/spark.sh -n 3 PATH...
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
module="$root/poe-rules-spark"
(cd "$root" && mvn -B -q -Dstyle.color=never -pl poe-rules-spark -am test-compile -Dmaven.test.skip.exec=true \
    dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$module/target/bench-classpath.txt") >&2
# Reactor modules' classes: those of the worktree, not the jars another build may have installed in ~/.m2.
reactor="$root/poe-rules-core/target/classes:$root/poe-rules-drl/target/classes:$root/poe-rules-cli/target/classes"
classpath="$module/target/test-classes:$module/target/classes:$reactor:$(cat "$module/target/bench-classpath.txt")"
# Spark's own JVM options for Java 17 (org.apache.spark.launcher.JavaModuleOptions), as in the module's pom.
options="$(sed -n '/<spark.jvm.options>-/,/<\/spark.jvm.options>/p' "$module/pom.xml" | sed 's/<[^>]*>//g' | tr '\n' ' ')"
cd "$root"
# shellcheck disable=SC2086  # options is a list of options
exec java $options ${BENCH_JAVA_OPTS:-} -Xmx2g -XX:+UseParallelGC -Dlog4j2.configurationFile="$module/src/test/resources/log4j2-test.properties" \
    -cp "$classpath" io.poerules.spark.SparkBench "$@"
