# Sourced by bench/propagation.sh, search.sh and memory.sh: the benchmark's classpath, and the platform on
# OPENPROCURE_PORT_OFFSET whose home is OPENPROCURE_HOME, started (and stopped at exit) when it is not running.
# Defines REPO, RESULTS, CP, pid_of NAME, pause_services NAME... and stop_platform (which resumes what was paused).

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export OPENPROCURE_SKIP_BUILD=1
RESULTS="$REPO/bench/results"
mkdir -p "$RESULTS"

jar="$(ls "$REPO"/bench/target/bench-*.jar 2>/dev/null | head -n1 || true)"
if [[ -z "$jar" || ! -f "$REPO/bench/target/bench.classpath" ]]; then
  echo "Build first: ./mvnw -B package -DskipTests" >&2; exit 1
fi
CP="$(cat "$REPO/bench/target/bench.classpath"):$jar"

started_here=0
if [[ -z "${OPENPROCURE_HOME:-}" || ! -f "$OPENPROCURE_HOME/run/ready" ]]; then
  export OPENPROCURE_HOME="${OPENPROCURE_HOME:-$(mktemp -d "/tmp/openprocure-${BENCH_NAME:-bench}-XXXXXX")}"
  mkdir -p "$OPENPROCURE_HOME"
  echo "Starting a platform in $OPENPROCURE_HOME (port offset $OPENPROCURE_PORT_OFFSET)..."
  started_at=$(date +%s)
  "$REPO/deploy/local/start.sh" > "$OPENPROCURE_HOME/start.out" 2>&1 || { tail -n 30 "$OPENPROCURE_HOME/start.out" >&2; exit 1; }
  echo "  up after $(( $(date +%s) - started_at )) s"
  started_here=1
fi
PAUSED=()
stop_platform() {
  if (( ${#PAUSED[@]} )); then
    kill -CONT "${PAUSED[@]}" 2>/dev/null || true
  fi
  if (( started_here )); then
    "$REPO/deploy/local/stop.sh" > "$OPENPROCURE_HOME/stop.out" 2>&1 || true
  fi
}
trap stop_platform EXIT

pid_of() {
  awk -v n="$1" '$1 == n { print $2 }' "$OPENPROCURE_HOME/run/pids" | tail -n1
}

# Pauses (SIGSTOP) the named services for the rest of the script; stop_platform resumes them (SIGCONT) at its exit.
pause_services() {
  local name pid
  for name in "$@"; do
    pid="$(pid_of "$name")"
    if [[ -n "$pid" ]]; then
      PAUSED+=("$pid")
      kill -STOP "$pid"
    fi
  done
}
