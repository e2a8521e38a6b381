#!/usr/bin/env bash
# contract-service's live consumer catching up: every service paused (SIGSTOP) while synthetic, chained events of
# many processes are written to the four topics, then contract-service alone resumed and its consumer group's
# progress read for a while. Prints events/s, and contract-service's and PostgreSQL's CPU per event applied.
# See bench/README.md.
#
#   bench/live-consumer.sh [runs]   appends to bench/results/live-consumer.tsv
#
# Environment:
#   OPENPROCURE_PORT_OFFSET  ports of the platform (default 14000)
#   OPENPROCURE_HOME         a platform started with that offset; when it is not running (or unset) a throw-away
#                            platform is started, with the red-flag watch off (BENCH_RED_FLAGS, default off: the
#                            consumer's own cost; 30s as deployed), and stopped afterwards
#   BENCH_EVENTS (60000), BENCH_SECONDS (120), BENCH_SEED (7), BENCH_LABEL
#   BENCH_JFR=1              also record contract-service with Java Flight Recorder during the catch-up
#                            ($OPENPROCURE_HOME/live-consumer-<run>.jfr; e.g. `jfr view hot-methods` of JDK 21+)
set -euo pipefail
export OPENPROCURE_PORT_OFFSET="${OPENPROCURE_PORT_OFFSET:-14000}"
export OPENPROCURE_CONTRACT_RED_FLAGS_EVERY="${BENCH_RED_FLAGS:-off}"
BENCH_NAME=live-consumer
source "$(dirname "${BASH_SOURCE[0]}")/platform.sh"
RUNS="${1:-1}"

contract_pid="$(pid_of contract-service)"
pause_services tender-service bid-service evaluation-service portal
trap 'kill -CONT "$contract_pid" 2>/dev/null || true; stop_platform' EXIT

# CPU ticks (utime + stime, 1/100 s) of a process, and of all PostgreSQL processes together.
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
pg_ticks() {
  local sum=0 pid postmaster
  postmaster="$(pgrep -f "postgres -D $OPENPROCURE_HOME" | head -n1 || true)"
  for pid in $postmaster $(pgrep -P "${postmaster:-0}" || true); do sum=$(( sum + $(ticks "$pid") )); done
  echo "$sum"
}

for run in $(seq 1 "$RUNS"); do
  label="${BENCH_LABEL:-run} $run"
  kill -STOP "$contract_pid"
  java -Xmx1g -XX:+UseSerialGC -cp "$CP" org.openprocure.bench.RebuildBench produce --port-offset "$OPENPROCURE_PORT_OFFSET" \
    --events "${BENCH_EVENTS:-60000}" --seed "${BENCH_SEED:-7}" --prefix "ocds-live$run$(date +%s)" \
    --label "$label" --results "$RESULTS/live-consumer.tsv"
  c0=$(ticks "$contract_pid"); p0=$(pg_ticks)
  kill -CONT "$contract_pid"
  if [[ "${BENCH_JFR:-0}" == "1" ]]; then
    jcmd "$contract_pid" JFR.start name=live-consumer settings=profile duration="${BENCH_SECONDS:-120}s" \
      filename="$OPENPROCURE_HOME/live-consumer-$run.jfr" > /dev/null || echo "JFR: could not attach to contract-service" >&2
  fi
  out="$(java -Xmx256m -XX:+UseSerialGC -cp "$CP" org.openprocure.bench.RebuildBench catch-up \
    --port-offset "$OPENPROCURE_PORT_OFFSET" --timeout "${BENCH_SECONDS:-120}" --label "$label" \
    --results "$RESULTS/live-consumer.tsv" || true)"  # exits non-zero when the consumer has not caught up
  echo "$out"
  c1=$(ticks "$contract_pid"); p1=$(pg_ticks)
  applied="$(echo "$out" | sed -n 's/.*: \([0-9,]*\) of [0-9,]* events still to read at the start, \([0-9,]*\) after.*/\1 \2/p' | tr -d ,)"
  read -r first last <<< "$applied"
  done_events=$(( first - last ))
  if (( done_events > 0 )); then
    awk -v c=$(( c1 - c0 )) -v p=$(( p1 - p0 )) -v n="$done_events" -v l="$label" -v t="$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
      -v tsv="$RESULTS/live-consumer.tsv" 'BEGIN {
      printf "%s: contract-service %.2f ms and PostgreSQL %.2f ms of CPU per event applied (%d events)\n", l, c * 10 / n, p * 10 / n, n
      printf "%s\t%s\tcpu\tcontract_ms_per_event=%.2f\tpostgres_ms_per_event=%.2f\tevents=%d\n", t, l, c * 10 / n, p * 10 / n, n >> tsv }'
  fi
done
