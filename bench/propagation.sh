#!/usr/bin/env bash
# Event propagation lag: valid, chained synthetic events of many processes sent at a fixed rate (default 500
# events/s) into the four topics, and for each the time until contract-service's analytics read model shows it,
# beside the raw ceiling measured in the same run on the same events: the broker alone (a plain KafkaConsumer
# reading them as they come). See bench/README.md.
#
#   bench/propagation.sh [runs]   prints the figures of each run and appends them to bench/results/propagation.tsv
#
# Environment:
#   OPENPROCURE_PORT_OFFSET  ports of the platform (default 14000)
#   OPENPROCURE_HOME         the home of a platform started with that offset; when it is not running (or the
#                            variable is unset) a throw-away platform is started and stopped afterwards
#   BENCH_RATE (500 events/s), BENCH_WARM_UP (15 s), BENCH_SECONDS (60 s), BENCH_POLL_MS (5)
#   BENCH_QUIET (1)          pause tender-, bid- and evaluation-service and the portal (SIGSTOP) during the run:
#                            they would otherwise take in the synthetic events too, which in a real platform they
#                            produced themselves; 0 leaves them running
#   BENCH_MEMORY=1           also sample every service's memory during the run (bench/results/memory.tsv)
#   BENCH_LABEL              the run's label in the results
set -euo pipefail
export OPENPROCURE_PORT_OFFSET="${OPENPROCURE_PORT_OFFSET:-14000}"
BENCH_NAME=propagation
source "$(dirname "${BASH_SOURCE[0]}")/platform.sh"
RUNS="${1:-1}"

contract_pid="$(pid_of contract-service)"
if [[ "${BENCH_QUIET:-1}" == "1" ]]; then
  pause_services tender-service bid-service evaluation-service portal
  echo "tender-, bid-, evaluation-service and portal paused (SIGSTOP) for the run"
fi

for run in $(seq 1 "$RUNS"); do
  label="${BENCH_LABEL:-run} $run"
  sampler=""
  sending="$OPENPROCURE_HOME/propagation-sending"
  rm -f "$sending"
  if [[ "${BENCH_MEMORY:-0}" == "1" ]]; then
    # From the first event sent (the events are generated first) to the last.
    java -Xmx64m -XX:+UseSerialGC -cp "$CP" org.openprocure.bench.MemorySampler --home "$OPENPROCURE_HOME" \
      --port-offset "$OPENPROCURE_PORT_OFFSET" --phase "propagation, $label" --wait-for "$sending" \
      --seconds "$(( ${BENCH_WARM_UP:-15} + ${BENCH_SECONDS:-60} ))" --results "$RESULTS/memory.tsv" &
    sampler=$!
  fi
  java -Xmx1g -XX:+UseSerialGC -cp "$CP" org.openprocure.bench.Propagation --port-offset "$OPENPROCURE_PORT_OFFSET" \
    --sending-file "$sending" \
    --rate "${BENCH_RATE:-500}" --warm-up "${BENCH_WARM_UP:-15}" --seconds "${BENCH_SECONDS:-60}" \
    --poll-ms "${BENCH_POLL_MS:-5}" --contract-pid "$contract_pid" --label "$label" \
    --results "$RESULTS/propagation.tsv"
  if [[ -n "$sampler" ]]; then wait "$sampler"; fi
done
