#!/usr/bin/env bash
# Rebuild of contract-service's read models from one million events: writes 1,000,000 valid synthetic events
# (about 25,000 processes, every aggregate's hash chain intact) into the four topics, waits until the live
# consumer has read them, calls POST /api/analytics/rebuild as an auditor and reports events/s, beside the raw
# ceilings measured in the same run: a plain KafkaConsumer reading the same topics from offset zero, and
# PostgreSQL COPY of the same rows into a scratch table shaped like process_event. See bench/README.md.
#
#   bench/rebuild.sh            prints the figures and appends them to bench/results/rebuild.tsv
#
# Environment:
#   OPENPROCURE_PORT_OFFSET  ports of the platform (default 30000)
#   OPENPROCURE_HOME         the home of a platform started with that offset; when it is not running (or the
#                            variable is unset) a throw-away platform is started and stopped afterwards
#   BENCH_EVENTS (1000000), BENCH_SEED (7)
#   BENCH_SKIP_PRODUCE=1     the events are on the topics already (a second run on the same platform)
#   BENCH_CATCH_UP_TIMEOUT   seconds to wait for the live consumer (default 7200)
#   BENCH_SKIP_REBUILD=1     generator, catch-up and ceilings only, for a contract-service without the endpoint
#   BENCH_PAUSE_CONSUMER=1   pause contract-service (SIGSTOP) while the events are produced and the ceilings
#                            measured, then resume it (SIGCONT) for the catch-up: the ceilings get the machine to
#                            themselves without waiting for the whole catch-up first
#   BENCH_NO_CATCH_UP=1      call the rebuild right after producing, without waiting for the live consumer
#                            (which then waits on the rebuild's lock while the rebuild runs)
#   BENCH_QUIET=1            pause the other services (tender, bid, evaluation, portal; SIGSTOP) from producing to
#                            the end, so that their own catch-up on the million synthetic events does not share
#                            the two cores with the rebuild; resumed (SIGCONT) at the end
#   BENCH_LABEL              the run's label in the results
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export OPENPROCURE_PORT_OFFSET="${OPENPROCURE_PORT_OFFSET:-30000}"
export OPENPROCURE_SKIP_BUILD=1
RESULTS="$REPO/bench/results"
LABEL="${BENCH_LABEL:-run}"
mkdir -p "$RESULTS"

jar="$(ls "$REPO"/bench/target/bench-*.jar 2>/dev/null | head -n1 || true)"
if [[ -z "$jar" || ! -f "$REPO/bench/target/bench.classpath" ]]; then
  echo "Build first: ./mvnw -B package -DskipTests" >&2; exit 1
fi
CP="$(cat "$REPO/bench/target/bench.classpath"):$jar"
bench() {
  java -Xmx2g -XX:+UseSerialGC -cp "$CP" org.openprocure.bench.RebuildBench "$1" --port-offset "$OPENPROCURE_PORT_OFFSET" \
    --label "$LABEL" --results "$RESULTS/rebuild.tsv" "${@:2}"
}

started_here=0
if [[ -z "${OPENPROCURE_HOME:-}" || ! -f "$OPENPROCURE_HOME/run/ready" ]]; then
  export OPENPROCURE_HOME="${OPENPROCURE_HOME:-$(mktemp -d /tmp/openprocure-rebuild-XXXXXX)}"
  mkdir -p "$OPENPROCURE_HOME"
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

contract="http://localhost:$(( 8084 + OPENPROCURE_PORT_OFFSET ))"
if [[ "${BENCH_SKIP_REBUILD:-0}" != "1" ]]; then
  # Before producing a million events: the service must have the endpoint (its OpenAPI document lists it).
  openapi="$(curl -fsS "$contract/q/openapi" || true)"
  if ! grep -q '/api/analytics/rebuild' <<< "$openapi"; then
    echo "contract-service at $contract has no POST /api/analytics/rebuild (not in $contract/q/openapi):" >&2
    echo "package a contract-service that has it, or run with BENCH_SKIP_REBUILD=1 for the generator and the ceilings." >&2
    exit 3
  fi
fi

contract_pid="$(awk '$1 == "contract-service" { print $2 }' "$OPENPROCURE_HOME/run/pids" | tail -n1)"
echo "contract-service pid $contract_pid: $(tr '\0' ' ' < "/proc/$contract_pid/cmdline" | grep -o -- '-X[^ ]*' | tr '\n' ' ')"

resume() {
  kill -CONT "$contract_pid" 2>/dev/null || true
}
if [[ "${BENCH_PAUSE_CONSUMER:-0}" == "1" ]]; then
  trap 'resume; stop_platform' EXIT
  kill -STOP "$contract_pid"
  echo "contract-service paused (SIGSTOP) while producing and measuring the ceilings"
fi
others=()
if [[ "${BENCH_QUIET:-0}" == "1" ]]; then
  for name in tender-service bid-service evaluation-service portal; do
    pid="$(awk -v n="$name" '$1 == n { print $2 }' "$OPENPROCURE_HOME/run/pids" | tail -n1)"
    [[ -n "$pid" ]] && others+=("$pid")
  done
  resume_others() {
    for pid in "${others[@]}"; do kill -CONT "$pid" 2>/dev/null || true; done
  }
  trap 'resume; resume_others; stop_platform' EXIT
  kill -STOP "${others[@]}"
  echo "tender, bid, evaluation services and portal paused (SIGSTOP, pids ${others[*]}) until the end"
fi
if [[ "${BENCH_SKIP_PRODUCE:-0}" != "1" ]]; then
  bench produce --events "${BENCH_EVENTS:-1000000}" --seed "${BENCH_SEED:-7}"
fi
if [[ "${BENCH_PAUSE_CONSUMER:-0}" == "1" ]]; then
  bench ceilings --work-dir "$OPENPROCURE_HOME"
  resume
  echo "contract-service resumed"
fi
caught_up=1
if [[ "${BENCH_NO_CATCH_UP:-0}" == "1" ]]; then
  echo "Not waiting for the live consumer: it waits on the rebuild's lock while the rebuild runs"
else
  bench catch-up --timeout "${BENCH_CATCH_UP_TIMEOUT:-7200}" || caught_up=0
fi
if [[ "${BENCH_SKIP_REBUILD:-0}" != "1" ]]; then
  if (( ! caught_up )); then
    echo "The live consumer has not caught up within ${BENCH_CATCH_UP_TIMEOUT:-7200} s: no rebuild measured (it would share the machine with it)." >&2
    exit 4
  fi
  bench rebuild   # exits 3 with a clear message when the endpoint answers 404
fi
if [[ "${BENCH_PAUSE_CONSUMER:-0}" != "1" ]]; then
  bench ceilings --work-dir "$OPENPROCURE_HOME"
fi
