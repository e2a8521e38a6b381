#!/usr/bin/env bash
# The red-flag indicators over synthetic OCDS compiled releases: contract-service's engine
# (org.openprocure.contract.redflags.IndicatorEngine) timed in-process, parse and compute apart, with the heap
# the parsed releases hold, beside two ceilings of the same run (Jackson streaming over the same bytes; one walk
# over every bid and award). With BENCH_HTTP=1 also POST /api/analytics/indicators on a running contract-service.
# See bench/README.md.
#
#   bench/indicators.sh [runs]   prints the figures of each run and appends them to bench/results/indicators.tsv
#
# Environment:
#   BENCH_RELEASES (100000), BENCH_SEED (42)  the generated set, kept in BENCH_DATA (default /tmp/openprocure-bench)
#   BENCH_HEAP (8g)          heap of the JVM that runs the engine in-process
#   BENCH_REPEAT (3)         evaluations per run, over the same parsed releases
#   BENCH_HTTP=1             also post the set to contract-service on port offset OPENPROCURE_PORT_OFFSET
#                            (default 30000) of the platform in OPENPROCURE_HOME, or of a throw-away one started
#                            and stopped here; BENCH_HTTP_BATCH (5000) releases per request
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${1:-3}"
RESULTS="$REPO/bench/results"
DATA="${BENCH_DATA:-/tmp/openprocure-bench}"
RELEASES="${BENCH_RELEASES:-100000}"
SEED="${BENCH_SEED:-42}"
mkdir -p "$RESULTS" "$DATA"

jar="$(ls "$REPO"/bench/target/bench-*.jar 2>/dev/null | head -n1 || true)"
if [[ -z "$jar" || ! -f "$REPO/bench/target/bench.classpath" ]]; then
  echo "Build first: ./mvnw -B package -DskipTests" >&2; exit 1
fi
CP="$(cat "$REPO/bench/target/bench.classpath"):$jar"

file="$DATA/compiled-releases-$RELEASES-$SEED.jsonl"
if [[ ! -s "$file" ]]; then
  java -Xmx1g -cp "$CP" org.openprocure.bench.CompiledReleases --releases "$RELEASES" --seed "$SEED" --out "$file.tmp"
  mv "$file.tmp" "$file"
fi

http=()
started_here=0
if [[ "${BENCH_HTTP:-0}" == "1" ]]; then
  export OPENPROCURE_PORT_OFFSET="${OPENPROCURE_PORT_OFFSET:-30000}"
  export OPENPROCURE_SKIP_BUILD=1
  if [[ -z "${OPENPROCURE_HOME:-}" || ! -f "$OPENPROCURE_HOME/run/ready" ]]; then
    export OPENPROCURE_HOME="${OPENPROCURE_HOME:-$(mktemp -d /tmp/openprocure-indicators-XXXXXX)}"
    echo "Starting a platform in $OPENPROCURE_HOME (port offset $OPENPROCURE_PORT_OFFSET)..."
    "$REPO/deploy/local/start.sh" > "$OPENPROCURE_HOME/start.out" 2>&1 || { tail -n 30 "$OPENPROCURE_HOME/start.out" >&2; exit 1; }
    started_here=1
  fi
  http=(--port-offset "$OPENPROCURE_PORT_OFFSET" --http-batch "${BENCH_HTTP_BATCH:-5000}")
fi
stop_platform() {
  if (( started_here )); then
    "$REPO/deploy/local/stop.sh" > "$OPENPROCURE_HOME/stop.out" 2>&1 || true
  fi
}
trap stop_platform EXIT

for run in $(seq 1 "$RUNS"); do
  # The services' collector (deploy/local starts them with -XX:+UseSerialGC), with room for the whole set.
  java -Xms"${BENCH_HEAP:-8g}" -Xmx"${BENCH_HEAP:-8g}" -XX:+UseSerialGC -cp "$CP" org.openprocure.bench.IndicatorBench \
    --file "$file" --repeat "${BENCH_REPEAT:-3}" --label "run $run" --results "$RESULTS/indicators.tsv" "${http[@]}"
  http=()  # the endpoint once, in the first run
done
