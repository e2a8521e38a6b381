#!/usr/bin/env bash
# Memory per service, idle and under load: the resident set (/proc/<pid>/status) of every process of the platform
# and the JVM heap in use (/q/metrics) of every service and the portal, sampled once a second; first idle, then
# during bench/search.sh (tender- and contract-service under 64 search connections), then during
# bench/propagation.sh (contract-service taking in 500 events/s), all on one platform. See bench/README.md.
#
#   bench/memory.sh           prints the figures and appends them to bench/results/memory.tsv (and the search and
#                             propagation figures of the same run to their own files)
#
# Environment:
#   OPENPROCURE_PORT_OFFSET  ports of the platform (default 16000)
#   OPENPROCURE_HOME         as for the other scripts: a running platform is used, else one is started and stopped
#   BENCH_IDLE (30 s)        the idle sample, after a 20 s pause once the platform is up
#   BENCH_SECONDS (20 s)     measured seconds of each search phase and of the propagation run
set -euo pipefail
export OPENPROCURE_PORT_OFFSET="${OPENPROCURE_PORT_OFFSET:-16000}"
BENCH_NAME=memory
source "$(dirname "${BASH_SOURCE[0]}")/platform.sh"

if (( started_here )); then
  sleep 20
fi
java -Xmx64m -XX:+UseSerialGC -cp "$CP" org.openprocure.bench.MemorySampler --home "$OPENPROCURE_HOME" \
  --port-offset "$OPENPROCURE_PORT_OFFSET" --phase "idle" --seconds "${BENCH_IDLE:-30}" --results "$RESULTS/memory.tsv"
BENCH_MEMORY=1 BENCH_SECONDS="${BENCH_SECONDS:-20}" BENCH_LABEL="${BENCH_LABEL:-memory}" "$REPO/bench/search.sh" 1
BENCH_MEMORY=1 BENCH_WARM_UP=10 BENCH_SECONDS="${BENCH_SECONDS:-20}" BENCH_LABEL="${BENCH_LABEL:-memory}" \
  "$REPO/bench/propagation.sh" 1
