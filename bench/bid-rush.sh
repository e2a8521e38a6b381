#!/usr/bin/env bash
# The bid rush: 64 suppliers' clients submitting and replacing sealed bids against the running platform,
# beside the raw ceilings measured in the same run (bid-service's bare authenticated GET /api/me with the
# same clients and tokens, and a plain JDBC insert-and-commit of one envelope's size into the same
# PostgreSQL). See bench/README.md.
#
#   bench/bid-rush.sh [runs]    prints the figures of each run and appends them to bench/results/bid-rush.tsv
#
# Environment:
#   OPENPROCURE_PORT_OFFSET  ports of the platform (default 30000)
#   OPENPROCURE_HOME         the home of a platform started with that offset; when it is not running (or
#                            the variable is unset) a throw-away platform is started and stopped afterwards
#   BENCH_CLIENTS (64), BENCH_WARM_UP (15 s), BENCH_SECONDS (60 s), BENCH_TENDERS_PER_CLIENT (2)
#   BENCH_JFR=1              also record bid-service with Java Flight Recorder during each rush and print
#                            where its CPU time goes (costs a few per cent of throughput)
set -euo pipefail

RUNS="${1:-3}"
export OPENPROCURE_PORT_OFFSET="${OPENPROCURE_PORT_OFFSET:-30000}"
BENCH_NAME=rush
# The classpath and the platform (started here when none is running, and then stopped at exit).
source "$(dirname "${BASH_SOURCE[0]}")/platform.sh"

bid_pid="$(pid_of bid-service)"
echo "bid-service pid $bid_pid: $(tr '\0' ' ' < "/proc/$bid_pid/cmdline" | grep -o -- '-X[^ ]*' | tr '\n' ' ')"

for run in $(seq 1 "$RUNS"); do
  jfr=()
  if [[ "${BENCH_JFR:-0}" == "1" ]]; then
    jfr=(--jfr-pid "$bid_pid" --jfr-file "$OPENPROCURE_HOME/bid-rush-$run.jfr")
  fi
  java -Xmx512m -XX:+UseSerialGC -cp "$CP" org.openprocure.bench.BidRush \
    --port-offset "$OPENPROCURE_PORT_OFFSET" --clients "${BENCH_CLIENTS:-64}" --warm-up "${BENCH_WARM_UP:-15}" \
    --seconds "${BENCH_SECONDS:-60}" --tenders-per-client "${BENCH_TENDERS_PER_CLIENT:-2}" \
    --label "run $run" --results "$RESULTS/bid-rush.tsv" --bid-service-pid "$bid_pid" "${jfr[@]}"
  if [[ "${BENCH_JFR:-0}" == "1" ]]; then
    java -cp "$CP" org.openprocure.bench.JfrHotspots "$OPENPROCURE_HOME/bid-rush-$run.jfr"
  fi
done
