#!/usr/bin/env bash
# Measures how long the README's start command takes to bring the whole platform up, and the stop
# command to bring it down, on this machine. Uses a throw-away home on ports shifted by
# OPENPROCURE_PORT_OFFSET (default 20000), so a running local platform is untouched.
#
#   bench/startup.sh [runs]     prints one line per run and appends them to bench/results/startup.tsv
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${1:-3}"
export OPENPROCURE_PORT_OFFSET="${OPENPROCURE_PORT_OFFSET:-20000}"
export OPENPROCURE_SKIP_BUILD=1
RESULTS="$REPO/bench/results"
mkdir -p "$RESULTS"

for service in tender-service bid-service evaluation-service contract-service portal; do
  [[ -f "$REPO/$service/target/quarkus-app/quarkus-run.jar" ]] || {
    echo "Build first: ./mvnw -B install -DskipTests" >&2; exit 1; }
done

ms() { date +%s%3N; }

for run in $(seq 1 "$RUNS"); do
  export OPENPROCURE_HOME="$(mktemp -d /tmp/openprocure-bench-XXXXXX)"
  # A new home each run: embedded PostgreSQL initialised, Kafka formatted, the realm imported,
  # the demo data seeded. Only the Keycloak build prepared under deploy/local/target is reused.
  t0=$(ms)
  "$REPO/deploy/local/start.sh" > "$OPENPROCURE_HOME/start.out" 2>&1
  t1=$(ms)
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$((8080 + OPENPROCURE_PORT_OFFSET))/")
  "$REPO/deploy/local/stop.sh" > "$OPENPROCURE_HOME/stop.out" 2>&1
  t2=$(ms)
  left=$(grep -c "no process left" "$OPENPROCURE_HOME/stop.out" || true)
  line="$(date -u +%FT%TZ)	run $run	start_s=$(( (t1 - t0) / 1000 )).$(( (t1 - t0) % 1000 / 100 ))	portal_http=$code	stop_s=$(( (t2 - t1) / 1000 )).$(( (t2 - t1) % 1000 / 100 ))	clean_stop=$left	cores=$(nproc)"
  echo "$line" | tee -a "$RESULTS/startup.tsv"
  rm -rf "$OPENPROCURE_HOME"
done
