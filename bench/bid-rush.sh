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

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${1:-3}"
export OPENPROCURE_PORT_OFFSET="${OPENPROCURE_PORT_OFFSET:-30000}"
export OPENPROCURE_SKIP_BUILD=1
RESULTS="$REPO/bench/results"
mkdir -p "$RESULTS"

jar="$(ls "$REPO"/bench/target/bench-*.jar 2>/dev/null | head -n1 || true)"
if [[ -z "$jar" || ! -f "$REPO/bench/target/bench.classpath" ]]; then
  echo "Build first: ./mvnw -B install -DskipTests" >&2; exit 1
fi
CP="$(cat "$REPO/bench/target/bench.classpath"):$jar"

started_here=0
if [[ -z "${OPENPROCURE_HOME:-}" || ! -f "$OPENPROCURE_HOME/run/ready" ]]; then
  export OPENPROCURE_HOME="${OPENPROCURE_HOME:-$(mktemp -d /tmp/openprocure-rush-XXXXXX)}"
  echo "Starting a platform in $OPENPROCURE_HOME (port offset $OPENPROCURE_PORT_OFFSET)..."
  "$REPO/deploy/local/start.sh" > "$OPENPROCURE_HOME/start.out" 2>&1 || { tail -n 30 "$OPENPROCURE_HOME/start.out" >&2; exit 1; }
  started_here=1
fi
stop_platform() {
  if (( started_here )); then
    "$REPO/deploy/local/stop.sh" > "$OPENPROCURE_HOME/stop.out" 2>&1 || true
  fi
}
trap stop_platform EXIT

bid_pid="$(awk '$1 == "bid-service" { print $2 }' "$OPENPROCURE_HOME/run/pids" | tail -n1)"
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
