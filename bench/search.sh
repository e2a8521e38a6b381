#!/usr/bin/env bash
# Public search at 64 connections: the notice board (tender-service GET /api/notices) and the open data and
# contract lists (contract-service GET /api/ocds/releases, /api/ocds/records, /api/contracts), each beside the raw
# ceiling of the same service measured in the same run with the same clients (its trivial GET /api/clock).
# See bench/README.md.
#
#   bench/search.sh [runs]    prints the figures of each run and appends them to bench/results/search.tsv
#
# Environment:
#   OPENPROCURE_PORT_OFFSET  ports of the platform (default 15000)
#   OPENPROCURE_HOME         the home of a platform started with that offset; when it is not running (or the
#                            variable is unset) a throw-away platform is started and stopped afterwards
#   BENCH_CLIENTS (64), BENCH_WARM_UP (10 s), BENCH_SECONDS (20 s) per phase
#   BENCH_TENDERS (300)      tenders published through the API first, until the notice board holds that many
#   BENCH_EVENTS (20000)     synthetic events (SyntheticHistory: about 500 processes, 8,000 OCDS releases, 800
#                            contracts) written to the topics first, for contract-service's lists, when it holds
#                            fewer than BENCH_MIN_CONTRACTS (200) contracts; bid- and evaluation-service are paused
#                            (SIGSTOP) for the whole run, since they would take those events in as their own
#   BENCH_MEMORY=1           also sample every service's memory during the load (bench/results/memory.tsv)
#   BENCH_LABEL              the run's label in the results
set -euo pipefail
export OPENPROCURE_PORT_OFFSET="${OPENPROCURE_PORT_OFFSET:-15000}"
BENCH_NAME=search
source "$(dirname "${BASH_SOURCE[0]}")/platform.sh"
RUNS="${1:-1}"

pause_services bid-service evaluation-service
echo "bid- and evaluation-service paused (SIGSTOP) for the run"

contract="http://localhost:$(( 8084 + OPENPROCURE_PORT_OFFSET ))"
contracts="$(curl -fsS "$contract/api/contracts?size=1" | grep -o '"total":[0-9]*' | cut -d: -f2 || echo 0)"
if (( ${BENCH_EVENTS:-20000} > 0 && ${contracts:-0} < ${BENCH_MIN_CONTRACTS:-200} )); then
  seed="$(date +%s)"
  rebuild() {
    java -Xmx1g -XX:+UseSerialGC -cp "$CP" org.openprocure.bench.RebuildBench "$1" --port-offset "$OPENPROCURE_PORT_OFFSET" \
      --label "search data" --results "$OPENPROCURE_HOME/search-data.tsv" "${@:2}"
  }
  rebuild produce --events "${BENCH_EVENTS:-20000}" --seed "$seed" --prefix "ocds-srch$(( seed % 100000 ))" | grep -v '^  '
  rebuild catch-up --timeout 600 || { echo "contract-service has not taken in the events within 600 s" >&2; exit 4; }
  rebuild catch-up --group tender-service --timeout 300 || echo "tender-service is still taking in the events" >&2
fi

# The tenders first, so that the memory samples cover the load alone.
java -Xmx1g -XX:+UseSerialGC -cp "$CP" org.openprocure.bench.SearchBench --port-offset "$OPENPROCURE_PORT_OFFSET" \
  --tenders "${BENCH_TENDERS:-300}" --seed-only 1

for run in $(seq 1 "$RUNS"); do
  label="${BENCH_LABEL:-run} $run"
  sampler=""
  if [[ "${BENCH_MEMORY:-0}" == "1" ]]; then
    # The four phases, warm-ups included.
    java -Xmx64m -XX:+UseSerialGC -cp "$CP" org.openprocure.bench.MemorySampler --home "$OPENPROCURE_HOME" \
      --port-offset "$OPENPROCURE_PORT_OFFSET" --phase "search, $label" \
      --seconds "$(( 4 * (${BENCH_WARM_UP:-10} + ${BENCH_SECONDS:-20}) ))" --results "$RESULTS/memory.tsv" &
    sampler=$!
  fi
  java -Xmx1g -XX:+UseSerialGC -cp "$CP" org.openprocure.bench.SearchBench --port-offset "$OPENPROCURE_PORT_OFFSET" \
    --clients "${BENCH_CLIENTS:-64}" --warm-up "${BENCH_WARM_UP:-10}" --seconds "${BENCH_SECONDS:-20}" \
    --tenders "${BENCH_TENDERS:-300}" --tender-pid "$(pid_of tender-service)" --contract-pid "$(pid_of contract-service)" \
    --label "$label" --results "$RESULTS/search.tsv"
  if [[ -n "$sampler" ]]; then wait "$sampler"; fi
done
