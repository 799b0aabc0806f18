#!/usr/bin/env bash
# Builds and runs the JMH suite (bench/src/main/java/dev/rtcdiag/bench): bench/jmh.sh [JMH options]
# e.g. bench/jmh.sh HotPathBenchmarks.parse -p format=sipp   or   bench/jmh.sh -f 1 -wi 1 -i 1 (a quick pass).
# Not part of the default build or CI: the `bench` Maven profile adds the module.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q -Pbench -pl bench -am package -DskipTests
exec java -jar bench/target/benchmarks.jar "$@"
